import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const VARMLAND = ['1715', '1730', '1737', '1760', '1761', '1762', '1763', '1764', '1765', '1766', '1780', '1781', '1782', '1783', '1784', '1785'];

const planInput = (overrides: Partial<InputOf<'tours.plan'>> = {}): InputOf<'tours.plan'> => ({
  municipalityCodes: ['1737', '1784', '1730'],
  startCode: '1780',
  endCode: '1780',
  startDate: '2012-03-05',
  endDate: '2012-03-16',
  rules: {},
  ...overrides,
});

describe('planning a tour', () => {
  it('orders the stops from the base and back, with road legs and a day-by-day itinerary', async () => {
    const plan = await callOk(project.dispatch, 'tours.plan', planInput());
    expect(plan.exact).toBe(true);
    expect(plan.start.name).toBe('Karlstad');
    expect(plan.stops.map((s) => s.name).sort()).toEqual(['Arvika', 'Eda', 'Torsby']);
    expect(plan.legs).toHaveLength(4);
    expect(plan.legs[0]!.fromCode).toBe('1780');
    expect(plan.legs.at(-1)!.toCode).toBe('1780');
    // Eda lies between Arvika and Torsby's latitude band, so Torsby is never in the middle of the three.
    expect(plan.stops[1]!.name).not.toBe('Torsby');
    const visits = plan.itinerary.days.flatMap((d) => d.visits.map((v) => ({ date: d.date, name: v.name })));
    expect(visits).toHaveLength(3);
    expect(visits[0]!.date).toBe('2012-03-05');
    expect(plan.itinerary.totals.km).toBeCloseTo(plan.legs.reduce((s, l) => s + l.km, 0), 5);
  });

  it('uses the road factor and speed from the settings', async () => {
    const before = await callOk(project.dispatch, 'tours.plan', planInput());
    await callOk(project.dispatch, 'tourSettings.update', { roadFactor: 1.5, speedKmh: 60 });
    const after = await callOk(project.dispatch, 'tours.plan', planInput());
    const first = (p: typeof before) => p.legs.find((l) => l.toCode === '1737' || l.fromCode === '1737')!;
    expect(first(after).computedKm / first(before).computedKm).toBeCloseTo(1.5 / 1.3, 2);
    expect(await callOk(project.dispatch, 'tourSettings.get', {})).toEqual({ roadFactor: 1.5, speedKmh: 60 });
  });

  it('remembers an overridden leg in both directions and can go back to the computed one', async () => {
    await callOk(project.dispatch, 'legOverrides.set', { fromCode: '1784', toCode: '1737', km: 111.5, minutes: 99 });
    const plan = await callOk(project.dispatch, 'tours.plan', planInput({ municipalityCodes: ['1737', '1784'], keepOrder: true }));
    expect(plan.legs[1]).toMatchObject({ fromCode: '1737', toCode: '1784', km: 111.5, minutes: 99, overridden: true });
    expect(plan.legs[1]!.computedKm).not.toBe(111.5);
    expect(await callOk(project.dispatch, 'legOverrides.list', {})).toEqual([{ fromCode: '1737', toCode: '1784', km: 111.5, minutes: 99 }]);
    await callOk(project.dispatch, 'legOverrides.set', { fromCode: '1737', toCode: '1784', km: 120, minutes: 105 });
    expect(countRows(project.sqlite, 'leg_overrides')).toBe(1);
    await callOk(project.dispatch, 'legOverrides.clear', { fromCode: '1784', toCode: '1737' });
    const cleared = await callOk(project.dispatch, 'tours.plan', planInput({ municipalityCodes: ['1737', '1784'], keepOrder: true }));
    expect(cleared.legs[1]).toMatchObject({ overridden: false, km: cleared.legs[1]!.computedKm });
  });

  it('skips the Ascension Day holiday and the weekend when laying out the days', async () => {
    const plan = await callOk(project.dispatch, 'tours.plan', planInput({ startDate: '2012-05-16', endDate: '2012-05-25', municipalityCodes: ['1737', '1784', '1730'], rules: { visitMinutes: 420 } }));
    const dates = plan.itinerary.days.map((d) => d.date);
    expect(dates).not.toContain('2012-05-17');
    expect(dates).not.toContain('2012-05-19');
    expect(dates[0]).toBe('2012-05-16');
  });

  it('warns when the tour runs past the chosen end date, and about SWOT days already booked', async () => {
    await callOk(project.dispatch, 'visits.create', { municipalityCode: '1737', kind: 'swot_dag', date: '2012-02-20', startTime: '09:00', endTime: '15:00', status: 'bokad' });
    const plan = await callOk(project.dispatch, 'tours.plan', planInput({ municipalityCodes: VARMLAND, endDate: '2012-03-06' }));
    expect(plan.exact).toBe(false);
    expect(plan.warnings).toContainEqual(expect.stringMatching(/^Resan slutar .* efter det valda slutdatumet 6 mars 2012\.$/));
    expect(plan.warnings).toContain('Torsby har redan en SWOT-dag 20 februari 2012.');
  });

  it.each([
    [{ municipalityCodes: [] }, 'municipalityCodes', 'Välj minst en kommun att besöka.'],
    [{ municipalityCodes: ['1737', '1737'] }, 'municipalityCodes', 'En kommun är vald två gånger.'],
    [{ endDate: '2012-03-01' }, 'endDate', 'Slutdatumet får inte vara före startdatumet.'],
    [{ rules: { workdayStart: '17:00', workdayEnd: '08:00' } }, 'rules.workdayEnd', 'Arbetsdagen måste sluta efter att den börjar.'],
    [{ rules: { maxDrivingMinutesPerDay: 0 } }, 'rules.maxDrivingMinutesPerDay', 'Körtiden per dag ska vara hela minuter från 1 till 1 440.'],
  ])('refuses %o with a Swedish message', async (bad, field, message) => {
    const error = await callErr(project.dispatch, 'tours.plan', planInput(bad as Partial<InputOf<'tours.plan'>>));
    expect(error.fieldErrors?.[field]).toBe(message);
  });

  it('refuses an unknown municipality and bad leg overrides without writing', async () => {
    expect((await callErr(project.dispatch, 'tours.plan', planInput({ municipalityCodes: ['9999'] }))).message).toBe('Kommunen 9999 finns inte.');
    const before = snapshot(project.sqlite);
    expect((await callErr(project.dispatch, 'legOverrides.set', { fromCode: '1737', toCode: '1737', km: 1, minutes: 1 })).fieldErrors?.toCode).toBe('En sträcka måste gå mellan två olika kommuner.');
    expect((await callErr(project.dispatch, 'legOverrides.set', { fromCode: '1737', toCode: '1784', km: -5, minutes: 1 })).fieldErrors?.km).toBe('Sträckan ska vara från 0 till 2 000 km.');
    expect((await callErr(project.dispatch, 'tourSettings.update', { roadFactor: 0.5, speedKmh: 70 })).fieldErrors?.roadFactor).toBe('Vägfaktorn ska vara ett tal från 1,0 till 3,0.');
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });
});

