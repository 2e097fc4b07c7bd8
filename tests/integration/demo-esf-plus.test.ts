import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esfPlusCaseNumber, esfPlusCounties, esfPlusProjectName, esfPlusViewDate, fillEsfPlusDemo } from '../../electron/core/demo/esf-plus';
import { fillDemoProject } from '../../electron/core/demo/seed';
import { naturalId } from '../../electron/core/ids';
import { periodTextKeys } from '../../shared/domain/esf';
import { regionOfCounty } from '../../shared/domain/esf-plus';
import { indicatorCodes } from '../../shared/domain/eu-indicators';
import { theoryLevels } from '../../shared/domain/change-theory';
import { createParticipantInput } from '../../shared/domain/participants';
import { callOk, countRows, openTestProject, snapshot, type TestProject } from '../helpers/db';

/*
 * The second demo, `--demo esf-plus`: an ESF+ 2021–2027 project of three
 * years in three counties over two NUTS 2 regions, shown as of 15 October
 * 2025. One filled project is read by most tests (filling it takes a few
 * seconds); the refusals each open their own.
 */

let p: TestProject;

beforeAll(async () => {
  p = await openTestProject();
  expect(await fillEsfPlusDemo(p.ctx)).toBe(true);
});
afterAll(async () => {
  await p.cleanup();
});

const all = <R>(query: string, ...params: unknown[]) => p.sqlite.prepare<unknown[], R>(query).all(...params);
const one = <R>(query: string, ...params: unknown[]) => p.sqlite.prepare<unknown[], R>(query).get(...params)!;

