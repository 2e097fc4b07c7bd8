import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/*
 * The shared folder: `<folder>/<site>/<from>-<to>.kubsync.json`, each file
 * written once (temp file + rename) and never rewritten. The sha256 of the
 * canonical body travels inside the file, so a half-copied or damaged file
 * (a sync client still downloading, a USB stick pulled) is detected and left
 * for a later sync instead of being half applied.
 */

export const syncFormat = 1 as const;
export const fileSuffix = '.kubsync.json';

const scalar = z.union([z.string(), z.number(), z.null()]);
const changeSchema = z.object({
  tbl: z.string().min(1),
  row: z.string().min(1),
  field: z.string().min(1),
  value: scalar,
  hlc: z.string().min(1),
  base: z.string().nullable(),
});
const fileSchema = z.object({
  format: z.literal(syncFormat),
  site: z.string().min(1),
  person: z.string(),
  created: z.string(),
  changes: z.array(changeSchema),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type SyncChange = z.infer<typeof changeSchema>;
export type SyncFileBody = Omit<z.infer<typeof fileSchema>, 'sha256'>;

/** Rebuilt field by field, so the hash does not depend on how a reader happened to order keys. */
function canonical(body: SyncFileBody): string {
  return JSON.stringify({
    format: body.format,
    site: body.site,
    person: body.person,
    created: body.created,
    changes: body.changes.map((c) => ({ tbl: c.tbl, row: c.row, field: c.field, value: c.value, hlc: c.hlc, base: c.base })),
  });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function encodeSyncFile(body: SyncFileBody): string {
  const text = canonical(body);
  return `${text.slice(0, -1)},"sha256":"${sha256(text)}"}`;
}

export type Decoded = { ok: true; body: SyncFileBody } | { ok: false; reason: string };

export function decodeSyncFile(text: string): Decoded {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'filen är ofullständig eller inte giltig JSON' };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'filen har inte det väntade formatet' };
  const { sha256: expected, ...body } = parsed.data;
  if (sha256(canonical(body)) !== expected) return { ok: false, reason: 'kontrollsumman stämmer inte' };
  return { ok: true, body };
}

export function syncFileName(fromSeq: number, toSeq: number): string {
  return `${String(fromSeq).padStart(12, '0')}-${String(toSeq).padStart(12, '0')}${fileSuffix}`;
}

/** Writes beside the target and renames, so readers never see a half-written file under the real name. */
export function writeSyncFile(folder: string, site: string, name: string, body: SyncFileBody): string {
  const dir = join(folder, site);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${name}.${randomUUID()}.tmp`);
  try {
    writeFileSync(temp, encodeSyncFile(body));
    renameSync(temp, join(dir, name));
  } finally {
    rmSync(temp, { force: true });
  }
  return `${site}/${name}`;
}

export interface FolderFile {
  /** `<site>/<file>`: the key under which a file is remembered as seen. */
  name: string;
  site: string;
  path: string;
}

/** Every other site's change files, oldest first per site; temp files and our own folder are skipped. */
export function listSyncFiles(folder: string, ownSite: string): FolderFile[] {
  const out: FolderFile[] = [];
  for (const site of readdirSync(folder).sort()) {
    if (site === ownSite || site.startsWith('.')) continue;
    const dir = join(folder, site);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.startsWith('.') || !file.endsWith(fileSuffix)) continue;
      out.push({ name: `${site}/${file}`, site, path: join(dir, file) });
    }
  }
  return out;
}

/**
 * Files in this site's own folder that this installation did not write: a
 * name whose sequence range ends beyond what it has written means another
 * installation (a copied data folder, an opened project file of old) writes
 * there too, and the two would skip and overwrite each other's changes.
 */
export function foreignFilesInOwnFolder(folder: string, ownSite: string, writtenSeq: number): string[] {
  const dir = join(folder, ownSite);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const m = /^(\d{12})-(\d{12})\.kubsync\.json$/.exec(name);
    return m !== null && Number(m[2]) > writtenSeq;
  });
}

export function readSyncFile(path: string): { text: string; sha256: string } {
  const text = readFileSync(path, 'utf8');
  return { text, sha256: sha256(text) };
}