describe('accepting a tour', () => {
  it('books one proposed SWOT-day visit per stop at the planned times, at the main library, in one go', async () => {
    const unit = await callOk(project.dispatch, 'libraryUnits.create', { municipalityCode: '1737', name: 'Torsby bibliotek', kind: 'huvudbibliotek' });
    await callOk(project.dispatch, 'libraryUnits.create', { municipalityCode: '1737', name: 'Östmarks filial', kind: 'filial' });
    const detail = await callOk(project.dispatch, 'tours.accept', { ...planInput({ municipalityCodes: VARMLAND }), name: 'Värmland runt', coordinators: ['Anna Samordnare'] });
    expect(detail.visits).toHaveLength(16);
    expect(new Set(detail.visits.map((v) => v.municipalityCode))).toEqual(new Set(VARMLAND));
    expect(detail.visits.every((v) => v.status === 'forslag' && v.kind === 'swot_dag' && v.tourName === 'Värmland runt')).toBe(true);
    expect(detail.visits.find((v) => v.municipalityCode === '1737')?.libraryUnitId).toBe(unit.id);
    for (const day of detail.plan.itinerary.days) {
      for (const planned of day.visits) {
        const booked = detail.visits.find((v) => v.municipalityName === planned.name)!;
        expect([booked.date, booked.startTime, booked.endTime]).toEqual([day.date, planned.start, planned.end]);
      }
    }
    // The stored order is kept when the tour is read back, so the plan does not shuffle under the coordinator.
    const again = await callOk(project.dispatch, 'tours.get', { id: detail.tour.id });
    expect(again.plan.stops.map((s) => s.code)).toEqual(detail.plan.stops.map((s) => s.code));
    expect(again.tour.stopCodes).toEqual(detail.plan.stops.map((s) => s.code));
    // Its own visits are no reason to warn on the tour's own page.
    expect(again.plan.warnings.filter((w) => w.includes('har redan en SWOT-dag'))).toEqual([]);
    const progress = await callOk(project.dispatch, 'visits.progress', { countyCode: '17' });
    expect(progress.counties[0]).toMatchObject({ planned: 16, notPlanned: 0 });
    expect(await callOk(project.dispatch, 'tours.list', {})).toEqual([expect.objectContaining({ name: 'Värmland runt', startName: 'Karlstad', visitCount: 16 })]);
  });

  it('refuses a tour without a name and books nothing', async () => {
    const error = await callErr(project.dispatch, 'tours.accept', { ...planInput(), name: '  ', coordinators: [] });
    expect(error.fieldErrors?.name).toBe('Fältet måste fyllas i.');
    expect(countRows(project.sqlite, 'visits')).toBe(0);
    expect(countRows(project.sqlite, 'tours')).toBe(0);
  });

  it('deleting a tour removes its proposals and keeps booked visits, no longer tied to the tour', async () => {
    const detail = await callOk(project.dispatch, 'tours.accept', { ...planInput(), name: 'Västra Värmland', coordinators: [] });
    const kept = detail.visits[0]!;
    await callOk(project.dispatch, 'visits.update', { ...kept, status: 'bokad' });
    expect(await callOk(project.dispatch, 'tours.delete', { id: detail.tour.id })).toEqual({ id: detail.tour.id, deletedVisits: 2 });
    const { rows: left } = await callOk(project.dispatch, 'visits.list', {});
    expect(left).toEqual([expect.objectContaining({ id: kept.id, tourId: null, status: 'bokad' })]);
    expect(await callOk(project.dispatch, 'tours.list', {})).toEqual([]);
  });
});
