import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSyncFile, syncFileName, type SyncChange } from '../../../electron/core/sync/files';
import { encodeHlc } from '../../../electron/core/sync/hlc';
import { callOk, makeTempDir, openTestProject, removeDir, snapshot, type TestProject } from '../../helpers/db';

/*
 * A peer's change file is validated like an API input (issue 13): a file
 * with a far-future or malformed clock is set aside whole; a change whose
 * value the column cannot hold (a string for an integer, a 10 MB note,
 * non-JSON in a JSON field) is set aside on its own; a peer's backup
 * retention never applies here. Each case warns, writes nothing of what was
 * set aside, and every page keeps answering.
 */

let folder: string;
let p: TestProject;
const peer = randomUUID();
let seq = 0;

beforeEach(async () => {
  folder = makeTempDir();
  p = await openTestProject();
  await callOk(p.dispatch, 'sync.configure', { folder, person: 'Anna' });
  seq = 0;
});
afterEach(async () => {
  await p.cleanup();
  removeDir(folder);
});

/** A peer's file with these changes; clocks at the test clock's now unless given. */
function peerFile(changes: Omit<SyncChange, 'hlc' | 'base'>[], hlc?: (i: number) => string, site = peer) {
  const now = p.clock.now().getTime();
  const body = {
    format: 1 as const,
    site,
    person: 'Mallory',
    created: p.clock.now().toISOString(),
    changes: changes.map((c, i) => ({ ...c, hlc: hlc ? hlc(i) : encodeHlc({ wallMs: now, counter: i, site }), base: null })),
  };
  seq += 1;
  writeSyncFile(folder, site, syncFileName(seq, seq), body);
}

const sync = () => callOk(p.dispatch, 'sync.run', {});
const costRow = (id: string) => ({ tbl: 'costs', row: id });
const newCost = (id: string, amount: number | string) => [
  { ...costRow(id), field: 'date', value: '2012-09-14' },
  { ...costRow(id), field: 'category', value: 'resa' },
  { ...costRow(id), field: 'amount_ore', value: amount },
  { ...costRow(id), field: 'supplier', value: null },
  { ...costRow(id), field: 'note', value: null },
  { ...costRow(id), field: 'voucher_number', value: null },
  { ...costRow(id), field: 'created_at', value: '2012-09-14T08:00:00.000Z' },
  { ...costRow(id), field: 'updated_at', value: '2012-09-14T08:00:00.000Z' },
  { ...costRow(id), field: 'deleted_at', value: null },
];

async function everyPageAnswers() {
  await callOk(p.dispatch, 'areas.list', {});
  await callOk(p.dispatch, 'esf.settings', {});
  await callOk(p.dispatch, 'esf.overview', {});
  await callOk(p.dispatch, 'swotMapping.get', {});
  await callOk(p.dispatch, 'costs.list', {});
  await callOk(p.dispatch, 'backups.settings', {});
}

describe('a change file from a peer', () => {
  it('with a clock far in the future or malformed is set aside whole, and the local clock does not move', async () => {
    const before = snapshot(p.sqlite);
    const clockBefore = p.sqlite.prepare('select wall_ms, counter from sync_state').get();
    peerFile(newCost(randomUUID(), 100), () => `9999999999999-9999-${peer}`);
    peerFile(newCost(randomUUID(), 100), () => 'zzzz');
    const far = p.clock.now().getTime() + 2 * 60 * 60 * 1000;
    peerFile(newCost(randomUUID(), 100), (i) => encodeHlc({ wallMs: far, counter: i, site: peer }));
    const result = await sync();
    expect(result.warnings.filter((w) => w.includes('lades åt sidan och ingenting i den användes'))).toHaveLength(3);
    expect(result.warnings.join('\n')).toContain('ogiltig klocka');
    expect(result.warnings.join('\n')).toContain('mer än en timme före');
    expect(p.sqlite.prepare('select wall_ms, counter from sync_state').get()).toEqual(clockBefore);
    expect(snapshot(p.sqlite).tables['costs']).toEqual(before.tables['costs']);
    await everyPageAnswers();
  });

  it('sets aside a text for an integer and keeps the valid rest of the file', async () => {
    const good = randomUUID();
    const bad = randomUUID();
    peerFile([...newCost(good, 12_345), ...newCost(bad, 'lots')]);
    const result = await sync();
    expect(result.warnings.join('\n')).toContain('costs.amount_ore ska vara ett heltal');
    const { rows: costs } = await callOk(p.dispatch, 'costs.list', {});
    expect(costs.map((c) => [c.id, c.amountOre])).toEqual([[good, 12_345]]);
    await everyPageAnswers();
  });

  it('sets aside a 10 MB note, non-JSON keywords and broken ESF settings', async () => {
    const [area] = await callOk(p.dispatch, 'areas.list', {});
    const day = await callOk(p.dispatch, 'swotDays.create', { municipalityCode: '2080', date: '2012-03-14', status: 'genomford' });
    const note = await callOk(p.dispatch, 'swotNotes.add', { swotDayId: day.id, perspective: 'nya_utmaningar', quadrant: 'styrkor', text: 'Kort' });
    peerFile([
      { tbl: 'swot_notes', row: note.id, field: 'text', value: 'x'.repeat(10_000_000) },
      { tbl: 'competence_areas', row: area!.id, field: 'keywords', value: 'not json' },
      { tbl: 'settings', row: 'esf.settings', field: 'value', value: 'not json' },
      { tbl: 'settings', row: 'esf.settings', field: 'updated_at', value: '2012-09-14T08:00:00.000Z' },
    ]);
    const result = await sync();
    const warning = result.warnings.join('\n');
    expect(warning).toContain('swot_notes.text är längre än 2000 tecken');
    expect(warning).toContain('competence_areas.keywords har fel form');
    expect(warning).toContain('inställningen esf.settings är inte giltig JSON');
    expect((await callOk(p.dispatch, 'swotDays.get', { id: day.id })).notes[0]!.text).toBe('Kort');
    await everyPageAnswers();
  });

  it('never applies a peer’s backup retention, so no local backup is deleted', async () => {
    for (let i = 0; i < 3; i++) {
      p.clock.advance(24 * 60 * 60 * 1000);
      await callOk(p.dispatch, 'backups.create', {});
    }
    const before = await callOk(p.dispatch, 'backups.settings', {});
    peerFile([
      { tbl: 'settings', row: 'backup.retention', field: 'value', value: JSON.stringify({ daily: 1, weekly: 0 }) },
      { tbl: 'settings', row: 'backup.retention', field: 'updated_at', value: p.clock.now().toISOString() },
    ]);
    const result = await sync();
    expect(result.warnings.join('\n')).toContain('inställningen backup.retention gäller bara den dator där den gjordes');
    expect(await callOk(p.dispatch, 'backups.settings', {})).toEqual(before);
    await callOk(p.dispatch, 'backups.create', {});
    expect((await callOk(p.dispatch, 'backups.list', {})).length).toBeGreaterThanOrEqual(4);
  });

  it('does not write this computer’s backup retention into the shared folder', async () => {
    await callOk(p.dispatch, 'backups.updateSettings', { daily: 3, weekly: 2 });
    await sync();
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const mine = (await callOk(p.dispatch, 'sync.status', {})).siteId;
    const files = readdirSync(join(folder, mine));
    expect(files.map((f) => readFileSync(join(folder, mine, f), 'utf8')).join('')).not.toContain('backup.retention');
  });
});
