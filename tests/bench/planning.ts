import type BetterSqlite3 from 'better-sqlite3';
import { Faker, base, sv } from '@faker-js/faker';
import type { Clock } from '../../electron/core/clock';
import { newId } from '../../electron/core/ids';
import { typedCostCategories } from '../../shared/domain/esf';
import { perspectives, quadrants } from '../../shared/domain/swot';
import type { Scale } from './datasets';

/*
 * The planning side of a roll-out, so that the bench measures every page a
 * user opens: a SWOT day per municipality with its notes (tagged with
 * competence areas, as the mapping counts them), visits, tours, costs,
 * financing and a budget for every reporting period. Written with prepared
 * statements in one transaction, capture off (see buildScale).
 */

export const planningScales: Record<Scale, { notes: number; visitsPerMunicipality: number; tours: number; costs: number; financing: number }> = {
  kub: { notes: 1_500, visitsPerMunicipality: 2, tours: 4, costs: 400, financing: 60 },
  national: { notes: 100_000, visitsPerMunicipality: 4, tours: 40, costs: 20_000, financing: 2_000 },
};

const planningSeed = 2014;

const noteWords = [
  'e-böcker', 'surfplattor', 'bemötande', 'läsfrämjande', 'ledarskap', 'språkcaféer', 'digital delaktighet', 'mediebudget',
  'samarbete med skolan', 'nya målgrupper', 'öppettider', 'marknadsföring', 'lokaler', 'fortbildning', 'nätverk', 'statistik',
];

const detailWords = [
  'behöver', 'mer', 'tid', 'för', 'personalen', 'saknar', 'kunskap', 'om', 'vill', 'utveckla', 'samverkan', 'med', 'kommunen',
  'barn', 'unga', 'äldre', 'nyanlända', 'skolbibliotek', 'filialer', 'bokbussen', 'kvällar', 'helger', 'ekonomi', 'verktyg',
];

export function insertPlanning(sqlite: BetterSqlite3.Database, scale: Scale, clock: Clock): void {
  const spec = planningScales[scale];
  const faker = new Faker({ locale: [sv, base], seed: planningSeed });
  const now = clock.now().toISOString();
  const municipalities = sqlite.prepare('select code from municipalities order by code').pluck().all() as string[];
  const areas = sqlite.prepare('select id from competence_areas where deleted_at is null order by sort_order').pluck().all() as string[];
  const periods = sqlite.prepare('select id from reporting_periods where deleted_at is null order by start_date').pluck().all() as string[];

  const day = sqlite.prepare(
    `insert into swot_days (id, municipality_code, date, facilitators, participants_women, participants_men, participants_other, status, created_at, updated_at)
     values (?, ?, ?, 'Anna Samordnare', ?, ?, 0, ?, ?, ?)`,
  );
  const note = sqlite.prepare(
    `insert into swot_notes (id, swot_day_id, perspective, quadrant, text, position, priority, area_ids, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const visit = sqlite.prepare(
    `insert into visits (id, municipality_code, swot_day_id, tour_id, kind, title, date, start_time, end_time, coordinators, status, sequence, created_at, updated_at)
     values (?, ?, ?, ?, ?, null, ?, '09:00', '15:00', '["Anna Samordnare"]', ?, 0, ?, ?)`,
  );
  const tour = sqlite.prepare(
    `insert into tours (id, name, start_code, end_code, start_date, end_date, rules, stop_codes, coordinators, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, '["Anna Samordnare"]', ?, ?)`,
  );
  const cost = sqlite.prepare(
    `insert into costs (id, date, category, amount_ore, supplier, note, voucher_number, created_at, updated_at) values (?, ?, ?, ?, ?, null, ?, ?, ?)`,
  );
  const financing = sqlite.prepare(
    `insert into financing_entries (id, date, source, financier, amount_ore, voucher_number, note, created_at, updated_at) values (?, ?, 'kontanta_medel', ?, ?, ?, null, ?, ?)`,
  );
  const budget = sqlite.prepare(`insert into budget_lines (id, period_id, category, amount_ore, created_at, updated_at) values (?, ?, ?, ?, ?, ?)`);
  const rules = JSON.stringify({ workdayStart: '08:00', workdayEnd: '17:00', visitMinutes: 240, maxDrivingMinutes: 300, overnightAllowed: true, skipWeekends: true, skipHolidays: true });

  const dateIn = (fromDay: number, spanDays: number, i: number) => new Date(Date.UTC(2012, 1, 1) + (fromDay + (i % spanDays)) * 86_400_000).toISOString().slice(0, 10);

  sqlite.transaction(() => {
    const perDay = Math.ceil(spec.notes / municipalities.length);
    let notes = 0;
    municipalities.forEach((code, m) => {
      const dayId = newId(clock);
      const dayDate = dateIn(30, 200, m * 3);
      day.run(dayId, code, dayDate, 8 + (m % 9), 2 + (m % 4), m % 5 === 0 ? 'genomford' : 'rapporterad', now, now);
      for (let n = 0; n < perDay && notes < spec.notes; n++, notes++) {
        const tagged = [areas[(m + n) % areas.length]!, ...(n % 3 === 0 ? [areas[(m + n + 4) % areas.length]!] : [])];
        note.run(
          newId(clock),
          dayId,
          perspectives[n % perspectives.length]!,
          quadrants[(n + m) % quadrants.length]!,
          `${faker.helpers.arrayElement(noteWords)}: ${faker.helpers.arrayElements(detailWords, { min: 3, max: 8 }).join(' ')}`,
          n,
          n % 4 === 3 ? null : ((n % 3) + 1) as 1 | 2 | 3,
          JSON.stringify(tagged),
          now,
          now,
        );
      }
      for (let v = 0; v < spec.visitsPerMunicipality; v++) {
        const swot = v === 0;
        visit.run(newId(clock), code, swot ? dayId : null, null, swot ? 'swot_dag' : 'mote', swot ? dayDate : dateIn(220, 480, m * 7 + v * 31), v < 2 ? 'genomford' : 'bokad', now, now);
      }
    });
    for (let t = 0; t < spec.tours; t++) {
      const stops = Array.from({ length: 8 }, (_, s) => municipalities[(t * 8 + s) % municipalities.length]!);
      const start = dateIn(40, 400, t * 11);
      tour.run(newId(clock), `Resa ${t + 1}`, stops[0]!, stops[0]!, start, start, rules, JSON.stringify(stops), now, now);
    }
    for (let c = 0; c < spec.costs; c++) {
      const category = typedCostCategories[c % typedCostCategories.length]!;
      cost.run(newId(clock), dateIn(0, 880, c * 13), category, 50_000 + ((c * 7919) % 5_000_000), faker.company.name(), `V${1000 + c}`, now, now);
    }
    for (let f = 0; f < spec.financing; f++) {
      financing.run(newId(clock), dateIn(0, 880, f * 17), `${faker.location.city()} kommun`, 1_000_000 + ((f * 104_729) % 20_000_000), `F${1000 + f}`, now, now);
    }
    for (const period of periods) {
      for (const category of typedCostCategories) budget.run(newId(clock), period, category, 10_000_000 + category.length * 1_000_000, now, now);
    }
  })();
}
