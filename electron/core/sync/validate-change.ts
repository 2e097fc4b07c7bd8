import { z } from 'zod';
import { esfSettingsInput } from '../../../shared/domain/esf';
import { tourSettingsInput } from '../../../shared/domain/visits';
import type { SyncChange, SyncFileBody } from './files';
import type { SyncTable } from './triggers';

/*
 * What arrives from a peer is validated like an API input before anything
 * is applied. A file whose clocks are malformed, from another site than the
 * file says, or too far ahead of this computer's clock is set aside whole
 * (Actual Budget refuses remote timestamps beyond a maximum drift in the
 * same way; a clock from the future would otherwise win every later edit).
 * A single change with a value the column cannot hold — a string for an
 * integer, an oversize text, JSON that does not parse or has the wrong
 * shape — is set aside on its own, and the rest of the file applies.
 * Nothing set aside is ever written; a restore followed by a sync reads the
 * file again and sets the same changes aside again.
 */

/** Laptops are offline for weeks and their clocks drift by minutes, not by an hour. */
export const maxClockDriftMs = 60 * 60 * 1000;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hlcPattern = /^(\d{13})-(\d{4})-(.+)$/;

/** Settings of this computer alone: a peer's value is never applied (a peer once set every other backup to be deleted). */
export const localSettingKeys: ReadonlySet<string> = new Set(['backup.retention']);
export function isLocalSetting(key: string): boolean {
  return key.startsWith('sync.') || localSettingKeys.has(key);
}

/** The longest text the API takes for a field; anything longer from a peer is refused the same way. */
export const textLimits: Record<string, Record<string, number>> = {
  swot_notes: { text: 2_000 },
  competence_areas: { name: 200, description: 2_000, keywords: 20_000 },
  library_units: { name: 200 },
  contacts: { name: 200 },
  participants: { first_name: 100, last_name: 100 },
  costs: { supplier: 200, voucher_number: 40, note: 1_000 },
  financing_entries: { financier: 200, voucher_number: 40, note: 1_000 },
  period_texts: { text: 50_000 },
  project_texts: { text: 50_000 },
  training_follow_ups: { expected_benefit: 2_000, sharing_plan: 2_000, responsible: 120, note: 2_000 },
  development_processes: { name: 200 },
  development_process_steps: { title: 300, owner: 120, note: 2_000 },
};
/** No field of the app holds more, so no peer may send more. */
export const anyTextLimit = 100_000;

const stringArray = z.array(z.string().max(500)).max(2_000);
const idArray = z.array(z.string().regex(uuid)).max(500);
const codeArray = z.array(z.string().regex(/^\d{4}$/)).max(500);

/** Columns that hold JSON, with the shape the services read back. */
export const jsonColumns: Record<string, Record<string, z.ZodType>> = {
  competence_areas: { keywords: stringArray },
  swot_notes: { area_ids: idArray },
  plan_items: { area_ids: idArray },
  individual_plans: { area_ids: idArray },
  activities: { area_ids: idArray },
  tours: { rules: z.record(z.string(), z.unknown()), stop_codes: codeArray, coordinators: stringArray },
  visits: { coordinators: stringArray },
};

/** Settings with a known shape; others must at least be JSON. */
export const settingSchemas: Record<string, z.ZodType> = {
  // Partial: a value saved by an earlier version lacks the newer fields, which the reader fills with defaults.
  'esf.settings': esfSettingsInput.partial(),
  'tours.roadFactor': tourSettingsInput.shape.roadFactor,
  'tours.speedKmh': tourSettingsInput.shape.speedKmh,
};

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Why a change cannot be applied, in Swedish, or null when it can. */
export function invalidChange(change: SyncChange, table: SyncTable): string | null {
  const column = table.columns.find((c) => c.name === change.field);
  if (!column) return null;
  const { value } = change;
  const where = `${change.tbl}.${change.field}`;
  if (value === null) return column.notNull ? `${where} får inte vara tomt` : null;
  const type = column.type.toUpperCase();
  if (type.includes('INT')) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) return `${where} ska vara ett heltal`;
    return null;
  }
  if (type.includes('REAL') || type.includes('NUM')) return typeof value === 'number' && Number.isFinite(value) ? null : `${where} ska vara ett tal`;
  if (typeof value !== 'string') return `${where} ska vara text`;
  const limit = textLimits[change.tbl]?.[change.field] ?? anyTextLimit;
  if (value.length > limit) return `${where} är längre än ${limit} tecken`;
  const shape = jsonColumns[change.tbl]?.[change.field];
  if (shape) {
    const parsed = parseJson(value);
    if (!parsed.ok || !shape.safeParse(parsed.value).success) return `${where} har fel form`;
  }
  if (change.tbl === 'settings' && change.field === 'value') {
    const parsed = parseJson(value);
    if (!parsed.ok) return `inställningen ${change.row} är inte giltig JSON`;
    const schema = settingSchemas[change.row];
    if (schema && !schema.safeParse(parsed.value).success) return `inställningen ${change.row} har fel form`;
  }
  return null;
}

export interface FileCheck {
  /** The whole file is set aside: why, in Swedish. */
  rejected: string | null;
  accepted: SyncChange[];
  /** Changes set aside one by one, with why. */
  setAside: { change: SyncChange; reason: string }[];
}

export function checkFile(body: SyncFileBody, tables: ReadonlyMap<string, SyncTable>, nowMs: number): FileCheck {
  if (!uuid.test(body.site)) return { rejected: 'avsändarens id är inte giltigt', accepted: [], setAside: [] };
  for (const change of body.changes) {
    const m = hlcPattern.exec(change.hlc);
    if (!m || m[3] !== body.site) return { rejected: 'en ändring har en ogiltig klocka', accepted: [], setAside: [] };
    if (Number(m[1]) > nowMs + maxClockDriftMs) return { rejected: 'klockan i filen ligger mer än en timme före den här datorns', accepted: [], setAside: [] };
    if (change.base !== null && !hlcPattern.test(change.base)) return { rejected: 'en ändring har en ogiltig klocka', accepted: [], setAside: [] };
  }
  const accepted: SyncChange[] = [];
  const setAside: FileCheck['setAside'] = [];
  for (const change of body.changes) {
    if (change.tbl === 'settings' && isLocalSetting(change.row)) {
      setAside.push({ change, reason: `inställningen ${change.row} gäller bara den dator där den gjordes` });
      continue;
    }
    const table = tables.get(change.tbl);
    const reason = table ? invalidChange(change, table) : null;
    if (reason) setAside.push({ change, reason });
    else accepted.push(change);
  }
  return { rejected: null, accepted, setAside };
}
