import type { Kysely } from 'kysely';
import type { CoFinancing, CoFinancingRow, EsfSettings, RoundingRule } from '../../../shared/domain/esf';
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

/** Co-financing of a date range: every participant's attended hours valued at their wage cost; a missing salary is flagged. */
export async function coFinancing(db: Kysely<Database>, settings: EsfSettings, from: string, to: string): Promise<CoFinancing> {
  const rows = await db
    .selectFrom('attendance as a')
    .innerJoin('activity_sessions as s', 's.id', 'a.session_id')
    .innerJoin('participants as p', 'p.id', 'a.participant_id')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .select((eb) => [
      'p.id as participantId',
      'p.first_name as firstName',
      'p.last_name as lastName',
      'p.gender',
      'p.monthly_salary as monthlySalary',
      'p.municipality_code as municipalityCode',
      'm.name as municipalityName',
      'm.county_code as countyCode',
      eb.fn.sum<number>('a.hours').as('hours'),
    ])
    .where('a.deleted_at', 'is', null)
    .where('s.deleted_at', 'is', null)
    .where('s.date', '>=', from)
    .where('s.date', '<=', to)
    .groupBy('p.id')
    .orderBy('m.code')
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .execute();
  const counties = await db.selectFrom('counties').select(['code', 'name']).orderBy('code').execute();
  const overhead = overheadFor(settings, Number(from.slice(0, 4)));

  const out: CoFinancingRow[] = rows.map((r) => {
    const counted = countedHours(Number(r.hours), settings.rounding);
    const salary = r.monthlySalary;
    return {
      participantId: r.participantId,
      name: r.firstName || r.lastName ? `${r.firstName ?? ''} ${r.lastName ?? ''}`.trim() : 'Raderad deltagare',
      municipalityCode: r.municipalityCode,
      municipalityName: r.municipalityName,
      countyCode: r.countyCode,
      gender: r.gender,
      hours: Number(r.hours),
      countedHours: counted,
      monthlySalary: salary,
      hourlyCostOre: salary === null ? null : hourlyCostOre(salary, overhead, settings.annualWorkingHours),
      amountOre: salary === null ? null : wageCostOre(counted, salary, overhead, settings.annualWorkingHours),
    };
  });

  const byMunicipality = [...Map.groupBy(out, (r) => r.municipalityCode).values()].map((group) => ({
    code: group[0]!.municipalityCode,
    name: group[0]!.municipalityName,
    countyCode: group[0]!.countyCode,
    hours: group.reduce((s, r) => s + r.countedHours, 0),
    amountOre: group.reduce((s, r) => s + (r.amountOre ?? 0), 0),
  }));
  const byCounty = counties.map((c) => {
    const group = out.filter((r) => r.countyCode === c.code);
    return { code: c.code, name: c.name, hours: group.reduce((s, r) => s + r.countedHours, 0), amountOre: group.reduce((s, r) => s + (r.amountOre ?? 0), 0) };
  });
  return {
    periodStart: from,
    periodEnd: to,
    rows: out,
    totalOre: out.reduce((s, r) => s + (r.amountOre ?? 0), 0),
    totalHours: out.reduce((s, r) => s + r.countedHours, 0),
    missingSalary: out.filter((r) => r.amountOre === null).length,
    byMunicipality,
    byCounty,
  };
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
export async function coFinancingTotalsByPeriod(db: Kysely<Database>, settings: EsfSettings, periods: readonly PeriodRange[]): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  if (periods.length === 0) return totals;
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
