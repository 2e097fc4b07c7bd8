import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { CoFinancingPage, CoFinancingSort, CoFinancingTotals } from '../../../shared/domain/cofinancing';
import type { CoFinancing, CoFinancingRow, EsfSettings, RoundingRule } from '../../../shared/domain/esf';
import { keptUntilWrite } from '../db/read-memo';
import type { Database } from '../db/schema';
import { overheadFor } from './settings';

/** Hours that count: exact, or only whole hours (rounded down), per participant and period. */
export function countedHours(hours: number, rule: RoundingRule): number {
  return rule === 'hela_timmar_nedat' ? Math.floor(hours + 1e-9) : hours;
}

/**
 * Öre for hours at the hourly wage cost monthly × 12 × (1 + PO) ÷ annual
 * hours. Computed as one integer fraction (quarter hours, PO in hundredths of
 * a percent) and rounded once, half up, so the result is exact to the öre.
 */
export function wageCostOre(hours: number, monthlySalary: number, overheadPercent: number, annualHours: number): number {
  const quarters = Math.round(hours * 4);
  const po = Math.round(overheadPercent * 100);
  const numerator = quarters * monthlySalary * 12 * (10_000 + po);
  const denominator = annualHours * 4 * 100;
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

export function hourlyCostOre(monthlySalary: number, overheadPercent: number, annualHours: number): number {
  return wageCostOre(1, monthlySalary, overheadPercent, annualHours);
}

/** What a co-financing read asks for: the period, and which window of participant rows in which order (all of them for the Word reports). */
export interface CoFinancingQuery {
  from: string;
  to: string;
  sort: CoFinancingSort;
  direction: 'asc' | 'desc';
  offset: number;
  /** null: every row (the Word reports, in the core only). */
  limit: number | null;
}

/**
 * The participant rows' order per sort. Every order ends on the id, so
 * pages never overlap, and descending is ascending reversed. Names sort the
 * Swedish way on the participant search's key (last name, first name, å ä ö
 * after z, as on Deltagare); the municipality order (the reports' own) keeps
 * code, then last and first name.
 */
function orderSql(sort: CoFinancingSort, direction: 'asc' | 'desc') {
  const dir = direction === 'desc' ? 'desc' : 'asc';
  const names = `v.last_name ${dir}, v.first_name ${dir}, v.id ${dir}`;
  const order: Record<CoFinancingSort, string> = {
    municipality: `v.municipality_code ${dir}, ${names}`,
    name: `(select ps.name_key from participant_search ps where ps.participant_id = v.id) ${dir}, v.id ${dir}`,
    hours: `v.hours ${dir}, v.municipality_code ${dir}, ${names}`,
    // Ascending puts the rows without salary (no amount) first, where they are seen.
    amount: `v.amount ${dir}, v.municipality_code ${dir}, ${names}`,
  };
  return sql.raw(order[sort]);
}

interface ResultRow {
  kind: 'row' | 'municipality' | 'county' | 'total';
  key: string | null;
  ord: number | null;
  first_name: string | null;
  last_name: string | null;
  gender: string | null;
  monthly_salary: number | null;
  municipality_code: string | null;
  name: string | null;
  county_code: string | null;
  hours: number | null;
  counted: number | null;
  hourly: number | null;
  amount: number | null;
  participants: number | null;
  missing: number | null;
}

/**
 * The whole read as one statement: the period's sessions first (on their
 * date index; CROSS JOIN keeps that order), each session's attendance from
 * the covering index `attendance_session_live`, summed per participant,
 * valued in SQL with the same integer fraction and rounding as
 * `wageCostOre`, materialised once; then the totals per municipality,
 * county and the whole period, and the asked-for window of rows. Exported
 * so a test can read its query plan.
 */
export function coFinancingStatement(settings: EsfSettings, q: CoFinancingQuery) {
  const overhead = overheadFor(settings, Number(q.from.slice(0, 4)));
  const poFactor = 10_000 + Math.round(overhead * 100);
  const denominator = settings.annualWorkingHours * 4 * 100;
  const wholeHours = settings.rounding === 'hela_timmar_nedat' ? 1 : 0;
  // wageCostOre: quarters × salary × 12 × (10 000 + PO) over annual hours × 400, half up; in doubles as there, so equal to the öre.
  const value = (hours: RawBuilder<unknown>) =>
    sql`case when p.monthly_salary is null then null else cast((2.0 * (cast(round(${hours} * 4) as integer) * p.monthly_salary * 12 * ${poFactor}) + ${denominator}) / (2.0 * ${denominator}) as integer) end`;
  const counted = sql`case when ${wholeHours} = 1 then cast(per.hours + 1e-9 as integer) else per.hours end`;
  const aggregate = (kind: string) => sql.raw(`'${kind}'`);
  return sql<ResultRow>`
    with per as (
      select a.participant_id, sum(a.hours) as hours
      from activity_sessions s cross join attendance a
      where s.date >= ${q.from} and s.date <= ${q.to} and s.deleted_at is null
        and a.session_id = s.id and a.deleted_at is null
      group by a.participant_id
    ),
    valued as materialized (
      select p.id, p.first_name, p.last_name, p.gender, p.monthly_salary, p.municipality_code, per.hours,
        ${counted} as counted,
        ${value(counted)} as amount,
        ${value(sql`1`)} as hourly
      from per join participants p on p.id = per.participant_id
    ),
    by_municipality as materialized (
      select municipality_code, sum(counted) as hours, sum(coalesce(amount, 0)) as amount, count(*) as participants, sum(amount is null) as missing
      from valued group by municipality_code
    )
    select ${aggregate('municipality')} as kind, bm.municipality_code as key, null as ord, null as first_name, null as last_name, null as gender, null as monthly_salary,
      bm.municipality_code, m.name, m.county_code, bm.hours, bm.hours as counted, null as hourly, bm.amount, bm.participants, bm.missing
    from by_municipality bm join municipalities m on m.code = bm.municipality_code
    union all
    select ${aggregate('county')}, c.code, null, null, null, null, null, null, c.name, c.code,
      coalesce(sum(bm.hours), 0), coalesce(sum(bm.hours), 0), null, coalesce(sum(bm.amount), 0), coalesce(sum(bm.participants), 0), coalesce(sum(bm.missing), 0)
    from counties c left join municipalities m on m.county_code = c.code left join by_municipality bm on bm.municipality_code = m.code
    group by c.code
    union all
    select ${aggregate('total')}, null, null, null, null, null, null, null, null, null,
      coalesce(sum(hours), 0), coalesce(sum(hours), 0), null, coalesce(sum(amount), 0), coalesce(sum(participants), 0), coalesce(sum(missing), 0)
    from by_municipality
    union all
    select ${aggregate('row')}, v.id, row_number() over (order by ${orderSql(q.sort, q.direction)}), v.first_name, v.last_name, v.gender, v.monthly_salary,
      v.municipality_code, m.name, m.county_code, v.hours, v.counted, v.hourly, v.amount, null, null
    from (select * from valued v order by ${orderSql(q.sort, q.direction)} limit ${q.limit ?? -1} offset ${q.offset}) v
    join municipalities m on m.code = v.municipality_code`;
}

/** The period's totals and one window of participant rows, with the number of rows in all. */
export async function readCoFinancing(db: Kysely<Database>, settings: EsfSettings, q: CoFinancingQuery): Promise<CoFinancingTotals & { rows: CoFinancingRow[]; total: number }> {
  const result = (await coFinancingStatement(settings, q).execute(db)).rows;
  const rows: CoFinancingRow[] = result
    .filter((r) => r.kind === 'row')
    .sort((a, b) => a.ord! - b.ord!)
    .map((r) => ({
      participantId: r.key!,
      name: r.first_name || r.last_name ? `${r.first_name ?? ''} ${r.last_name ?? ''}`.trim() : 'Raderad deltagare',
      municipalityCode: r.municipality_code!,
      municipalityName: r.name!,
      countyCode: r.county_code!,
      gender: r.gender!,
      hours: Number(r.hours),
      countedHours: Number(r.counted),
      monthlySalary: r.monthly_salary,
      hourlyCostOre: r.hourly,
      amountOre: r.amount,
    }));
  const byCode = (a: ResultRow, b: ResultRow) => (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0);
  const total = result.find((r) => r.kind === 'total')!;
  return {
    periodStart: q.from,
    periodEnd: q.to,
    rows,
    total: Number(total.participants),
    totalOre: Number(total.amount),
    totalHours: Number(total.counted),
    missingSalary: Number(total.missing),
    byMunicipality: result
      .filter((r) => r.kind === 'municipality')
      .sort(byCode)
      .map((r) => ({ code: r.key!, name: r.name!, countyCode: r.county_code!, hours: Number(r.counted), amountOre: Number(r.amount) })),
    byCounty: result
      .filter((r) => r.kind === 'county')
      .sort(byCode)
      .map((r) => ({ code: r.key!, name: r.name!, hours: Number(r.counted), amountOre: Number(r.amount) })),
  };
}

/**
 * Co-financing of a date range with every participant's row: what the Word
 * reports list (the payment-claim basis per participant, the lägesrapport
 * and slutrapport). Core only; the API pages the rows (`coFinancingPage`).
 */
export async function coFinancing(db: Kysely<Database>, settings: EsfSettings, from: string, to: string): Promise<CoFinancing> {
  const { total: _count, ...all } = await readCoFinancing(db, settings, { from, to, sort: 'municipality', direction: 'asc', offset: 0, limit: null });
  return all;
}

/** What Rapporter shows: the totals computed in SQL and one page of participant rows. */
export async function coFinancingPage(db: Kysely<Database>, settings: EsfSettings, input: ParsedInputOf<'esf.coFinancing'>): Promise<CoFinancingPage> {
  const read = await readCoFinancing(db, settings, { ...input, limit: input.limit });
  return { ...read, offset: input.offset, limit: input.limit };
}

export interface PeriodRange {
  id: string;
  startDate: string;
  endDate: string;
}

/**
 * The co-financing total of each period: per participant and period, exactly
 * as `coFinancing` rounds and values them, so each total equals
 * `coFinancing(period).totalOre` to the öre, without the names and
 * municipalities the per-participant list needs.
 */
export async function coFinancingTotalsByPeriod(db: Kysely<Database>, settings: EsfSettings, periods: readonly PeriodRange[]): Promise<ReadonlyMap<string, number>> {
  if (periods.length === 0) return new Map();
  // Its floor is a pass over every attendance row (0.45 s at national scale); Budget och kostnader asks again on every visit.
  const key = JSON.stringify(['coFinancingTotalsByPeriod', settings, periods]);
  return keptUntilWrite(db, key, () => totalsByPeriod(db, settings, periods));
}

async function totalsByPeriod(db: Kysely<Database>, settings: EsfSettings, periods: readonly PeriodRange[]): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  // Salaries once, then each period's hours per participant from its own sessions (on the date index):
  // one grouped pass over all periods with a join per row measured twice as slow at national scale.
  const salaries = new Map(
    (await db.selectFrom('participants').select(['id', 'monthly_salary']).where('monthly_salary', 'is not', null).execute()).map((p) => [p.id, p.monthly_salary!]),
  );
  for (const period of periods) {
    const rows = await db
      .selectFrom('activity_sessions as s')
      .innerJoin('attendance as a', 'a.session_id', 's.id')
      .select((eb) => ['a.participant_id as participantId', eb.fn.sum<number>('a.hours').as('hours')])
      .where('s.date', '>=', period.startDate)
      .where('s.date', '<=', period.endDate)
      .where('s.deleted_at', 'is', null)
      .where('a.deleted_at', 'is', null)
      .groupBy('a.participant_id')
      .execute();
    const overhead = overheadFor(settings, Number(period.startDate.slice(0, 4)));
    let total = 0;
    for (const r of rows) {
      const salary = salaries.get(r.participantId);
      if (salary !== undefined) total += wageCostOre(countedHours(Number(r.hours), settings.rounding), salary, overhead, settings.annualWorkingHours);
    }
    totals.set(period.id, total);
  }
  return totals;
}
