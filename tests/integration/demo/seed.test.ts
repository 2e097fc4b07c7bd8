import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { municipalityLocalities } from '../../../electron/core/demo/generate';
import { demoStaffTotal, demoViewDate, fillDemoProject } from '../../../electron/core/demo/seed';
import { createContactInput, createLibraryUnitInput, type CountyCode } from '../../../shared/domain/municipalities';
import { perspectives, quadrants } from '../../../shared/domain/swot';
import { createIndividualPlanInput, createPlanItemInput } from '../../../shared/domain/plans';
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

  it('puts every library unit in a real locality of its own municipality, with a postal code of its county', async () => {
    await fillDemoProject(p.ctx);
    const all = units();
    expect(all.length).toBeGreaterThan(49);
    expect(all.filter((u) => !(municipalityLocalities[u.municipality_code] ?? []).includes(u.city))).toEqual([]);
    // A branch is named after its place, never an invented town.
    expect(all.filter((u) => u.kind === 'filial' && u.name !== `${u.city} bibliotek`)).toEqual([]);
    expect(all.filter((u) => u.kind === 'filial').length).toBeGreaterThan(0);
    const prefixes: Record<string, [number, number]> = { '03': [740, 759], '17': [650, 689], '20': [770, 799], '21': [800, 829] };
    const outside = all.filter((u) => {
      const [low, high] = prefixes[u.municipality_code.slice(0, 2)]!;
      const first = Number(u.postal_code.slice(0, 3));
      return !/^\d{3} \d{2}$/.test(u.postal_code) || first < low || first > high;
    });
    expect(outside).toEqual([]);
  });

  it('has the seat first in every municipality\'s localities, and only places of that municipality', () => {
    const seats = p.sqlite.prepare<[], { code: string; seat: string }>('select code, seat from municipalities').all();
    expect(Object.keys(municipalityLocalities).sort()).toEqual(seats.map((s) => s.code).sort());
    for (const { code, seat } of seats) expect(municipalityLocalities[code]![0]).toBe(seat);
    // Mora's list is its own: a place of another municipality (Orsa, Leksand) is not in it.
    expect(municipalityLocalities['2062']).not.toContain('Orsa');
    expect(municipalityLocalities['0330']).toContain('Alsike');
  });

  it('books held tours in Dalarna and Värmland and a booked one in Gävleborg, leaving Uppsala to plan', async () => {
    await fillDemoProject(p.ctx);
    const progress = await callOk(p.dispatch, 'visits.progress', {});
    expect(progress.counties.map((c) => [c.code, c.visited, c.planned, c.notPlanned])).toEqual([
      ['03', 0, 0, 8],
      ['17', 16, 0, 0],
      ['20', 15, 0, 0],
      ['21', 0, 10, 0],
    ]);
    const tours = await callOk(p.dispatch, 'tours.list', {});
    expect(tours.map((t) => [t.name, t.visitCount]).sort()).toEqual([
      ['Dalarna runt, februari 2012', 15],
      ['Gävleborg, mars 2012', 10],
      ['Värmland, våren 2012', 16],
    ]);
  });

  it('records a SWOT day for every held SWOT-day visit, linked both ways, prepared on three levels and mostly reported', async () => {
    await fillDemoProject(p.ctx);
    const held = p.sqlite
      .prepare<[], { id: string; municipality_code: string; date: string; swot_day_id: string | null }>(
        "select id, municipality_code, date, swot_day_id from visits where kind = 'swot_dag' and status = 'genomford' and deleted_at is null",
      )
      .all();
    expect(held).toHaveLength(31);
    const days = p.sqlite
      .prepare<[], { id: string; municipality_code: string; date: string; status: string; participants_women: number; participants_men: number; facilitators: string; prep_omvarld: string; prep_narvarld: string; prep_invarld: string }>(
        'select * from swot_days where deleted_at is null',
      )
      .all();
    const byId = new Map(days.map((d) => [d.id, d]));
    for (const v of held) {
      const day = byId.get(v.swot_day_id!);
      expect(day, v.municipality_code).toBeDefined();
      expect([day!.municipality_code, day!.date]).toEqual([v.municipality_code, v.date]);
    }
    expect(days).toHaveLength(held.length);
    const statuses = days.map((d) => d.status);
    expect(statuses.filter((s) => s === 'rapporterad').length).toBeGreaterThan(statuses.length / 2);
    expect(statuses.filter((s) => s === 'genomford').length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 'rapporterad' || s === 'genomford')).toBe(true);
    for (const d of days) {
      expect(d.participants_women).toBeGreaterThan(d.participants_men);
      expect(d.participants_men).toBeGreaterThan(0);
      expect(d.facilitators).toContain('Samordnare');
      expect(d.prep_omvarld).toMatch(/Bibliotekslagen.*Barnkonventionen|Bibliotekslagen.*barnkonvention/i);
      expect(d.prep_omvarld).toContain('Digitaliseringen');
      expect(d.prep_narvarld).toMatch(/befolkningen.*arbetsmarknaden/);
      expect(d.prep_invarld).toMatch(/anställda/);
    }
  });

  it('writes 20–40 notes per SWOT day over all three perspectives and four quadrants, every one tagged with a seeded area', async () => {
    await fillDemoProject(p.ctx);
    const perDay = p.sqlite
      .prepare<[], { swot_day_id: string; n: number; cells: number }>(
        "select swot_day_id, count(*) as n, count(distinct perspective || '/' || quadrant) as cells from swot_notes where deleted_at is null group by swot_day_id",
      )
      .all();
    expect(perDay).toHaveLength(31);
    for (const d of perDay) {
      expect(d.n).toBeGreaterThanOrEqual(20);
      expect(d.n).toBeLessThanOrEqual(40);
      expect(d.cells).toBe(perspectives.length * quadrants.length);
    }
    const areaIds = new Set(p.sqlite.prepare<[], { id: string }>('select id from competence_areas').all().map((a) => a.id));
    const notes = p.sqlite.prepare<[], { area_ids: string; priority: number | null; text: string }>('select area_ids, priority, text from swot_notes').all();
    for (const n of notes) {
      const ids = JSON.parse(n.area_ids) as string[];
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every((id) => areaIds.has(id))).toBe(true);
      expect(n.text).not.toMatch(/[{}]/);
    }
    expect(new Set(notes.map((n) => n.priority))).toEqual(new Set([1, 2, 3, null]));
    // The municipalities differ: not every day has the same notes.
    expect(new Set(notes.map((n) => n.text)).size).toBeGreaterThan(50);
  });

  it('builds a plan from each reported day\'s needs, links track needs to the lecture series, and adds individual plans', async () => {
    await fillDemoProject(p.ctx);
    const reported = p.sqlite.prepare<[], { code: string }>("select distinct municipality_code as code from swot_days where status = 'rapporterad'").all();
    const unreported = p.sqlite.prepare<[], { code: string }>("select distinct municipality_code as code from swot_days where status = 'genomford'").all();
    for (const { code } of reported) {
      const plans = await callOk(p.dispatch, 'plans.get', { municipalityCode: code });
      expect(plans.items.length, code).toBeGreaterThanOrEqual(3);
      for (const item of plans.items) {
        expect(createPlanItemInput.safeParse({ ...item, municipalityCode: code }).success).toBe(true);
        expect(item.responsible).toBeTruthy();
        // Every need of the plan comes from the day's Svagheter, Möjligheter or Hot.
        const behind = p.sqlite
          .prepare<[string, string], { n: number }>(
            `select count(*) as n from swot_notes n join swot_days d on d.id = n.swot_day_id, json_each(n.area_ids) j
             where d.municipality_code = ? and j.value = ? and n.quadrant in ('svagheter', 'mojligheter', 'hot')`,
          )
          .get(code, item.areaId)!;
        expect(behind.n).toBeGreaterThanOrEqual(2);
      }
      for (const plan of plans.individual) expect(createIndividualPlanInput.safeParse({ ...plan, municipalityCode: code }).success).toBe(true);
    }
    for (const { code } of unreported) expect((await callOk(p.dispatch, 'plans.get', { municipalityCode: code })).items).toEqual([]);
    expect(countRows(p.sqlite, 'individual_plans')).toBeGreaterThan(5);
    // Needs in a track are met by that track's lecture series; the others wait for an activity.
    const { rows: coverage, total: needTotal } = await callOk(p.dispatch, 'activities.coverage', { limit: 500 });
    expect(coverage).toHaveLength(needTotal);
    const tracks = new Set(p.sqlite.prepare<[], { id: string }>('select id from competence_areas where is_track = 1').all().map((a) => a.id));
    expect(coverage.filter((c) => tracks.has(c.areaId)).every((c) => c.activityCount === 1)).toBe(true);
    expect(coverage.filter((c) => !tracks.has(c.areaId)).every((c) => c.activityCount === 0)).toBe(true);
    expect(coverage.some((c) => c.activityCount === 0)).toBe(true);
  });

  it('fills Kartläggning with SWOT days and notes in every county with held visits', async () => {
    await fillDemoProject(p.ctx);
    const mapping = await callOk(p.dispatch, 'swotMapping.get', {});
    const heldCounties = p.sqlite
      .prepare<[], { county: CountyCode }>(
        "select distinct m.county_code as county from visits v join municipalities m on m.code = v.municipality_code where v.kind = 'swot_dag' and v.status = 'genomford'",
      )
      .all()
      .map((r) => r.county)
      .sort();
    expect(heldCounties).toEqual(['17', '20']);
    for (const county of heldCounties) {
      const inCounty = mapping.municipalities.filter((m) => m.countyCode === county);
      expect(inCounty.every((m) => m.swotDayCount === 1)).toBe(true);
      expect(mapping.needsByCounty.filter((n) => n.countyCode === county).reduce((s, n) => s + n.noteCount, 0)).toBeGreaterThan(0);
      expect(mapping.strengthsByCounty.some((n) => n.countyCode === county)).toBe(true);
      const countyOnly = await callOk(p.dispatch, 'swotMapping.get', { countyCode: county });
      expect(countyOnly.totals.swotDays).toBe(inCounty.length);
      expect(countyOnly.totals.notes).toBeGreaterThanOrEqual(20 * inCounty.length);
      expect(countyOnly.totals.notesWithoutArea).toBe(0);
    }
    expect(mapping.quadrantBalance.every((c) => c.noteCount > 0)).toBe(true);
    // The municipalities differ in what they need most.
    const top = new Set(
      mapping.municipalities
        .filter((m) => m.swotDayCount > 0)
        .map((m) => {
          const cells = mapping.heatmap.filter((h) => h.municipalityCode === m.code).sort((a, b) => b.noteCount - a.noteCount);
          return cells[0]!.areaId;
        }),
    );
    expect(top.size).toBeGreaterThan(2);
  });

  it('shows the project as of mid-October 2012', async () => {
    await fillDemoProject(p.ctx);
    expect(await callOk(p.dispatch, 'project.viewDate', {})).toMatchObject({ asOf: demoViewDate, date: demoViewDate });
    const overview = await callOk(p.dispatch, 'esf.overview', {});
    expect(overview.today).toBe('2012-10-15');
    const implementation = overview.phases.find((ph) => ph.name === 'Genomförandefasen')!;
    expect(implementation.progress).toBeGreaterThan(0);
    expect(implementation.progress).toBeLessThan(100);
    expect(overview.deadlines.length).toBeGreaterThan(0);
    expect(overview.deadlines[0]!.date >= '2012-10-15').toBe(true);
    const steps = await callOk(p.dispatch, 'project.nextSteps', {});
    expect(steps.nextReport).toMatchObject({ name: '2012 kvartal 3', dueDate: '2012-10-31', daysLeft: 16 });
    expect(Object.fromEntries(steps.steps.map((s) => [s.key, s.count]))).toMatchObject({ notVisited: 18, swotDaysWithoutPlan: 3, participantsWithoutSalary: 0 });
  });

  it('registers a participant per member of staff and their attendance at the five track lecture series', async () => {
    await fillDemoProject(p.ctx);
    const staff = Number(p.sqlite.prepare('select sum(staff_count) from library_units').pluck().get());
    expect(countRows(p.sqlite, 'participants')).toBe(staff);
    expect(countRows(p.sqlite, 'participants', 'personnummer is not null')).toBe(0);
    const { rows: activities } = await callOk(p.dispatch, 'activities.list', {});
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
      const strip = (rows: Record<string, unknown>[]) =>
        rows.map(({ id: _id, library_unit_id: _u, swot_day_id: _d, round_id: _r, response_id: _a, question_id: _q, ...rest }) => rest);
      for (const table of ['library_units', 'swot_days', 'swot_notes', 'plan_items', 'individual_plans', 'survey_responses', 'survey_answers']) {
        expect(strip(other.sqlite.prepare<[], Record<string, unknown>>(`select * from ${table} order by rowid`).all()), table).toEqual(
          strip(p.sqlite.prepare<[], Record<string, unknown>>(`select * from ${table} order by rowid`).all()),
        );
      }
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
