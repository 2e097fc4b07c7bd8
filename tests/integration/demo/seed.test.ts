import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoStaffTotal, fillDemoProject } from '../../../electron/core/demo/seed';
import { createContactInput, createLibraryUnitInput } from '../../../shared/domain/municipalities';
import { callOk, countRows, openTestProject, snapshot, startTime, uuidV7Pattern, type TestProject } from '../../helpers/db';

let p: TestProject;

beforeEach(async () => {
  p = await openTestProject();
});
afterEach(async () => {
  await p.cleanup();
});

interface SeededUnit {
  id: string;
  municipality_code: string;
  name: string;
  kind: string;
  street_address: string;
  postal_code: string;
  city: string;
  staff_count: number;
  created_at: string;
}
interface SeededContact {
  id: string;
  municipality_code: string;
  library_unit_id: string | null;
  name: string;
  role: string;
  email: string;
  phone: string;
}

const units = () => p.sqlite.prepare<[], SeededUnit>('select * from library_units order by rowid').all();
const contacts = () => p.sqlite.prepare<[], SeededContact>('select * from contacts order by rowid').all();

describe('fillDemoProject', () => {
  it('fills units for all 49 municipalities, each with exactly one main library', async () => {
    expect(await fillDemoProject(p.ctx)).toBe(true);
    const perMunicipality = p.sqlite
      .prepare<[], { municipality_code: string; main: number }>(
        "select municipality_code, sum(kind = 'huvudbibliotek') as main from library_units group by municipality_code",
      )
      .all();
    expect(perMunicipality).toHaveLength(49);
    expect(perMunicipality.every((m) => m.main === 1)).toBe(true);
    const summaries = await callOk(p.dispatch, 'municipalities.list', {});
    expect(summaries.every((m) => m.unitCount >= 1 && m.staffCount >= 1)).toBe(true);
  });

  it('gives a total staff of roughly 750, as in the real KUB project', async () => {
    await fillDemoProject(p.ctx);
    const { total } = p.sqlite.prepare<[], { total: number }>('select sum(staff_count) as total from library_units').get()!;
    expect(demoStaffTotal).toBe(750);
    expect(total).toBeGreaterThanOrEqual(700);
    expect(total).toBeLessThanOrEqual(800);
  });

  it('reports the same staff total through the municipality list as in the table', async () => {
    await fillDemoProject(p.ctx);
    const { total } = p.sqlite.prepare<[], { total: number }>('select sum(staff_count) as total from library_units').get()!;
    const summaries = await callOk(p.dispatch, 'municipalities.list', {});
    expect(summaries.reduce((sum, m) => sum + m.staffCount, 0)).toBe(total);
    expect(total).toBeGreaterThan(0);
  });

  it('uses no real-looking e-mail domains: every address ends with .example', async () => {
    await fillDemoProject(p.ctx);
    const all = contacts();
    expect(all.length).toBeGreaterThanOrEqual(49);
    expect(all.filter((c) => !/@[a-z0-9-]+\.example$/.test(c.email))).toEqual([]);
  });

  it('uses only the phone numbers reserved for fiction (070-174 06 05 – 99)', async () => {
    await fillDemoProject(p.ctx);
    const bad = contacts().filter((c) => {
      const m = /^070-174 06 (\d{2})$/.exec(c.phone);
      return !m || Number(m[1]) < 5;
    });
    expect(bad).toEqual([]);
  });

  it('writes only data the forms would accept', async () => {
    await fillDemoProject(p.ctx);
    const invalidUnits = units().filter(
      (u) =>
        !createLibraryUnitInput.safeParse({
          municipalityCode: u.municipality_code,
          name: u.name,
          kind: u.kind,
          streetAddress: u.street_address,
          postalCode: u.postal_code,
          city: u.city,
          staffCount: u.staff_count,
        }).success,
    );
    const invalidContacts = contacts().filter(
      (c) =>
        !createContactInput.safeParse({
          municipalityCode: c.municipality_code,
          name: c.name,
          role: c.role,
          email: c.email,
          phone: c.phone,
          libraryUnitId: c.library_unit_id,
        }).success,
    );
    expect(invalidUnits).toEqual([]);
    expect(invalidContacts).toEqual([]);
  });

  it('links contacts only to units of their own municipality, with UUIDv7 ids and the clock time', async () => {
    await fillDemoProject(p.ctx);
    const unitMunicipality = new Map(units().map((u) => [u.id, u.municipality_code]));
    for (const c of contacts()) {
      expect(c.id).toMatch(uuidV7Pattern);
      if (c.library_unit_id !== null) expect(unitMunicipality.get(c.library_unit_id)).toBe(c.municipality_code);
    }
    expect(units().every((u) => uuidV7Pattern.test(u.id) && u.created_at === startTime)).toBe(true);
    expect(p.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('books a held tour in Dalarna and a booked one in Gävleborg, leaving Värmland and Uppsala to plan', async () => {
    await fillDemoProject(p.ctx);
    const progress = await callOk(p.dispatch, 'visits.progress', {});
    expect(progress.counties.map((c) => [c.code, c.visited, c.planned, c.notPlanned])).toEqual([
      ['03', 0, 0, 8],
      ['17', 0, 0, 16],
      ['20', 15, 0, 0],
      ['21', 0, 10, 0],
    ]);
    const tours = await callOk(p.dispatch, 'tours.list', {});
    expect(tours.map((t) => [t.name, t.visitCount])).toEqual([
      ['Gävleborg, mars 2012', 10],
      ['Dalarna runt, februari 2012', 15],
    ]);
  });

  it('registers a participant per member of staff and their attendance at the five track lecture series', async () => {
    await fillDemoProject(p.ctx);
    const staff = Number(p.sqlite.prepare('select sum(staff_count) from library_units').pluck().get());
    expect(countRows(p.sqlite, 'participants')).toBe(staff);
    expect(countRows(p.sqlite, 'participants', 'personnummer is not null')).toBe(0);
    const activities = await callOk(p.dispatch, 'activities.list', {});
    expect(activities.map((a) => a.trackName).sort()).toEqual(['Bemötande', 'IT', 'Ledarskap', 'Lärande', 'Marknadsföring']);
    expect(activities.every((a) => a.sessionCount === 4 && a.participantCount >= 60)).toBe(true);
    // Every registration is in the county of its session.
    expect(
      p.sqlite
        .prepare(
          `select count(*) from attendance a join activity_sessions s on s.id = a.session_id join participants x on x.id = a.participant_id
           where substr(s.municipality_code, 1, 2) <> substr(x.municipality_code, 1, 2)`,
        )
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('is deterministic: two empty projects get the same demo data', async () => {
    await fillDemoProject(p.ctx);
    const other = await openTestProject();
    try {
      await fillDemoProject(other.ctx);
      const strip = (rows: Record<string, unknown>[]) => rows.map(({ id: _id, library_unit_id: _u, ...rest }) => rest);
      expect(strip(other.sqlite.prepare<[], Record<string, unknown>>('select * from library_units order by rowid').all())).toEqual(
        strip(p.sqlite.prepare<[], Record<string, unknown>>('select * from library_units order by rowid').all()),
      );
    } finally {
      await other.cleanup();
    }
  });

  it('returns false and changes nothing when the project already has a unit', async () => {
    await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' });
    const before = snapshot(p.sqlite);
    expect(await fillDemoProject(p.ctx)).toBe(false);
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it('returns false and changes nothing when the project already has only a contact', async () => {
    await callOk(p.dispatch, 'contacts.create', { municipalityCode: '2080', name: 'Eva Exempel' });
    const before = snapshot(p.sqlite);
    expect(await fillDemoProject(p.ctx)).toBe(false);
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it('returns false the second time and does not double the data', async () => {
    expect(await fillDemoProject(p.ctx)).toBe(true);
    const n = countRows(p.sqlite, 'library_units');
    const before = snapshot(p.sqlite);
    expect(await fillDemoProject(p.ctx)).toBe(false);
    expect(countRows(p.sqlite, 'library_units')).toBe(n);
    expect(snapshot(p.sqlite)).toEqual(before);
  });
});
