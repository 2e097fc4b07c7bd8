import { sql } from 'kysely';
import { linesOfFlatRate, regionCodes, regionOfCounty, type EsfPlusLine, type RegionCode } from '../../../shared/domain/esf-plus';
import type { Cost, EsfSettings, FinancingEntry } from '../../../shared/domain/esf';
import type { ReportingPeriod } from '../../../shared/domain/project';
import type { Readiness } from '../../../shared/domain/readiness';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { esfPlusOutcome } from '../esf-plus/outcome';
import { staffYearOf } from '../esf-plus/staff-time';
import { staffMonthCostOre } from '../esf-plus/unit-cost';
import { countedHours, wageCostOre } from '../esf/cofinancing';
import { costsBetween } from '../esf/costs';
import { financingBetween } from '../esf/financing';
import { getEsfSettings, overheadFor, reportId } from '../esf/settings';
import { monthsStartingIn } from '../signatures/months';
import { quarterMoney, type QuarterMoney } from './quarterly-report-data';
import { readiness } from './readiness';

/*
 * What the ESF+ payment claim (underlag för ansökan om utbetalning under
 * ESF+ 2021–2027) shows: the period's money as esfPlus.outcome computes it,
 * and the lists it is summed from — each staff member's months (hours, the
 * hours the annual cap leaves eligible, the unit cost, signed or not), the
 * participants' wage cost per municipality, the actual costs the 15 % flat
 * rate keeps beside it, and the financing entries. A month belongs to the
 * period containing its first day, as in the outcome.
 */

/** The cost lines that stay actual costs beside the 15 % flat rate (staff salaries and indirect costs are replaced). */
export const actualCostLines: readonly EsfPlusLine[] = linesOfFlatRate.indirekta_15.filter((l) => !['personal', 'indirekta_15', 'deltagarlon'].includes(l));

export interface ClaimStaffMonth {
  staffId: string;
  name: string;
  role: string | null;
  municipalityName: string;
  month: string;
  hours: number;
  eligibleHours: number;
  hourlyCostOre: number;
  amountOre: number;
  signedOn: string | null;
}

export interface ClaimWageRow {
  municipalityCode: string;
  municipalityName: string;
  countyName: string;
  region: RegionCode;
  /** Distinct participants with hours in the period's months. */
  participants: number;
  /** Participant-months with hours: the cost is computed per participant and month. */
  participantMonths: number;
  hours: number;
  /** Hours after the rounding rule, per participant-month, of participants with a salary. */
  countedHours: number;
  amountOre: number;
  /** Participants without a monthly salary: their hours count nothing. */
  missingSalary: number;
}

export interface EsfPlusClaimData {
  period: ReportingPeriod;
  settings: EsfSettings;
  reportId: string;
  readiness: Readiness;
  money: QuarterMoney;
  /** The first and last month belonging to the period, or null when none starts in it. */
  months: { first: string; last: string } | null;
  staff: ClaimStaffMonth[];
  wages: ClaimWageRow[];
  /** The PO-pålägg of each year the period's months fall in. */
  overheadByYear: { year: number; percent: number }[];
  /** Under the 15 % flat rate: the actual costs of the period counted beside it; none under the 40 % flat rate. */
  actualCosts: Cost[];
  /** The period's recorded costs the flat rate covers or replaces: kept in the books, not claimed. */
  coveredCosts: { count: number; amountOre: number };
  financingEntries: FinancingEntry[];
  generatedAt: string;
}

/** Every staff member's months of the period that have hours, with the cap of their calendar year applied (the staff year's figures). */
async function staffMonthsOf(ctx: ServiceContext, settings: EsfSettings, months: { first: string; last: string }): Promise<ClaimStaffMonth[]> {
  const heads = await ctx.db
    .selectFrom('project_staff as s')
    .innerJoin('municipalities as m', 'm.code', 's.municipality_code')
    .select(['s.id', 's.monthly_salary as monthlySalary', 'm.name as municipalityName', 'm.county_code as county'])
    .where('s.deleted_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('staff_time as t')
          .select('t.id')
          .whereRef('t.staff_id', '=', 's.id')
          .where('t.deleted_at', 'is', null)
          .where('t.month', '>=', months.first)
          .where('t.month', '<=', months.last),
      ),
    )
    .execute();
  const firstYear = Number(months.first.slice(0, 4));
  const lastYear = Number(months.last.slice(0, 4));
  const divisor = settings.esfPlus.unitCostDivisor;
  const out: ClaimStaffMonth[] = [];
  // A project has a handful of staff: one staff year per person and year, as the tidrapport reads it.
  for (const head of heads.filter((h) => regionOfCounty(h.county) !== null)) {
    for (let year = firstYear; year <= lastYear; year++) {
      const row = await staffYearOf(ctx.db, settings, head.id, year);
      for (const m of row.months) {
        if (m.month < months.first || m.month > months.last || m.hours === 0) continue;
        out.push({
          staffId: row.staffId,
          name: row.name,
          role: row.role,
          municipalityName: head.municipalityName,
          month: m.month,
          hours: m.hours,
          eligibleHours: m.eligibleHours,
          hourlyCostOre: row.hourlyCostOre,
          amountOre: staffMonthCostOre(m.eligibleHours, head.monthlySalary, divisor),
          signedOn: m.signedOn,
        });
      }
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.staffId.localeCompare(b.staffId) || a.month.localeCompare(b.month));
}

