import type BetterSqlite3 from 'better-sqlite3';
import { openDatabase, type OpenedDatabase } from '../../../electron/core/db/open';
import { getEsfSettings, updateEsfSettings } from '../../../electron/core/esf/settings';
import { newId } from '../../../electron/core/ids';
import type { EsfPlusOutcome } from '../../../shared/domain/esf-plus';
import { appCalls } from '../app-call';
import type { BenchCase } from '../case';
import type { Datasets } from '../datasets';

/*
 * ESF+ budget vs outcome at national scale (issue 17): the national data
 * set (50 000 participants, a million attendance rows, 700 000 participant
 * months) with 120 staff × 36 months of time, every tenth over the annual
 * cap, under ESF+ with the 40 % flat rate. `esfPlus.outcome` as the page
 * asks for it (dispatcher, validation, JSON) under 150 ms, and within 1.5×
 * of the same figures computed by one hand-written statement over the same
 * tables.
 */

const STAFF = 120;
const months = Array.from({ length: 36 }, (_, i) => `${2012 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

/** Staff time written once per run into a copy of the national file, then shared by both cases. */
let prepared: Promise<string> | undefined;
function esfPlusFile(datasets: Datasets): Promise<string> {
  prepared ??= (async () => {
    const file = datasets.copy(datasets.byScale.national.file, 'esf-plus');
    const opened = await openDatabase(file, { clock: datasets.clock });
    try {
      const now = datasets.clock.now().toISOString();
      const municipalities = opened.sqlite.prepare('select code from municipalities order by code').pluck().all() as string[];
      const staff = opened.sqlite.prepare(
        `insert into project_staff (id, name, role, municipality_code, monthly_salary, created_at, updated_at) values (?, ?, 'Utbildare', ?, ?, ?, ?)`,
      );
      const time = opened.sqlite.prepare(`insert into staff_time (id, staff_id, month, hours, signed_on, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)`);
      opened.sqlite.transaction(() => {
        for (let i = 0; i < STAFF; i++) {
          const id = newId(datasets.clock);
          staff.run(id, `Personal ${String(i + 1).padStart(3, '0')}`, municipalities[(i * 7) % municipalities.length], 30_000 + (i % 30) * 500, now, now);
          months.forEach((month, m) => {
            // Every tenth works 185 h a month, 2 220 h a year: 500 h over the cap in 2012 and 2013 (the periods end in June 2014).
            const hours = i % 10 === 0 ? 185 : 80 + ((i * 7 + m * 13) % 60) + ((i + m) % 4) * 0.25;
            time.run(newId(datasets.clock), id, month, hours, m % 3 === 0 ? null : `${month}-28`, now, now);
          });
        }
      })();
      const ctx = { db: opened.db, clock: datasets.clock, statements: opened.statements };
      await updateEsfSettings(ctx, { ...(await getEsfSettings(opened.db)), ruleSet: 'esf_plus_2021_2027' });
    } finally {
      await opened.close();
    }
    return file;
  })();
  return prepared;
}

/** The region and co-financing rate (hundredths of a percent) of each county of the bench, as the settings say. */
function regionRows(rates: Record<string, number>): string {
  const regionOf: Record<string, string> = { '03': 'SE12', '17': 'SE31', '20': 'SE31', '21': 'SE31' };
  return Object.entries(regionOf)
    .map(([county, region]) => `('${county}', '${region}', ${Math.round(rates[region]! * 100)})`)
    .join(', ');
}

/**
 * The figures per period and region in one statement: the cap by a running
 * sum per person and year, each staff-month and each participant group
 * valued with the same integer fractions, then the flat rate and the
 * co-financing per period and region. Valid for the bench's settings (40 %,
 * cap and divisor 1 720, PO 38,46 % every year, whole hours rounded down).
 */
function handWritten(sqlite: BetterSqlite3.Database, rates: Record<string, number>) {
  const outcome = sqlite.prepare<[], { period_id: string; region: string; staff: number; flat: number; wage: number; eligible: number; co: number; esf: number; hours: number; eligible_hours: number }>(`
    with region (county, region, rate) as (values ${regionRows(rates)}),
    periods as (select id, start_date, end_date from reporting_periods where deleted_at is null),
    staff as (
      select t.month, m.county_code as county, t.hours, s.monthly_salary as salary,
        sum(t.hours) over (partition by t.staff_id, substr(t.month, 1, 4) order by t.month rows unbounded preceding) as upto
      from staff_time t join project_staff s on s.id = t.staff_id join municipalities m on m.code = s.municipality_code
      where t.deleted_at is null and s.deleted_at is null
    ),
    capped as (select month, county, hours, salary, max(0, min(hours, 1720 - (upto - hours))) as eligible from staff),
    facts as (
      select month, county, hours, eligible, (2 * cast(round(eligible * 4) as integer) * salary * 1200 + 6880) / 13760 as staff, 0 as wage from capped
      union all
      select month, county_code, 0, 0, 0, participants * ((2 * cast(hours + 1e-9 as integer) * 4 * monthly_salary * 12 * 13846 + 688000) / 1376000)
      from participant_month_groups
    ),
    by_month as (select month, county, sum(hours) as hours, sum(eligible) as eligible, sum(staff) as staff, sum(wage) as wage from facts group by month, county),
    by_region as (
      select p.id as period_id, r.region, r.rate, sum(f.staff) as staff, (2 * sum(f.staff) * 40 + 100) / 200 as flat, sum(f.wage) as wage,
        sum(f.hours) as hours, sum(f.eligible) as eligible_hours
      from by_month f join region r on r.county = f.county join periods p on f.month || '-01' between p.start_date and p.end_date
      group by p.id, r.region
    )
    select period_id, region, staff, flat, wage, staff + flat + wage as eligible, (2 * (staff + flat + wage) * rate + 10000) / 20000 as co,
      staff + flat + wage - (2 * (staff + flat + wage) * rate + 10000) / 20000 as esf, hours, eligible_hours
    from by_region`);
  const budget = sqlite.prepare('select period_id, line, amount_ore from esf_plus_budget_lines where deleted_at is null');
  const financing = sqlite.prepare(
    `select p.id, sum(f.amount_ore) from financing_entries f join reporting_periods p on f.date between p.start_date and p.end_date
     where f.deleted_at is null and p.deleted_at is null and f.source in ('kontanta_medel', 'bidrag_annat_an_pengar') group by p.id`,
  );
  return { outcome, run: () => [outcome.all(), budget.all(), financing.all()] };
}

async function prepareOutcome(datasets: Datasets) {
  const file = await esfPlusFile(datasets);
  const opened: OpenedDatabase = await openDatabase(file, { clock: datasets.clock });
  const app = appCalls(datasets, opened, file);
  const settings = await getEsfSettings(opened.db);
  const overheads = ['2012', '2013', '2014'].map((y) => settings.overheadByYear[y]);
  if (settings.ruleSet !== 'esf_plus_2021_2027' || settings.esfPlus.flatRate !== 'schablon_40' || overheads.some((o) => o !== 38.46) || settings.rounding !== 'hela_timmar_nedat') {
    throw new Error('the hand-written statement assumes the default ESF+ settings with PO 38,46 %');
  }
  const raw = handWritten(opened.sqlite, settings.esfPlus.coFinancingPercentByRegion);
  const answer = await app.call<EsfPlusOutcome>('esfPlus.outcome', {});
  const fromApp = answer.periods.flatMap((p) => p.regions.filter((r) => r.eligibleOre !== 0).map((r) => [p.periodId, r.region, r.eligibleOre, r.coFinancingOre, r.esfOre]));
  const fromSql = raw.outcome.all().map((r) => [r.period_id, r.region, r.eligible, r.co, r.esf]);
  const order = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
  if (JSON.stringify(order(fromApp)) !== JSON.stringify(order(fromSql))) throw new Error(`esfPlus.outcome and the hand-written SQL differ:\n${order(fromApp).join('\n')}\n---\n${order(fromSql).join('\n')}`);
  const hours = raw.outcome.all().reduce((s, r) => [s[0]! + r.hours, s[1]! + r.eligible_hours], [0, 0]);
  if (hours[0] !== answer.totals.staffHours || hours[1] !== answer.totals.eligibleStaffHours || answer.totals.cappedStaffHours !== (STAFF / 10) * 2 * 500) {
    throw new Error(`staff hours differ: ${JSON.stringify(hours)} against ${JSON.stringify(answer.totals)}`);
  }
  if (answer.totals.participantWageOre === 0 || answer.totals.staffCostOre === 0) throw new Error('the outcome has no participants or no staff');
  return {
    subject: { run: () => app.call('esfPlus.outcome', {}) },
    baseline: { run: raw.run },
    dispose: () => opened.close(),
  };
}

const outcomeCase: BenchCase = {
  name: 'ESF+ budget vs outcome (120 staff × 36 months, 50 000 participants)',
  scale: 'national',
  target: { kind: 'maxMs', ms: 150 },
  options: { runs: 21, warmup: 5 },
  prepare: prepareOutcome,
};

const handWrittenCase: BenchCase = {
  name: 'ESF+ budget vs outcome vs hand-written SQL',
  scale: 'national',
  target: { kind: 'maxRatio', ratio: 1.5 },
  options: { runs: 21, warmup: 5 },
  prepare: prepareOutcome,
};

export const esfPlusCases: BenchCase[] = [outcomeCase, handWrittenCase];