describe('fillEsfPlusDemo', () => {
  it('sets up the project under the ESF+ 2021–2027 rules with the 40 % flat rate, a case number and the granted support', async () => {
    const settings = await callOk(p.dispatch, 'esf.settings', {});
    expect(settings).toMatchObject({ ruleSet: 'esf_plus_2021_2027', projectName: esfPlusProjectName, caseNumber: esfPlusCaseNumber });
    expect(esfPlusCaseNumber).toMatch(/^2024-\d{5}$/);
    expect(settings.esfPlus).toMatchObject({ flatRate: 'schablon_40', unitCostDivisor: 1720, annualHourCap: 1720 });
    expect(settings.esfPlus.coFinancingPercentByRegion).toMatchObject({ SE31: 40, SE12: 46 });
    expect(settings.grantedEsfOre).toBeGreaterThan(0);
    expect(Object.keys(settings.overheadByYear)).toEqual(['2024', '2025', '2026']);
  });

  it('plans 2024–2026 in calendar quarters with due dates, and retires the KUB plan an empty project starts with', async () => {
    const plan = await callOk(p.dispatch, 'project.get', {});
    expect(plan.periods.map((q) => q.name)).toEqual([2024, 2025, 2026].flatMap((y) => [1, 2, 3, 4].map((n) => `${y} kvartal ${n}`)));
    expect(plan.periods[0]).toMatchObject({ startDate: '2024-01-01', endDate: '2024-03-31', dueDate: '2024-04-30' });
    expect(plan.periods.at(-1)).toMatchObject({ startDate: '2026-10-01', endDate: '2026-12-31', dueDate: '2027-01-31' });
    expect(plan.phases.map((ph) => [ph.name, ph.startDate, ph.endDate])).toEqual([
      ['Analysfasen', '2024-01-01', '2024-02-29'],
      ['Genomförandefasen', '2024-03-01', '2026-09-30'],
      ['Avslutningsfasen', '2026-10-01', '2026-12-31'],
    ]);
    expect(plan.milestones.filter((m) => m.done).every((m) => m.date <= esfPlusViewDate)).toBe(true);
    expect(plan.milestones.some((m) => !m.done)).toBe(true);
    // The seeded 2012–2014 rows are soft-deleted, never removed (sync carries tombstones).
    expect(countRows(p.sqlite, 'reporting_periods', "deleted_at is not null and start_date < '2015-01-01'")).toBe(10);
  });

  it('is shown as of 15 October 2025, with the 2025 Q3 report due at the end of the month', async () => {
    expect(await callOk(p.dispatch, 'project.viewDate', {})).toMatchObject({ asOf: esfPlusViewDate, date: '2025-10-15' });
    const overview = await callOk(p.dispatch, 'esf.overview', {});
    expect(overview.today).toBe('2025-10-15');
    const implementation = overview.phases.find((ph) => ph.name === 'Genomförandefasen')!;
    expect(implementation.progress).toBeGreaterThan(50);
    expect(implementation.progress).toBeLessThan(100);
    const steps = await callOk(p.dispatch, 'project.nextSteps', {});
    expect(steps.nextReport).toMatchObject({ name: '2025 kvartal 3', dueDate: '2025-10-31', daysLeft: 16 });
  });

  it('registers 250–350 library staff of Värmland, Dalarna and Uppsala län as participants, in two regions, as the forms would take them', () => {
    const people = all<Record<string, string | number | null>>('select p.*, m.county_code from participants p join municipalities m on m.code = p.municipality_code');
    expect(people.length).toBeGreaterThanOrEqual(250);
    expect(people.length).toBeLessThanOrEqual(350);
    expect(new Set(people.map((x) => x['county_code']))).toEqual(new Set(esfPlusCounties));
    expect(new Set(people.map((x) => regionOfCounty(String(x['county_code']))))).toEqual(new Set(['SE12', 'SE31']));
    expect(people.filter((x) => x['personnummer'] !== null)).toEqual([]);
    expect(people.filter((x) => x['gender'] === 'kvinna').length / people.length).toBeGreaterThan(0.7);
    // A double surname never repeats itself ("Andreasson Andreasson").
    expect(people.filter((x) => new Set(String(x['last_name']).split(' ')).size < String(x['last_name']).split(' ').length)).toEqual([]);
    const invalid = people.filter(
      (x) =>
        !createParticipantInput.safeParse({
          firstName: x['first_name'], lastName: x['last_name'], gender: x['gender'], birthYear: x['birth_year'], municipalityCode: x['municipality_code'],
          libraryUnitId: x['library_unit_id'], role: x['role'], employmentRate: x['employment_rate'], monthlySalary: x['monthly_salary'],
          startDate: x['start_date'], endDate: x['end_date'],
        }).success,
    );
    expect(invalid).toEqual([]);
    // Nearly every salary is in; the two missing are for the readiness check to find.
    expect(people.filter((x) => x['monthly_salary'] === null)).toHaveLength(2);
    const units = one<{ municipalities: number; main: number }>("select count(distinct municipality_code) as municipalities, sum(kind = 'huvudbibliotek') as main from library_units");
    expect(units).toEqual({ municipalities: 39, main: 39 });
    expect(p.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('holds courses and workshops 2024–2026 with attendance at the sessions held by the view date, summed per month by the triggers', () => {
    const activities = all<{ name: string; status: string; first: string; last: string; attended: number }>(
      `select a.name, a.status, min(s.date) as first, max(s.date) as last, count(t.id) as attended
       from activities a join activity_sessions s on s.activity_id = a.id left join attendance t on t.session_id = s.id group by a.id`,
    );
    expect(activities.length).toBeGreaterThanOrEqual(6);
    expect(new Set(activities.map((a) => a.status))).toEqual(new Set(['genomford', 'pagar', 'planerad']));
    expect(activities.map((a) => a.first).sort()[0]!.startsWith('2024')).toBe(true);
    expect(activities.map((a) => a.last).sort().at(-1)!.startsWith('2026')).toBe(true);
    const overFull = all(
      `select a.name from activities a where a.capacity < (select count(distinct t.participant_id) from attendance t join activity_sessions s on s.id = t.session_id where s.activity_id = a.id)`,
    );
    expect(overFull).toEqual([]);
    const late = one<{ n: number }>('select count(*) as n from attendance t join activity_sessions s on s.id = t.session_id where s.date > ?', esfPlusViewDate);
    expect(late.n).toBe(0);
    // Attendance only while the participant takes part, in their own county unless the group is all three.
    const outside = one<{ n: number }>(
      `select count(*) as n from attendance t join activity_sessions s on s.id = t.session_id join participants x on x.id = t.participant_id
       where s.date < x.start_date or (x.end_date is not null and s.date > x.end_date)`,
    );
    expect(outside.n).toBe(0);
    const fromTriggers = all('select month, participant_id, hours, sessions from participant_month_hours order by 1, 2');
    const summed = all(
      `select substr(s.date, 1, 7) as month, t.participant_id, sum(t.hours) as hours, count(*) as sessions
       from attendance t join activity_sessions s on s.id = t.session_id group by 1, 2 order by 1, 2`,
    );
    expect(fromTriggers.length).toBeGreaterThan(1000);
    expect(fromTriggers).toEqual(summed);
  });

  it('has the EU indicators of most participants, ISCED mostly 5–8, some answers missing, and exit results for those who left', () => {
    const participants = countRows(p.sqlite, 'participants');
    const rows = all<{ id: string; participant_id: string; employment_status: string | null; isced_level: string | null; exit_situation: string | null; end_date: string | null; employed_after_six_months: number | null }>(
      'select i.*, x.end_date from participant_indicators i join participants x on x.id = i.participant_id',
    );
    expect(rows.length / participants).toBeGreaterThan(0.85);
    expect(rows.length).toBeLessThan(participants);
    expect(rows.every((r) => r.id === naturalId('participant_indicators', r.participant_id))).toBe(true);
    const isced = (level: string) => rows.filter((r) => r.isced_level === level).length;
    expect(isced('isced_5_8') / rows.length).toBeGreaterThan(0.7);
    expect(isced('isced_3_4')).toBeGreaterThan(0);
    expect(rows.some((r) => r.isced_level === null)).toBe(true);
    expect(rows.filter((r) => r.employment_status !== null).every((r) => r.employment_status === 'anstalld')).toBe(true);
    const left = rows.filter((r) => r.end_date !== null && r.end_date <= esfPlusViewDate);
    expect(left.length).toBeGreaterThan(20);
    expect(left.filter((r) => r.exit_situation === 'kvalifikation').length / left.length).toBeGreaterThan(0.5);
    expect(rows.filter((r) => r.end_date === null).every((r) => r.exit_situation === null && r.employed_after_six_months === null)).toBe(true);
    expect(rows.some((r) => r.employed_after_six_months === 1)).toBe(true);
  });

  it('has 4–5 staff with monthly time; the full-time project manager goes over the 1 720-hour cap in 2025 but not in 2024', () => {
    const staff = all<{ id: string; role: string; monthly_salary: number }>('select id, role, monthly_salary from project_staff');
    expect(staff.length).toBeGreaterThanOrEqual(4);
    expect(staff.length).toBeLessThanOrEqual(5);
    expect(staff.map((s) => s.role)).toEqual(expect.arrayContaining(['Projektledare', 'Processledare Värmland', 'Processledare Dalarna', 'Processledare Uppsala län']));
    const years = all<{ role: string; year: string; hours: number }>(
      'select s.role, substr(t.month, 1, 4) as year, sum(t.hours) as hours from staff_time t join project_staff s on s.id = t.staff_id group by s.id, 2',
    );
    const over = years.filter((y) => y.hours > 1720);
    expect(over.map((y) => [y.role, y.year])).toEqual([['Projektledare', '2025']]);
    const time = all<{ id: string; staff_id: string; month: string; hours: number }>('select id, staff_id, month, hours from staff_time');
    expect(time.every((t) => t.id === naturalId('staff_time', t.staff_id, t.month) && Number.isInteger(t.hours * 4) && t.hours > 0)).toBe(true);
  });

  it('signs every staff month but the latest, and the participants’ months but a realistic few recent ones', () => {
    const staffUnsigned = all<{ month: string }>('select distinct month from staff_time where signed_on is null');
    const latest = one<{ month: string }>('select max(month) as month from staff_time');
    expect(staffUnsigned).toEqual([latest]);
    const signatures = all<{ id: string; participant_id: string; month: string; signed_on: string | null }>('select * from participant_month_signatures');
    expect(signatures.every((s) => s.id === naturalId('participant_month_signatures', s.participant_id, s.month))).toBe(true);
    expect(signatures.filter((s) => s.signed_on !== null).every((s) => s.signed_on! > `${s.month}-31` && s.signed_on! < esfPlusViewDate)).toBe(true);
    // Per month with hours: how many are signed, explicitly not signed, or not yet asked.
    const state = all<{ month: string; total: number; signed: number; refused: number }>(
      `select h.month, count(*) as total, count(s.signed_on) as signed, sum(s.id is not null and s.signed_on is null) as refused
       from participant_month_hours h left join participant_month_signatures s on s.participant_id = h.participant_id and s.month = h.month
       group by h.month order by h.month`,
    );
    const of = (month: string) => state.find((s) => s.month === month)!;
    expect(state.filter((s) => s.month < '2025-06').every((s) => s.signed === s.total)).toBe(true);
    expect(of('2025-06').refused).toBeGreaterThan(0);
    expect(of('2025-06').signed / of('2025-06').total).toBeGreaterThan(0.85);
    expect(state.map((s) => s.month)).not.toContain('2025-07');
    expect(of('2025-09').signed).toBeGreaterThan(0);
    expect(of('2025-09').signed).toBeLessThan(of('2025-09').total);
    expect(of('2025-10').signed).toBe(0);
  });

  it('budgets every quarter on the three lines of the 40 % flat rate, and records cash co-financing with voucher numbers', () => {
    const lines = all<{ id: string; period_id: string; line: string; amount_ore: number; name: string }>(
      'select b.*, r.name from esf_plus_budget_lines b join reporting_periods r on r.id = b.period_id where r.deleted_at is null',
    );
    expect(new Set(lines.map((l) => l.line))).toEqual(new Set(['personal', 'schablon', 'deltagarlon']));
    // Staff and the flat rate every quarter; the wage cost where training is planned (not in the analysis phase).
    const quarters = (line: string) => lines.filter((l) => l.line === line).map((l) => l.name);
    expect(quarters('personal')).toHaveLength(12);
    expect(quarters('schablon')).toHaveLength(12);
    expect(quarters('deltagarlon').length).toBeGreaterThanOrEqual(9);
    expect(quarters('deltagarlon')).not.toContain('2024 kvartal 1');
    expect(lines.every((l) => l.id === naturalId('esf_plus_budget_lines', l.period_id, l.line) && l.amount_ore > 0)).toBe(true);
    for (const periodId of new Set(lines.map((l) => l.period_id))) {
      const of = (line: string) => lines.find((l) => l.period_id === periodId && l.line === line)!.amount_ore;
      expect(of('schablon')).toBe(Math.round(of('personal') * 0.4));
    }
    const cash = all<{ financier: string; voucher_number: string | null; date: string }>("select financier, voucher_number, date from financing_entries where source = 'kontanta_medel'");
    expect(new Set(cash.map((c) => c.financier))).toEqual(new Set(['Region Värmland', 'Region Dalarna', 'Region Uppsala']));
    expect(cash.every((c) => c.voucher_number && c.date <= esfPlusViewDate)).toBe(true);
  });

  it('draws a theory of change of 3–4 boxes a level, each box leading to the next level and shown by activities or EU indicators', async () => {
    const { boxes } = await callOk(p.dispatch, 'changeTheory.get', {});
    for (const level of theoryLevels) {
      const own = boxes.filter((b) => b.level === level);
      expect(own.length, level).toBeGreaterThanOrEqual(3);
      expect(own.length, level).toBeLessThanOrEqual(4);
    }
    const levelOf = new Map(boxes.map((b) => [b.id, b.level]));
    const activityIds = new Set(all<{ id: string }>('select id from activities').map((a) => a.id));
    for (const box of boxes) {
      const next = theoryLevels[theoryLevels.indexOf(box.level) + 1];
      const toBoxes = box.links.filter((l) => l.kind === 'box');
      if (next) expect(toBoxes.length, box.title).toBeGreaterThan(0);
      expect(toBoxes.every((l) => levelOf.get(l.targetId) === next)).toBe(true);
      expect(box.links.filter((l) => l.kind === 'activity').every((l) => activityIds.has(l.targetId))).toBe(true);
      expect(box.links.filter((l) => l.kind === 'indicator').every((l) => (indicatorCodes as readonly string[]).includes(l.targetId))).toBe(true);
    }
    expect(boxes.filter((b) => b.level === 'aktivitet').every((b) => b.links.some((l) => l.kind === 'activity'))).toBe(true);
    expect(boxes.flatMap((b) => b.links).filter((l) => l.kind === 'indicator').map((l) => l.targetId)).toEqual(expect.arrayContaining(['EECO01', 'EECO11', 'EECR03']));
  });

  it('has the texts of every quarter up to the view date, and none after', async () => {
    const { periods } = await callOk(p.dispatch, 'project.get', {});
    for (const period of periods) {
      const texts = await callOk(p.dispatch, 'periodTexts.get', { periodId: period.id });
      const written = periodTextKeys.filter((k) => texts[k].trim().length > 40);
      expect(written, period.name).toEqual(period.endDate < esfPlusViewDate ? [...periodTextKeys] : []);
    }
  });

  it('writes as an import: one sync marker per table holding every row of it', () => {
    const markers = all<{ tbl: string; markers: number; keys: number }>('select tbl, count(*) as markers, sum(json_array_length(keys)) as keys from sync_pending_bulk group by tbl');
    expect(markers.map((m) => m.tbl).sort()).toEqual(
      [
        'activities', 'activity_sessions', 'attendance', 'change_theory_boxes', 'change_theory_links', 'contacts', 'costs', 'esf_plus_budget_lines', 'financing_entries',
        'library_units', 'milestones', 'participant_indicators', 'participant_month_signatures', 'participants', 'period_texts', 'project_phases', 'project_staff',
        'reporting_periods', 'staff_time',
      ].sort(),
    );
    for (const m of markers) {
      expect(m.markers, m.tbl).toBe(1);
      expect(m.keys, m.tbl).toBe(countRows(p.sqlite, m.tbl));
    }
  });

  it('is deterministic: two empty projects get the same demo data', async () => {
    const other = await openTestProject();
    try {
      await fillEsfPlusDemo(other.ctx);
      const strip = (rows: Record<string, unknown>[]) => rows.map(({ id: _i, library_unit_id: _u, participant_id: _p, session_id: _s, activity_id: _a, staff_id: _t, period_id: _r, ...rest }) => rest);
      for (const table of ['library_units', 'participants', 'participant_indicators', 'activity_sessions', 'attendance', 'staff_time', 'participant_month_signatures', 'esf_plus_budget_lines']) {
        const rows = (db: TestProject) => strip(db.sqlite.prepare<[], Record<string, unknown>>(`select * from ${table} order by rowid`).all());
        expect(rows(other), table).toEqual(rows(p));
      }
    } finally {
      await other.cleanup();
    }
  });
});

describe('the ESF+ demo through the money and the readiness check', () => {
  it('gives eligible costs in both regions, each at its co-financing rate, and the ESF+ share as eligible less co-financing', async () => {
    const outcome = await callOk(p.dispatch, 'esfPlus.outcome', {});
    const { totals } = outcome;
    expect(totals.regions.map((r) => [r.region, r.coFinancingPercent]).sort()).toEqual([
      ['SE12', 46],
      ['SE31', 40],
    ]);
    for (const r of totals.regions) {
      expect(r.eligibleOre, r.region).toBeGreaterThan(100_000_00);
      // Rounded half up per period: the total is within an öre a period of the rate on the whole.
      expect(Math.abs(r.coFinancingOre - (r.eligibleOre * r.coFinancingPercent) / 100)).toBeLessThanOrEqual(outcome.periods.length);
      expect(r.esfOre).toBe(r.eligibleOre - r.coFinancingOre);
    }
    expect(totals.eligibleOre).toBe(totals.regions.reduce((s, r) => s + r.eligibleOre, 0));
    expect(totals.esfOre).toBe(totals.eligibleOre - totals.coFinancingOre);
    expect(totals.eligibleOre).toBe(totals.staffCostOre + totals.flatRateOre + totals.otherDirectOre + totals.participantWageOre);
    // The 40 % flat rate covers every other cost: the recorded costs count for nothing.
    expect(totals.otherDirectOre).toBe(0);
    expect(Math.abs(totals.flatRateOre - 0.4 * totals.staffCostOre)).toBeLessThan(100);
    expect(totals.participantWageOre).toBeGreaterThan(0);
    // The hours above the cap are the project manager's of 2025.
    const over = one<{ hours: number }>("select sum(hours) - 1720 as hours from staff_time t join project_staff s on s.id = t.staff_id where s.role = 'Projektledare' and t.month like '2025-%'");
    expect(totals.cappedStaffHours).toBe(over.hours);
    expect(totals.staffHours - totals.eligibleStaffHours).toBe(over.hours);
    // Recorded co-financing: the participants' wage cost and the three regions' cash.
    const cash = one<{ ore: number }>('select sum(amount_ore) as ore from financing_entries');
    expect(totals.recordedCoFinancingOre).toBe(totals.participantWageOre + cash.ore);
    expect(outcome.grantedEsfOre).toBe((await callOk(p.dispatch, 'esf.settings', {})).grantedEsfOre);
    expect(totals.esfOre).toBeLessThan(outcome.grantedEsfOre);
    for (const period of outcome.periods) {
      expect(period.eligibleOre, period.periodName).toBe(period.regions.reduce((s, r) => s + r.eligibleOre, 0));
      expect(period.esfOre, period.periodName).toBe(period.eligibleOre - period.coFinancingOre);
    }
    const q3 = outcome.periods.find((x) => x.periodName === '2025 kvartal 3')!;
    expect(q3.lines.map((l) => l.line)).toEqual(['personal', 'schablon', 'deltagarlon']);
    expect(q3.lines.every((l) => l.budgetOre > 0 && l.outcomeOre > 0)).toBe(true);
  });

  it('finds the 2025 Q3 kvartalsrapport short of the unsigned months and a salary, and the quarters before the summer in order', async () => {
    const { periods } = await callOk(p.dispatch, 'project.get', {});
    const periodId = (name: string) => periods.find((x) => x.name === name)!.id;
    const q3 = await callOk(p.dispatch, 'reports.readiness', { kind: 'kvartalsrapport', periodId: periodId('2025 kvartal 3') });
    expect(q3.ready).toBe(false);
    const unsigned = one<{ n: number }>(
      `select count(*) as n from participant_month_hours h left join participant_month_signatures s on s.participant_id = h.participant_id and s.month = h.month
       where h.month between '2025-07' and '2025-09' and s.signed_on is null`,
    );
    expect(unsigned.n).toBeGreaterThan(10);
    expect(q3.items.find((i) => i.key === 'unsignedParticipantMonths')).toMatchObject({ count: unsigned.n });
    expect(q3.items.map((i) => i.key).filter((k) => ['caseNumber', 'periodTexts', 'budgetMissing', 'costsWithoutVoucher', 'unsignedStaffMonths'].includes(k))).toEqual([]);
    expect(q3.items.find((i) => i.key === 'missingSalary')).toMatchObject({ count: 1 });
    for (const name of ['2024 kvartal 1', '2024 kvartal 2', '2024 kvartal 3', '2024 kvartal 4', '2025 kvartal 1']) {
      const earlier = await callOk(p.dispatch, 'reports.readiness', { kind: 'kvartalsrapport', periodId: periodId(name) });
      expect(earlier.items, name).toEqual([]);
      expect(earlier.ready, name).toBe(true);
    }
    // June's few certificates marked not signed hold up the 2025 Q2 report.
    const q2 = await callOk(p.dispatch, 'reports.readiness', { kind: 'kvartalsrapport', periodId: periodId('2025 kvartal 2') });
    expect(q2.items.map((i) => i.key)).toEqual(['unsignedParticipantMonths']);
    // The latest staff month is the one time report not signed: December's.
    const q4 = await callOk(p.dispatch, 'reports.readiness', { kind: 'kvartalsrapport', periodId: periodId('2025 kvartal 4') });
    expect(q4.items.find((i) => i.key === 'unsignedStaffMonths')).toMatchObject({ count: 5 });
  });
});

describe('fillEsfPlusDemo refuses a project with data', () => {
  it('returns false and changes nothing when the KUB demo is in, or a single unit was entered, or it ran already', async () => {
    for (const fill of [
      (t: TestProject) => fillDemoProject(t.ctx),
      (t: TestProject) => callOk(t.dispatch, 'libraryUnits.create', { municipalityCode: '1780', name: 'Karlstads stadsbibliotek', kind: 'huvudbibliotek' }),
      (t: TestProject) => fillEsfPlusDemo(t.ctx),
    ]) {
      const t = await openTestProject();
      try {
        await fill(t);
        const before = snapshot(t.sqlite);
        expect(await fillEsfPlusDemo(t.ctx)).toBe(false);
        expect(snapshot(t.sqlite)).toEqual(before);
      } finally {
        await t.cleanup();
      }
    }
  });
});