/**
 * The participants' wage cost per municipality: participant-months counted
 * in SQL per month, municipality, salary and hours; each group valued once
 * with the outcome's arithmetic (the rounding rule on the month's hours, the
 * PO-pålägg of its year, the annual working hours) and multiplied by its
 * participants, as esf-plus/facts.ts does per county.
 */
async function wagesOf(ctx: ServiceContext, settings: EsfSettings, months: { first: string; last: string }): Promise<ClaimWageRow[]> {
  const [groups, people] = await Promise.all([
    ctx.db
      .selectFrom('participant_month_hours as h')
      .innerJoin('participants as p', 'p.id', 'h.participant_id')
      .select((eb) => ['h.month', 'p.municipality_code as municipality', 'p.monthly_salary as salary', 'h.hours', eb.fn.countAll<number>().as('n')])
      .where('h.month', '>=', months.first)
      .where('h.month', '<=', months.last)
      .groupBy(['h.month', 'p.municipality_code', 'p.monthly_salary', 'h.hours'])
      .execute(),
    ctx.db
      .selectFrom('participant_month_hours as h')
      .innerJoin('participants as p', 'p.id', 'h.participant_id')
      .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
      .innerJoin('counties as c', 'c.code', 'm.county_code')
      .select((eb) => [
        'p.municipality_code as municipality',
        'm.name as municipalityName',
        'm.county_code as county',
        'c.name as countyName',
        eb.fn.count<number>('h.participant_id').distinct().as('participants'),
        sql<number>`count(distinct case when p.monthly_salary is null then h.participant_id end)`.as('missingSalary'),
      ])
      .where('h.month', '>=', months.first)
      .where('h.month', '<=', months.last)
      .groupBy('p.municipality_code')
      .execute(),
  ]);
  const rows = new Map<string, ClaimWageRow>();
  for (const p of people) {
    const region = regionOfCounty(p.county);
    if (!region) continue;
    rows.set(p.municipality, {
      municipalityCode: p.municipality,
      municipalityName: p.municipalityName,
      countyName: p.countyName,
      region,
      participants: Number(p.participants),
      participantMonths: 0,
      hours: 0,
      countedHours: 0,
      amountOre: 0,
      missingSalary: Number(p.missingSalary),
    });
  }
  for (const g of groups) {
    const row = rows.get(g.municipality);
    if (!row) continue;
    const n = Number(g.n);
    row.participantMonths += n;
    row.hours += g.hours * n;
    if (g.salary === null) continue;
    const counted = countedHours(g.hours, settings.rounding);
    row.countedHours += counted * n;
    row.amountOre += wageCostOre(counted, g.salary, overheadFor(settings, Number(g.month.slice(0, 4))), settings.annualWorkingHours) * n;
  }
  const regionRank = (r: RegionCode) => regionCodes.indexOf(r);
  return [...rows.values()].sort(
    (a, b) => regionRank(a.region) - regionRank(b.region) || a.countyName.localeCompare(b.countyName, 'sv') || a.municipalityName.localeCompare(b.municipalityName, 'sv'),
  );
}

export async function esfPlusClaimData(ctx: ServiceContext, periodId: string): Promise<EsfPlusClaimData> {
  const period = await ctx.db
    .selectFrom('reporting_periods')
    .select(['id', 'name', 'start_date as startDate', 'end_date as endDate', 'due_date as dueDate', 'updated_at as updatedAt'])
    .where('id', '=', periodId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!period) throw notFound();
  const settings = await getEsfSettings(ctx.db);
  const range = { from: period.startDate, to: period.endDate };
  const months = monthsStartingIn(range.from, range.to);
  const [outcome, ready, staff, wages, costs, financingEntries] = await Promise.all([
    esfPlusOutcome(ctx.db, settings, range.to),
    readiness(ctx, { kind: 'utbetalning', periodId }),
    months ? staffMonthsOf(ctx, settings, months) : Promise.resolve([]),
    months ? wagesOf(ctx, settings, months) : Promise.resolve([]),
    costsBetween(ctx.db, range),
    financingBetween(ctx.db, range),
  ]);
  const counted = settings.esfPlus.flatRate === 'indirekta_15' ? costs.filter((c) => (actualCostLines as readonly string[]).includes(c.category)) : [];
  const covered = costs.filter((c) => !counted.includes(c));
  const years = months ? Array.from({ length: Number(months.last.slice(0, 4)) - Number(months.first.slice(0, 4)) + 1 }, (_, i) => Number(months.first.slice(0, 4)) + i) : [];
  return {
    period,
    settings,
    reportId: reportId(settings, period),
    readiness: ready,
    money: quarterMoney(outcome, periodId),
    months,
    staff,
    wages,
    overheadByYear: years.map((year) => ({ year, percent: overheadFor(settings, year) })),
    actualCosts: counted,
    coveredCosts: { count: covered.length, amountOre: covered.reduce((s, c) => s + c.amountOre, 0) },
    financingEntries,
    generatedAt: ctx.clock.now().toISOString(),
  };
}
