import { describe, expect, it } from 'vitest';
import { buildItinerary } from '../../../electron/core/tours/itinerary';
import { translate } from '../../../shared/i18n';
import { dayRulesSchema, type BuildItineraryInput, type DayRulesInput } from '../../../shared/domain/tours';

const rules = (overrides: DayRulesInput = {}) => dayRulesSchema.parse(overrides);

/** Karlstad → Torsby → Arvika → Säffle → Karlstad, roughly real road figures. */
function varmlandTour(overrides: Partial<BuildItineraryInput> = {}): BuildItineraryInput {
  return {
    base: { name: 'Karlstad' },
    stops: [{ name: 'Torsby' }, { name: 'Arvika' }, { name: 'Säffle' }],
    legs: [
      { km: 100, minutes: 90 },
      { km: 75, minutes: 70 },
      { km: 60, minutes: 55 },
      { km: 55, minutes: 45 },
    ],
    baseLegs: [
      { km: 100, minutes: 90 },
      { km: 70, minutes: 60 },
      { km: 55, minutes: 45 },
    ],
    startDate: '2025-03-04',
    rules: rules(),
    ...overrides,
  };
}

describe('dayRulesSchema', () => {
  it('fills in the defaults of a SWOT day', () => {
    expect(rules()).toEqual({
      workdayStart: '08:00',
      workdayEnd: '17:00',
      visitMinutes: 360,
      maxDrivingMinutesPerDay: 300,
      overnightAllowed: true,
      skipWeekends: true,
      skipHolidays: true,
    });
  });

  it('rejects a workday that ends before it starts, in Swedish', () => {
    const result = dayRulesSchema.safeParse({ workdayStart: '16:00', workdayEnd: '08:00' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('validation.workdayOrder');
  });

  it('rejects a visit longer than the workday, in Swedish', () => {
    const result = dayRulesSchema.safeParse({ workdayStart: '09:00', workdayEnd: '15:00', visitMinutes: 400 });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['validation.visitLongerThanDay']);
  });

  it('rejects malformed clocks and out-of-range visits with Swedish messages', () => {
    const result = dayRulesSchema.safeParse({ workdayStart: '8', visitMinutes: 20 });
    expect(result.error?.issues.map((i) => translate(i.message))).toEqual([
      'Arbetsdagens start måste anges som TT:MM, till exempel 08:00.',
      'Besökets längd ska vara hela minuter från 30 till 600.',
    ]);
  });
});

describe('buildItinerary', () => {
  it('fits a short 3-stop tour into one day', () => {
    const plan = buildItinerary({
      base: { name: 'Karlstad' },
      stops: [{ name: 'Hammarö' }, { name: 'Kil' }, { name: 'Forshaga' }],
      legs: [
        { km: 15, minutes: 15 },
        { km: 25, minutes: 25 },
        { km: 20, minutes: 20 },
        { km: 20, minutes: 20 },
      ],
      startDate: '2025-03-04',
      rules: rules({ visitMinutes: 90 }),
    });
    expect(plan.days).toHaveLength(1);
    const [day] = plan.days;
    expect(day?.visits.map((v) => [v.name, v.start, v.end])).toEqual([
      ['Hammarö', '08:15', '09:45'],
      ['Kil', '10:10', '11:40'],
      ['Forshaga', '12:00', '13:30'],
    ]);
    expect(day?.legs.at(-1)).toMatchObject({ from: 'Forshaga', to: 'Karlstad', arrival: '13:50' });
    expect(plan.totals).toEqual({ km: 80, drivingMinutes: 80, days: 1, overnights: 0 });
    expect(plan.warnings).toEqual([]);
  });

  it('stays overnight on a long Värmland tour, driving on after a visit so the next day starts with the next one', () => {
    // Without the ways home, every night is spent on the road.
    const plan = buildItinerary(varmlandTour({ baseLegs: undefined }));
    expect(plan.days.map((d) => [d.date, d.overnight])).toEqual([
      ['2025-03-04', 'Arvika'],
      ['2025-03-05', 'Säffle'],
      ['2025-03-06', null],
    ]);
    expect(plan.days[0]?.visits[0]).toMatchObject({ name: 'Torsby', start: '09:30', end: '15:30' });
    expect(plan.days[0]?.legs[1]).toMatchObject({ from: 'Torsby', to: 'Arvika', departure: '15:30', arrival: '16:40' });
    expect(plan.days[1]?.visits[0]).toMatchObject({ name: 'Arvika', start: '08:00', end: '14:00' });
    expect(plan.days[2]?.legs.at(-1)).toMatchObject({ from: 'Säffle', to: 'Karlstad', arrival: '14:45' });
    expect(plan.totals).toEqual({ km: 290, drivingMinutes: 260, days: 3, overnights: 2 });
    expect(plan.warnings).toEqual([]);
  });

  it('goes home for the night from a stop within an hour of the base, and drives out again next morning', () => {
    // Arvika is 60 min from Karlstad: home for the night rather than a hotel in Säffle.
    const plan = buildItinerary(varmlandTour());
    expect(plan.days.map((d) => [d.date, d.overnight])).toEqual([
      ['2025-03-04', 'Arvika'],
      ['2025-03-05', null],
      ['2025-03-06', null],
    ]);
    expect(plan.days[1]?.legs.at(-1)).toMatchObject({ from: 'Arvika', to: 'Karlstad', departure: '14:00', arrival: '15:00' });
    expect(plan.days[2]?.legs[0]).toMatchObject({ from: 'Karlstad', to: 'Säffle', departure: '08:00', arrival: '08:45' });
    expect(plan.totals.overnights).toBe(1);
  });

  it('leaves out the zero leg of a SWOT day in the base municipality itself', () => {
    const plan = buildItinerary(varmlandTour({ stops: [{ name: 'Karlstad' }, { name: 'Torsby' }], legs: [{ km: 0, minutes: 0 }, { km: 100, minutes: 90 }, { km: 100, minutes: 90 }], baseLegs: [{ km: 0, minutes: 0 }, { km: 100, minutes: 90 }] }));
    expect(plan.days[0]?.visits[0]).toMatchObject({ name: 'Karlstad', start: '08:00' });
    expect(plan.days.flatMap((d) => d.legs).some((l) => l.from === l.to)).toBe(false);
  });

  it('returns to base every day when overnight is not allowed', () => {
    const plan = buildItinerary(varmlandTour({ rules: rules({ overnightAllowed: false }) }));
    expect(plan.days.map((d) => d.legs.map((l) => `${l.from}→${l.to}`))).toEqual([
      ['Karlstad→Torsby', 'Torsby→Karlstad'],
      ['Karlstad→Arvika', 'Arvika→Karlstad'],
      ['Karlstad→Säffle', 'Säffle→Karlstad'],
    ]);
    expect(plan.days[0]?.legs[1]?.arrival).toBe('17:00');
    expect(plan.days.map((d) => d.drivingMinutes)).toEqual([180, 120, 90]);
    expect(plan.totals).toEqual({ km: 450, drivingMinutes: 390, days: 3, overnights: 0 });
    expect(plan.warnings).toEqual([]);
  });

  it('continues a tour started on a Friday on Monday', () => {
    const plan = buildItinerary(varmlandTour({ startDate: '2025-01-03' }));
    expect(plan.days.map((d) => d.date)).toEqual(['2025-01-03', '2025-01-06', '2025-01-07']);
    expect(plan.days[0]?.overnight).toBe('Arvika');
  });

  it('keeps weekend days when weekends are not skipped', () => {
    const plan = buildItinerary(varmlandTour({ startDate: '2025-01-03', rules: rules({ skipWeekends: false }) }));
    expect(plan.days.map((d) => d.date)).toEqual(['2025-01-03', '2025-01-04', '2025-01-05']);
  });

  it('never plans a day on a closed date, neither at the start nor in the middle of the tour', () => {
    const closedDates = new Set(['2012-05-16', '2012-05-17']);
    const plan = buildItinerary(varmlandTour({ startDate: '2012-05-16', closedDates }));
    expect(plan.days.map((d) => d.date)).toEqual(['2012-05-18', '2012-05-21', '2012-05-22']);
  });

  it('ends a tour at a different base when one is given', () => {
    const plan = buildItinerary(varmlandTour({ end: { name: 'Kristinehamn' } }));
    expect(plan.days.at(-1)?.legs.at(-1)?.to).toBe('Kristinehamn');
  });

  it('moves a weekend start date to the Monday', () => {
    const plan = buildItinerary(varmlandTour({ startDate: '2025-01-04' }));
    expect(plan.days[0]?.date).toBe('2025-01-06');
  });

  it('drives a leg longer than the daily maximum alone, with a Swedish warning', () => {
    const plan = buildItinerary({
      base: { name: 'Karlstad' },
      stops: [{ name: 'Kiruna' }],
      legs: [
        { km: 1100, minutes: 420 },
        { km: 1100, minutes: 420 },
      ],
      startDate: '2025-03-04',
      rules: rules(),
    });
    expect(plan.days.map((d) => [d.legs.length, d.visits.length, d.overnight])).toEqual([
      [1, 0, 'Kiruna'],
      [0, 1, 'Kiruna'],
      [1, 0, null],
    ]);
    expect(plan.days[1]?.visits[0]).toMatchObject({ start: '08:00', end: '14:00' });
    expect(plan.warnings).toHaveLength(2);
    expect(plan.warnings[0]).toMatch(/^2025-03-04: Sträckan Karlstad → Kiruna tar 420 min, mer än högst 300 min/);
  });

  it('warns when a day trip cannot fit without overnight', () => {
    const plan = buildItinerary({
      base: { name: 'Karlstad' },
      stops: [{ name: 'Kiruna' }],
      legs: [
        { km: 1100, minutes: 420 },
        { km: 1100, minutes: 420 },
      ],
      startDate: '2025-03-04',
      rules: rules({ overnightAllowed: false }),
    });
    expect(plan.days).toHaveLength(1);
    expect(plan.warnings).toEqual([expect.stringContaining('Kiruna kan inte nås, besökas och lämnas')]);
  });

  it('returns an empty itinerary for a route without stops', () => {
    const plan = buildItinerary({ ...varmlandTour(), stops: [], legs: [{ km: 0, minutes: 0 }], baseLegs: [] });
    expect(plan).toEqual({ days: [], totals: { km: 0, drivingMinutes: 0, days: 0, overnights: 0 }, warnings: [] });
  });

  it('rejects legs that do not match the stops', () => {
    expect(() => buildItinerary({ ...varmlandTour(), legs: [] })).toThrow(/behöver 4 sträckor/);
  });
});
