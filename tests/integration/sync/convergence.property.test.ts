import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { callOk, makeTempDir, openTestProject, removeDir, type TestProject } from '../../helpers/db';

/*
 * Three sites edit the same library units concurrently and sync in random
 * orders, with duplicated and corrupt files in the folder. Afterwards all
 * must hold the same rows, and every field must hold the value of its
 * latest write (by clock) on any site: no update lost that a later one did
 * not overwrite.
 */

type Op =
  | { k: 'create'; site: number; name: string }
  | { k: 'rename'; site: number; unit: number; name: string }
  | { k: 'staff'; site: number; unit: number; staff: number }
  | { k: 'delete'; site: number; unit: number }
  | { k: 'contact'; site: number; unit: number }
  | { k: 'sync'; site: number }
  | { k: 'duplicate'; pick: number }
  | { k: 'corrupt'; site: number; pick: number };

const site = fc.integer({ min: 0, max: 2 });
const pick = fc.nat({ max: 50 });
const op: fc.Arbitrary<{ op: Op; ms: number }> = fc.record({
  // Weighted towards edits of shared rows and syncs, where updates can be lost.
  op: fc.oneof(
    { weight: 1, arbitrary: fc.record({ k: fc.constant('create' as const), site, name: fc.constantFrom('Norra', 'Södra', 'Östra') }) },
    { weight: 4, arbitrary: fc.record({ k: fc.constant('rename' as const), site, unit: pick, name: fc.constantFrom('Ett', 'Två', 'Tre', 'Fyra') }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('staff' as const), site, unit: pick, staff: fc.integer({ min: 0, max: 40 }) }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('delete' as const), site, unit: pick }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('contact' as const), site, unit: pick }) },
    { weight: 5, arbitrary: fc.record({ k: fc.constant('sync' as const), site }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('duplicate' as const), pick }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('corrupt' as const), site, pick }) },
  ),
  // Zero often, so edits on different sites share a millisecond and only the tie-break decides.
  ms: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5000 })),
});

function liveUnits(p: TestProject): string[] {
  return p.sqlite.prepare<[], { id: string }>("select id from library_units where deleted_at is null and name not like '%bibliotek%' order by id").all().map((r) => r.id);
}

function allFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((d) => readdirSync(join(folder, d)).filter((f) => !f.startsWith('.')).map((f) => join(folder, d, f)));
}

async function apply(sites: TestProject[], folder: string, { op: o, ms }: { op: Op; ms: number }, n: number): Promise<void> {
  if (o.k === 'duplicate' || o.k === 'corrupt') {
    const files = allFiles(folder);
    if (files.length === 0) return;
    const source = files[o.pick % files.length]!;
    const text = readFileSync(source, 'utf8');
    writeFileSync(`${source}.${n}.kopia.kubsync.json`.replace('.kubsync.json.', '.'), o.k === 'duplicate' ? text : text.slice(0, text.length - 7));
    return;
  }
  const s = sites[o.site]!;
  s.clock.advance(ms);
  const units = liveUnits(s);
  const unit = units.length > 0 && 'unit' in o ? units[o.unit % units.length]! : null;
  switch (o.k) {
    case 'create':
      await callOk(s.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: `${o.name} ${n}`, kind: 'filial' });
      return;
    case 'rename':
    case 'staff': {
      if (!unit) return;
      const row = s.sqlite.prepare<[string], { name: string; staff_count: number | null }>('select name, staff_count from library_units where id = ?').get(unit)!;
      const name = o.k === 'rename' ? `${o.name} ${n}` : row.name;
      const staffCount = o.k === 'staff' ? o.staff : row.staff_count;
      await callOk(s.dispatch, 'libraryUnits.update', { id: unit, name, kind: 'filial', staffCount });
      return;
    }
    case 'delete':
      if (unit) await callOk(s.dispatch, 'libraryUnits.delete', { id: unit });
      return;
    case 'contact':
      await callOk(s.dispatch, 'contacts.create', { municipalityCode: '2080', name: `Kontakt ${n}`, libraryUnitId: unit ?? '' });
      return;
    case 'sync':
      await callOk(s.dispatch, 'sync.run', {});
  }
}

function syncedTables(p: TestProject): { name: string; key: string }[] {
  return p.sqlite
    .prepare<[], { name: string }>("select tbl_name as name from sqlite_master where type = 'trigger' and name like 'sync_ins_%' order by tbl_name")
    .all()
    .map((r) => ({ name: r.name, key: r.name === 'settings' ? 'key' : 'id' }));
}

function dump(p: TestProject): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of syncedTables(p)) out[t.name] = p.sqlite.prepare(`select * from "${t.name}" where "${t.key}" not like 'sync.%' order by "${t.key}"`).all();
  return out;
}

/** The latest write of each field over every site's own log. */
function latestWrites(sites: TestProject[]): Map<string, { tbl: string; row: string; field: string; value: string }> {
  const latest = new Map<string, { tbl: string; row: string; field: string; value: string; hlc: string }>();
  for (const s of sites) {
    for (const c of s.sqlite.prepare<[], { tbl: string; row_id: string; field: string; value: string; hlc: string }>('select tbl, row_id, field, value, hlc from sync_changes').all()) {
      const key = `${c.tbl}/${c.row_id}/${c.field}`;
      const best = latest.get(key);
      if (!best || c.hlc > best.hlc) latest.set(key, { tbl: c.tbl, row: c.row_id, field: c.field, value: c.value, hlc: c.hlc });
    }
  }
  return latest;
}

it('converges on every site whatever the order of edits, syncs and damaged files', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 30 }), async (ops) => {
      const folder = makeTempDir();
      const sites = await Promise.all([0, 1, 2].map(() => openTestProject()));
      try {
        for (const [i, s] of sites.entries()) await callOk(s.dispatch, 'sync.configure', { folder, person: `Person ${i}` });
        // Rows every site already has, so the random edits meet on them.
        for (const name of ['Delad A', 'Delad B']) await apply(sites, folder, { op: { k: 'create', site: 0, name }, ms: 0 }, 0);
        for (const s of sites) await callOk(s.dispatch, 'sync.run', {});
        for (const [n, o] of ops.entries()) await apply(sites, folder, o, n);
        for (let round = 0; round < 2; round++) for (const s of sites) await callOk(s.dispatch, 'sync.run', {});

        const first = dump(sites[0]!);
        for (const s of sites.slice(1)) expect(dump(s)).toEqual(first);
        for (const w of latestWrites(sites).values()) {
          const key = w.tbl === 'settings' ? 'key' : 'id';
          const actual = sites[0]!.sqlite.prepare<[string], { v: string }>(`select json_quote("${w.field}") as v from "${w.tbl}" where "${key}" = ?`).get(w.row);
          expect({ ...w, value: actual?.v }).toEqual(w);
        }
      } finally {
        for (const s of sites) await s.cleanup();
        removeDir(folder);
      }
    }),
    { numRuns: 40 },
  );
}, 120_000);
