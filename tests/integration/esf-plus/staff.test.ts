import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staffYearOf } from '../../../electron/core/esf-plus/staff-time';
import { getEsfSettings } from '../../../electron/core/esf/settings';
import { naturalId } from '../../../electron/core/ids';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';

/*
 * The project's own staff and their monthly time under ESF+ (issue 17).
 *
 * Karin, project manager in Karlstad, 42 000 kr a month with employer's
 * contributions: 42 000 × 12 ÷ 1 720 = 293,023… → 293,02 kr an hour.
 * Her 2024: 160 h in each of January–November (1 760 h) and 100 h in
 * December, 1 860 h in all. The cap of 1 720 h is reached in November:
 * January–October fill 1 600 h, November counts 120 of its 160 h,
 * December none. Eligible 1 720 h, capped 140 h.
 * Cost per month, one fraction each: 160 h → 160 × 42 000 × 12 ÷ 1 720
 * = 80 640 000 ÷ 1 720 = 46 883,72093… → 46 883,72 kr; 120 h → 60 480 000
 * ÷ 1 720 = 35 162,79069… → 35 162,79 kr. The year: 10 × 46 883,72 +
 * 35 162,79 = 503 999,99 kr: each month rounded on its own, one öre below
 * the 504 000 kr that 1 720 h × 42 000 × 12 ÷ 1 720 would make at once.
 */

let project: TestProject;
const karinInput = { name: 'Karin Lund', role: 'Projektledare', municipalityCode: '1780', monthlySalary: 42_000, startDate: '2024-01-01', endDate: null };

beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const months = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

describe('staff', () => {
  it('creates, lists in name order with search on name and role, updates and removes a staff member', async () => {
    const karin = await callOk(project.dispatch, 'staff.create', karinInput);
    expect(karin).toMatchObject({ name: 'Karin Lund', municipalityName: 'Karlstad', monthlySalary: 42_000, hourlyCostOre: 29_302 });
    await callOk(project.dispatch, 'staff.create', { name: 'Åke Berg', role: 'Utbildare', municipalityCode: '0380', monthlySalary: 36_000 });
    await callOk(project.dispatch, 'staff.create', { name: 'Ali Hassan', role: 'Ekonom', municipalityCode: '0380', monthlySalary: 38_000 });
    const all = await callOk(project.dispatch, 'staff.list', {});
    expect(all.rows.map((r) => r.name)).toEqual(['Ali Hassan', 'Karin Lund', 'Åke Berg']);
    expect(all.total).toBe(3);
    expect((await callOk(project.dispatch, 'staff.list', { search: 'utbild' })).rows.map((r) => r.name)).toEqual(['Åke Berg']);
    expect((await callOk(project.dispatch, 'staff.list', { search: 'åke' })).rows.map((r) => r.name)).toEqual(['Åke Berg']);
    const page = await callOk(project.dispatch, 'staff.list', { offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, offset: 1, limit: 1, rows: [{ name: 'Karin Lund' }] });

    const updated = await callOk(project.dispatch, 'staff.update', { ...karinInput, id: karin.id, monthlySalary: 43_000, role: '' });
    expect(updated).toMatchObject({ monthlySalary: 43_000, role: null, hourlyCostOre: 30_000 });
    expect(await callOk(project.dispatch, 'staff.delete', { id: karin.id })).toEqual({ id: karin.id });
    expect((await callOk(project.dispatch, 'staff.list', {})).total).toBe(2);
    expect(countRows(project.sqlite, 'project_staff', `id = '${karin.id}' and deleted_at is not null`)).toBe(1);
  });

  it('refuses a missing name, a salary of 0, an unknown municipality and an end before the start, in Swedish, writing nothing', async () => {
    const before = snapshot(project.sqlite);
    expect((await callErr(project.dispatch, 'staff.create', { ...karinInput, name: ' ' })).fieldErrors?.name).toBeDefined();
    expect((await callErr(project.dispatch, 'staff.create', { ...karinInput, monthlySalary: 0 })).fieldErrors?.monthlySalary).toBeDefined();
    expect((await callErr(project.dispatch, 'staff.create', { ...karinInput, endDate: '2023-12-31' })).fieldErrors?.endDate).toBeDefined();
    expect(await callErr(project.dispatch, 'staff.create', { ...karinInput, municipalityCode: '9999' })).toEqual({ code: 'NOT_FOUND', message: 'Kommunen 9999 finns inte.' });
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });
});

