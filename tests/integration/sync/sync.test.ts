import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, makeTempDir, openTestProject, removeDir, type TestProject } from '../../helpers/db';
import { validPersonnummer } from '../../helpers/training';

interface Site {
  p: TestProject;
  name: string;
}

let folder: string;
let a: Site;
let b: Site;

async function site(name: string): Promise<Site> {
  const p = await openTestProject();
  await callOk(p.dispatch, 'sync.configure', { folder, person: name });
  return { p, name };
}

const sync = (s: Site) => callOk(s.p.dispatch, 'sync.run', {});
const unitName = (s: Site, id: string) => s.p.sqlite.prepare<[string], { name: string }>('select name from library_units where id = ?').get(id)?.name;

async function createUnit(s: Site, name: string) {
  return callOk(s.p.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name, kind: 'filial' });
}

beforeEach(async () => {
  folder = makeTempDir();
  a = await site('Anna');
  b = await site('Bertil');
});
afterEach(async () => {
  await a.p.cleanup();
  await b.p.cleanup();
  removeDir(folder);
});

describe('sync through a shared folder', () => {
  it('brings A’s new and edited rows to B, reported per person and area', async () => {
    const unit = await createUnit(a, 'Grycksbo bibliotek');
    a.p.clock.advance(60_000);
    await callOk(a.p.dispatch, 'libraryUnits.update', { id: unit.id, name: 'Grycksbo bibliotek', kind: 'filial', staffCount: 4 });
    expect((await callOk(a.p.dispatch, 'sync.status', {})).pending).toBeGreaterThan(0);
    const wrote = await sync(a);
    expect(wrote.written).toBeGreaterThan(0);
    expect((await callOk(a.p.dispatch, 'sync.status', {})).pending).toBe(0);

    const got = await sync(b);
    expect(got.filesRead).toBe(1);
    expect(got.warnings).toEqual([]);
    // The state before the merge is kept as a backup.
    expect((await callOk(b.p.dispatch, 'backups.list', {})).map((x) => x.trigger)).toContain('fore-synkronisering');
    expect(got.applied).toContainEqual(expect.objectContaining({ person: 'Anna', area: 'Bibliotek', rows: 1 }));
    expect(b.p.sqlite.prepare('select name, staff_count from library_units where id = ?').get(unit.id)).toEqual({ name: 'Grycksbo bibliotek', staff_count: 4 });
  });

  it('shares participants but never their personnummer: it is not in any file in the shared folder', async () => {
    const pn = validPersonnummer('1975-04-12', 123);
    const created = await callOk(a.p.dispatch, 'participants.create', { firstName: 'Petra', lastName: 'Personsson', gender: 'kvinna', municipalityCode: '2080', startDate: '2012-09-01', personnummer: pn });
    await sync(a);
    await sync(b);
    const files = readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.kubsync.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(join(folder, f), 'utf8')).not.toContain(pn.slice(2, 8));
    expect(b.p.sqlite.prepare('select first_name, personnummer from participants where id = ?').get(created.id)).toEqual({ first_name: 'Petra', personnummer: null });
  });

  it('shares an attendance import, which is captured in bulk under one clock', async () => {
    const activity = await callOk(a.p.dispatch, 'activities.create', {
      name: 'IT-spåret',
      kind: 'kurs',
      status: 'planerad',
      sessions: [{ date: '2012-10-02', startTime: '09:00', endTime: '12:00', place: 'Falun', municipalityCode: '2080' }],
    });
    await callOk(a.p.dispatch, 'participants.create', { firstName: 'Ida', lastName: 'Import', gender: 'kvinna', municipalityCode: '2080', startDate: '2012-09-01' });
    const csv = ['Förnamn;Efternamn;Datum;Timmar', 'Ida;Import;2012-10-02;2,5'].join('\n');
    await callOk(a.p.dispatch, 'attendance.import', { activityId: activity.id, fileName: 'n.csv', contentBase64: Buffer.from(csv).toString('base64'), onlyValid: false });
    expect((await callOk(a.p.dispatch, 'sync.status', {})).pending).toBeGreaterThan(0);
    // An edit after the import, before the sync, must win over the imported value.
    a.p.clock.advance(60_000);
    const [session] = activity.sessions;
    const participantId = String(a.p.sqlite.prepare('select participant_id from attendance').pluck().get());
    await callOk(a.p.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: session!.id, participantId, hours: 3 }] });
    await sync(a);
    const got = await sync(b);
    expect(got.applied).toContainEqual(expect.objectContaining({ person: 'Anna', area: 'Närvaro', rows: 1 }));
    expect(b.p.sqlite.prepare('select hours from attendance').all()).toEqual([{ hours: 3 }]);
  });

  it('carries a soft delete as a tombstone', async () => {
    const unit = await createUnit(a, 'Bjursås bibliotek');
    await sync(a);
    await sync(b);
    a.p.clock.advance(1000);
    await callOk(a.p.dispatch, 'libraryUnits.delete', { id: unit.id });
    await sync(a);
    await sync(b);
    const row = b.p.sqlite.prepare<[string], { deleted_at: string | null }>('select deleted_at from library_units where id = ?').get(unit.id);
    expect(row?.deleted_at).toBe('2012-02-01T08:00:01.000Z');
  });

  it('lets the later edit of a field win on both sides and reports the meeting', async () => {
    const unit = await createUnit(a, 'Svärdsjö bibliotek');
    await sync(a);
    await sync(b);
    a.p.clock.advance(1000);
    b.p.clock.advance(2000);
    await callOk(a.p.dispatch, 'libraryUnits.update', { id: unit.id, name: 'Svärdsjö (A)', kind: 'filial' });
    await callOk(b.p.dispatch, 'libraryUnits.update', { id: unit.id, name: 'Svärdsjö (B)', kind: 'filial' });
    await sync(a);
    const atB = await sync(b);
    await sync(a);
    expect(unitName(a, unit.id)).toBe('Svärdsjö (B)');
    expect(unitName(b, unit.id)).toBe('Svärdsjö (B)');
    expect(atB.conflicts).toContainEqual(
      expect.objectContaining({ area: 'Bibliotek', field: 'name', localValue: 'Svärdsjö (B)', remoteValue: 'Svärdsjö (A)', winner: 'local', remotePerson: 'Anna' }),
    );
  });

  it('changes nothing when the same file is read twice', async () => {
    await createUnit(a, 'Enviken bibliotek');
    await sync(a);
    await sync(b);
    const before = b.p.sqlite.prepare('select * from library_units order by id').all();
    const dir = join(folder, readdirSync(folder).find((d) => d !== siteId(b))!);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, `kopia-${file!}`), readFileSync(join(dir, file!)));
    b.p.clock.advance(1000);
    const again = await sync(b);
    expect(again.filesRead).toBe(1);
    expect(again.applied).toEqual([]);
    expect(b.p.sqlite.prepare('select * from library_units order by id').all()).toEqual(before);
  });

  it('skips a truncated file with a warning and reads it once it is whole', async () => {
    const unit = await createUnit(a, 'Sundborn bibliotek');
    await sync(a);
    const dir = join(folder, siteId(a));
    const [file] = readdirSync(dir);
    const whole = readFileSync(join(dir, file!), 'utf8');
    writeFileSync(join(dir, file!), whole.slice(0, Math.floor(whole.length / 2)));
    const first = await sync(b);
    expect(first.warnings).toHaveLength(1);
    expect(first.warnings[0]).toMatch(/hoppades över/);
    expect(unitName(b, unit.id)).toBeUndefined();

    writeFileSync(join(dir, file!), whole);
    const second = await sync(b);
    expect(second.warnings).toEqual([]);
    expect(unitName(b, unit.id)).toBe('Sundborn bibliotek');
  });

  it('does not export what it received', async () => {
    await createUnit(a, 'Vika bibliotek');
    await sync(a);
    const pendingBefore = b.p.sqlite.prepare('select count(*) as n from sync_changes').get();
    await sync(b);
    expect(b.p.sqlite.prepare('select count(*) as n from sync_changes').get()).toEqual(pendingBefore);
    expect((await callOk(b.p.dispatch, 'sync.status', {})).pending).toBe(0);
  });

  it('keeps the folder setting itself out of the changes', () => {
    expect(a.p.sqlite.prepare("select count(*) as n from sync_changes where row_id like 'sync.%'").get()).toEqual({ n: 0 });
  });
});

function siteId(s: Site): string {
  return s.p.sqlite.prepare<[], { site_id: string }>('select site_id from sync_state').get()!.site_id;
}