describe('staff time', () => {
  it('applies the annual cap month by month and values the eligible hours at the unit cost, to the öre', async () => {
    const karin = await callOk(project.dispatch, 'staff.create', karinInput);
    for (const month of months(2024)) {
      await callOk(project.dispatch, 'staffTime.set', { staffId: karin.id, month, hours: month === '2024-12' ? 100 : 160, signed: false });
    }
    const year = await callOk(project.dispatch, 'staffTime.year', { year: 2024 });
    expect(year).toMatchObject({ year: 2024, annualHourCap: 1720, total: 1 });
    const row = year.rows[0]!;
    expect(row).toMatchObject({ name: 'Karin Lund', hourlyCostOre: 29_302, totalHours: 1860, eligibleHours: 1720, cappedHours: 140, amountOre: 50_399_999 });
    expect(row.months.map((m) => m.eligibleHours)).toEqual([160, 160, 160, 160, 160, 160, 160, 160, 160, 160, 120, 0]);
    expect(row.months[11]).toEqual({ month: '2024-12', hours: 100, eligibleHours: 0, signed: false, signedOn: null });
    // A new year starts a new cap; a month without a row reads as 0 hours.
    await callOk(project.dispatch, 'staffTime.set', { staffId: karin.id, month: '2025-01', hours: 12.25, signed: false });
    const next = (await callOk(project.dispatch, 'staffTime.year', { year: 2025 })).rows[0]!;
    // 12,25 h: 49 quarters × 42 000 × 1 200 ÷ (1 720 × 4) = 2 469 600 000 ÷ 6 880 = 358 953,48… öre → 3 589,53 kr.
    expect(next).toMatchObject({ totalHours: 12.25, eligibleHours: 12.25, cappedHours: 0, amountOre: 358_953 });
    expect(next.months[1]).toEqual({ month: '2025-02', hours: 0, eligibleHours: 0, signed: false, signedOn: null });
  });

  it('writes one row per person and month with the natural id, signs it today unless a day is given, and removes it at 0 hours', async () => {
    const karin = await callOk(project.dispatch, 'staff.create', karinInput);
    const set = await callOk(project.dispatch, 'staffTime.set', { staffId: karin.id, month: '2024-03', hours: 80.5, signed: true, note: 'Kick-off' });
    // The test clock stands at 1 February 2012.
    expect(set).toEqual({ staffId: karin.id, month: '2024-03', hours: 80.5, signed: true, signedOn: '2012-02-01', note: 'Kick-off' });
    await callOk(project.dispatch, 'staffTime.set', { staffId: karin.id, month: '2024-03', hours: 82, signed: true, signedOn: '2024-04-02' });
    const rows = project.sqlite.prepare('select id, hours, signed_on, note, deleted_at from staff_time').all();
    // The year grid sends no note: the one stored stays.
    expect(rows).toEqual([{ id: naturalId('staff_time', karin.id, '2024-03'), hours: 82, signed_on: '2024-04-02', note: 'Kick-off', deleted_at: null }]);
    await callOk(project.dispatch, 'staffTime.set', { staffId: karin.id, month: '2024-03', hours: 82, signed: true, signedOn: '2024-04-02', note: ' ' });
    expect(project.sqlite.prepare('select note from staff_time').pluck().get()).toBeNull();

    expect(await callOk(project.dispatch, 'staffTime.set', { staffId: karin.id, month: '2024-03', hours: 0, signed: false })).toMatchObject({ hours: 0, signed: false });
    expect(countRows(project.sqlite, 'staff_time', 'deleted_at is null')).toBe(0);
    // Set again, the same row comes back to life.
    await callOk(project.dispatch, 'staffTime.set', { staffId: karin.id, month: '2024-03', hours: 8, signed: false });
    expect(project.sqlite.prepare('select hours, signed_on, deleted_at from staff_time').all()).toEqual([{ hours: 8, signed_on: null, deleted_at: null }]);
  });

  it('refuses negative hours, a tenth of an hour, a signed month without hours, a month outside the employment and an unknown person, writing nothing', async () => {
    const karin = await callOk(project.dispatch, 'staff.create', karinInput);
    const before = snapshot(project.sqlite);
    const set = (input: Record<string, unknown>) => callErr(project.dispatch, 'staffTime.set', { staffId: karin.id, month: '2024-03', signed: false, ...input });
    expect((await set({ hours: -1 })).fieldErrors?.hours).toBe('Timmar i en månad ska vara 0–744.');
    expect((await set({ hours: 0.1 })).fieldErrors?.hours).toBe('Ange timmar i hela kvartstimmar, till exempel 12,25.');
    expect((await set({ hours: 0, signed: true })).fieldErrors?.signed).toBe('En signerad tidrapport behöver timmar. Ange timmarna eller ta bort signeringen.');
    expect((await set({ hours: 10, month: '2023-12' })).fieldErrors?.month).toBe('Karin Lund är inte anställd i projektet under december 2023. Ändra anställningens datum eller välj en annan månad.');
    expect((await set({ hours: 10, month: '2024-13' })).fieldErrors?.month).toBeDefined();
    expect(await set({ hours: 10, staffId: '01890000-0000-7000-8000-00000000dead' })).toEqual({ code: 'NOT_FOUND', message: 'Posten finns inte längre.' });
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });

  it('keeps a person with recorded hours and the employment around their hours', async () => {
    const karin = await callOk(project.dispatch, 'staff.create', karinInput);
    await callOk(project.dispatch, 'staffTime.set', { staffId: karin.id, month: '2024-05', hours: 40, signed: false });
    const before = snapshot(project.sqlite);
    expect(await callErr(project.dispatch, 'staff.delete', { id: karin.id })).toEqual({ code: 'CONFLICT', message: 'Karin Lund har registrerad tid och kan inte tas bort. Ta bort timmarna först.' });
    expect((await callErr(project.dispatch, 'staff.update', { ...karinInput, id: karin.id, endDate: '2024-04-30' })).fieldErrors).toEqual({
      endDate: 'Karin Lund har registrerad tid i maj 2024, utanför de nya datumen.',
    });
    expect((await callErr(project.dispatch, 'staff.update', { ...karinInput, id: karin.id, startDate: '2024-06-01' })).fieldErrors).toEqual({
      startDate: 'Karin Lund har registrerad tid i maj 2024, utanför de nya datumen.',
    });
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
    // An end within the month of the hours keeps them inside; without hours the person can go.
    await callOk(project.dispatch, 'staff.update', { ...karinInput, id: karin.id, endDate: '2024-05-15' });
    await callOk(project.dispatch, 'staffTime.set', { staffId: karin.id, month: '2024-05', hours: 0, signed: false });
    await callOk(project.dispatch, 'staff.delete', { id: karin.id });
    expect(await callErr(project.dispatch, 'staffTime.set', { staffId: karin.id, month: '2024-05', hours: 1, signed: false })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists for a year the staff employed in it, searched and paged; the tidrapport reads one person', async () => {
    const karin = await callOk(project.dispatch, 'staff.create', karinInput);
    await callOk(project.dispatch, 'staff.create', { name: 'Åke Berg', role: 'Utbildare', municipalityCode: '0380', monthlySalary: 36_000, startDate: '2025-01-01' });
    await callOk(project.dispatch, 'staff.create', { name: 'Ali Hassan', role: 'Ekonom', municipalityCode: '0380', monthlySalary: 38_000, endDate: '2023-12-31' });
    expect((await callOk(project.dispatch, 'staffTime.year', { year: 2024 })).rows.map((r) => r.name)).toEqual(['Karin Lund']);
    const y2025 = await callOk(project.dispatch, 'staffTime.year', { year: 2025 });
    expect(y2025.rows.map((r) => r.name)).toEqual(['Karin Lund', 'Åke Berg']);
    expect((await callOk(project.dispatch, 'staffTime.year', { year: 2025, search: 'utbild' })).rows.map((r) => r.name)).toEqual(['Åke Berg']);
    expect(await callOk(project.dispatch, 'staffTime.year', { year: 2025, offset: 1, limit: 1 })).toMatchObject({ total: 2, rows: [{ name: 'Åke Berg' }] });

    await callOk(project.dispatch, 'staffTime.set', { staffId: karin.id, month: '2024-02', hours: 10, signed: true, signedOn: '2024-03-01' });
    const one = await staffYearOf(project.ctx.db, await getEsfSettings(project.ctx.db), karin.id, 2024);
    expect(one.months[1]).toEqual({ month: '2024-02', hours: 10, eligibleHours: 10, signed: true, signedOn: '2024-03-01' });
    // 10 h × 42 000 × 12 ÷ 1 720 = 2 930,232… → 2 930,23 kr.
    expect(one.amountOre).toBe(293_023);
  });
});
