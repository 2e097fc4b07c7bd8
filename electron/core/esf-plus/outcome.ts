import type { Kysely } from 'kysely';
import type { EsfSettings } from '../../../shared/domain/esf';
import {
  linesOfFlatRate,
  regionCodes,
  regionNames,
  type EsfPlusLine,
  type EsfPlusLineFigures,
  type EsfPlusOutcome,
  type EsfPlusPeriod,
  type EsfPlusRegionFigures,
  type RegionCode,
} from '../../../shared/domain/esf-plus';
import type { Database } from '../db/schema';
import { participantWages, regionsOfCounties, staffMonths } from './facts';
import { flatRateOre, regionShares, splitProportionally } from './unit-cost';

/*
 * Budget against outcome under ESF+ 2021–2027, per reporting period and
 * region, from the same recorded facts as the 2012 figures (budget-outcome.ts
 * in esf/): nothing is rewritten when the rule set changes.
 *
 * Per period and region: the staff cost at unit cost (after the annual
 * cap), the flat rate on it (40 % for all other costs, or 15 % for the
 * indirect ones with the actual direct costs beside it, split over the
 * regions in proportion to the staff cost), and the participants' wage cost
 * (eligible beside the flat rate, CPR 2021/1060 art. 56.2). The region's
 * co-financing requirement is its eligible costs × its rate, half up; ESF+
 * pays the rest. A month belongs to the period containing its first day.
 */

type Db = Kysely<Database>;

/** The cost lines the 15 % flat rate leaves as actual costs (staff salaries and indirect costs are replaced). */
const actualLines = ['kop_av_tjanst', 'lokal', 'resa', 'materiel', 'ersattning_deltagare'] as const;

interface PeriodRow {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
}

interface RegionSums {
  staff: number;
  flat: number;
  actual: number;
  wage: number;
}

const zero = (): RegionSums => ({ staff: 0, flat: 0, actual: 0, wage: 0 });

/** The period a month belongs to: the one containing its first day. */
function periodOfMonth(periods: readonly PeriodRow[]): (month: string) => PeriodRow | undefined {
  const memo = new Map<string, PeriodRow | undefined>();
  return (month) => {
    if (!memo.has(month)) {
      const day = `${month}-01`;
      memo.set(
        month,
        periods.find((p) => p.startDate <= day && day <= p.endDate),
      );
    }
    return memo.get(month);
  };
}

export async function esfPlusOutcome(db: Db, settings: EsfSettings, upTo?: string): Promise<EsfPlusOutcome> {
  let periodQuery = db.selectFrom('reporting_periods').select(['id', 'name', 'start_date as startDate', 'end_date as endDate']).where('deleted_at', 'is', null);
  if (upTo) periodQuery = periodQuery.where('start_date', '<=', upTo);
  const periods = await periodQuery.orderBy('start_date').execute();
  const plus = settings.esfPlus;
  const lines = linesOfFlatRate[plus.flatRate];
  if (periods.length === 0) return { settings: plus, periods: [], totals: emptyTotals(), grantedEsfOre: settings.grantedEsfOre };

  const fromMonth = periods[0]!.startDate.slice(0, 7);
  const toMonth = periods.reduce((m, p) => (p.endDate > m ? p.endDate : m), periods[0]!.endDate).slice(0, 7);
  const regionOf = await regionsOfCounties(db);
  const [staff, wages, costs, financing, budget] = await Promise.all([
    staffMonths(db, settings, regionOf, toMonth),
    participantWages(db, settings, regionOf, fromMonth, toMonth),
    plus.flatRate === 'indirekta_15' ? actualCosts(db) : Promise.resolve([]),
    financingByPeriod(db),
    db.selectFrom('esf_plus_budget_lines').select(['period_id as periodId', 'line', 'amount_ore as amount']).where('deleted_at', 'is', null).execute(),
  ]);

  const periodOf = periodOfMonth(periods);
  const sums = new Map<string, Map<RegionCode, RegionSums>>(periods.map((p) => [p.id, new Map()]));
  const hours = new Map<string, { staff: number; eligible: number }>(periods.map((p) => [p.id, { staff: 0, eligible: 0 }]));
  const regionSums = (periodId: string, region: RegionCode) => {
    const byRegion = sums.get(periodId)!;
    if (!byRegion.has(region)) byRegion.set(region, zero());
    return byRegion.get(region)!;
  };
  for (const m of staff) {
    const period = periodOf(m.month);
    if (!period) continue;
    regionSums(period.id, m.region).staff += m.costOre;
    const h = hours.get(period.id)!;
    h.staff += m.hours;
    h.eligible += m.eligibleHours;
  }
  for (const w of wages) {
    const period = periodOf(w.month);
    if (period) regionSums(period.id, w.region).wage += w.amountOre;
  }

  const actualOf = new Map(costs.map((c) => [`${c.periodId}\u0000${c.category}`, Number(c.amount)]));
  const budgetOf = new Map(budget.map((b) => [`${b.periodId}\u0000${b.line}`, b.amount]));
  const financingOf = new Map(financing.map((f) => [f.periodId, Number(f.amount)]));
  const projectStaff = new Map<RegionCode, number>();
  for (const byRegion of sums.values()) for (const [r, s] of byRegion) projectStaff.set(r, (projectStaff.get(r) ?? 0) + s.staff);

  const cumulative = new Map<EsfPlusLine, [number, number]>();
  const outPeriods: EsfPlusPeriod[] = [];
  for (const p of periods) {
    const byRegion = sums.get(p.id)!;
    for (const s of byRegion.values()) s.flat = flatRateOre(s.staff, plus.flatRate);
    const actual = actualLines.map((line) => actualOf.get(`${p.id}\u0000${line}`) ?? 0);
    const actualTotal = actual.reduce((a, b) => a + b, 0);
    if (actualTotal !== 0) {
      const weights = splitWeights(byRegion, projectStaff, [...regionOf.values()]);
      const split = splitProportionally(actualTotal, weights.map(([, w]) => w));
      weights.forEach(([region], i) => (regionSums(p.id, region).actual += split[i]!));
    }
    const staffOre = sumOf(byRegion, 'staff');
    const flatOre = sumOf(byRegion, 'flat');
    const wageOre = sumOf(byRegion, 'wage');
    const outcomeOf: Record<EsfPlusLine, number> = {
      personal: staffOre,
      schablon: plus.flatRate === 'schablon_40' ? flatOre : 0,
      indirekta_15: plus.flatRate === 'indirekta_15' ? flatOre : 0,
      kop_av_tjanst: actual[0]!,
      lokal: actual[1]!,
      resa: actual[2]!,
      materiel: actual[3]!,
      ersattning_deltagare: actual[4]!,
      deltagarlon: wageOre,
    };
    const lineFigures: EsfPlusLineFigures[] = lines.map((line) => {
      const budgetOre = budgetOf.get(`${p.id}\u0000${line}`) ?? 0;
      const outcomeOre = outcomeOf[line];
      const [b, o] = cumulative.get(line) ?? [0, 0];
      cumulative.set(line, [b + budgetOre, o + outcomeOre]);
      return { line, budgetOre, outcomeOre, cumulativeBudgetOre: b + budgetOre, cumulativeOutcomeOre: o + outcomeOre };
    });
    const regions = regionFigures(byRegion, plus.coFinancingPercentByRegion);
    const eligibleOre = regions.reduce((s, r) => s + r.eligibleOre, 0);
    const coFinancingOre = regions.reduce((s, r) => s + r.coFinancingOre, 0);
    const h = hours.get(p.id)!;
    outPeriods.push({
      periodId: p.id,
      periodName: p.name,
      startDate: p.startDate,
      endDate: p.endDate,
      lines: lineFigures,
      staffHours: h.staff,
      eligibleStaffHours: h.eligible,
      eligibleOre,
      coFinancingOre,
      esfOre: eligibleOre - coFinancingOre,
      regions,
      recordedCoFinancingOre: wageOre + (financingOf.get(p.id) ?? 0),
    });
  }
  return { settings: plus, periods: withAllRegions(outPeriods, plus.coFinancingPercentByRegion), totals: totalsOf(outPeriods, sums, plus.coFinancingPercentByRegion), grantedEsfOre: settings.grantedEsfOre };
}

const sumOf = (byRegion: ReadonlyMap<RegionCode, RegionSums>, key: keyof RegionSums) => [...byRegion.values()].reduce((s, r) => s + r[key], 0);

/**
 * What the period's actual costs are split by: its staff cost per region;
 * with none, its participants' wage cost; then the project's staff cost of
 * all periods; at the last, the regions of the project's counties alike.
 */
function splitWeights(byRegion: ReadonlyMap<RegionCode, RegionSums>, projectStaff: ReadonlyMap<RegionCode, number>, projectRegions: readonly RegionCode[]): [RegionCode, number][] {
  const ordered = (entries: Iterable<[RegionCode, number]>) =>
    [...entries].filter(([, w]) => w > 0).sort(([a], [b]) => regionCodes.indexOf(a) - regionCodes.indexOf(b));
  for (const candidate of [
    ordered([...byRegion].map(([r, s]) => [r, s.staff])),
    ordered([...byRegion].map(([r, s]) => [r, s.wage])),
    ordered(projectStaff),
    ordered([...new Set(projectRegions)].map((r) => [r, 1])),
  ]) {
    if (candidate.length > 0) return candidate;
  }
  return [['SE11', 1]];
}

function regionFigures(byRegion: ReadonlyMap<RegionCode, RegionSums>, rates: Record<RegionCode, number>): EsfPlusRegionFigures[] {
  return regionCodes
    .filter((r) => byRegion.has(r))
    .map((region) => {
      const s = byRegion.get(region)!;
      const eligibleOre = s.staff + s.flat + s.actual + s.wage;
      return { region, regionName: regionNames[region], eligibleOre, coFinancingPercent: rates[region], ...regionShares(eligibleOre, rates[region]) };
    });
}

/** Every period names the same regions (those the project has anywhere), zero where a period has nothing there. */
function withAllRegions(periods: EsfPlusPeriod[], rates: Record<RegionCode, number>): EsfPlusPeriod[] {
  const present = new Set(periods.flatMap((p) => p.regions.map((r) => r.region)));
  const all = regionCodes.filter((r) => present.has(r));
  return periods.map((p) => ({
    ...p,
    regions: all.map(
      (region) => p.regions.find((r) => r.region === region) ?? { region, regionName: regionNames[region], eligibleOre: 0, coFinancingPercent: rates[region], coFinancingOre: 0, esfOre: 0 },
    ),
  }));
}

function totalsOf(periods: readonly EsfPlusPeriod[], sums: ReadonlyMap<string, ReadonlyMap<RegionCode, RegionSums>>, rates: Record<RegionCode, number>): EsfPlusOutcome['totals'] {
  const totals = emptyTotals();
  const regions = new Map<RegionCode, EsfPlusRegionFigures>();
  for (const p of periods) {
    const byRegion = sums.get(p.periodId)!;
    totals.staffHours += p.staffHours;
    totals.eligibleStaffHours += p.eligibleStaffHours;
    totals.staffCostOre += sumOf(byRegion, 'staff');
    totals.flatRateOre += sumOf(byRegion, 'flat');
    totals.otherDirectOre += sumOf(byRegion, 'actual');
    totals.participantWageOre += sumOf(byRegion, 'wage');
    totals.eligibleOre += p.eligibleOre;
    totals.coFinancingOre += p.coFinancingOre;
    totals.esfOre += p.esfOre;
    totals.recordedCoFinancingOre += p.recordedCoFinancingOre;
    for (const r of p.regions) {
      const sum = regions.get(r.region) ?? { region: r.region, regionName: r.regionName, eligibleOre: 0, coFinancingPercent: rates[r.region], coFinancingOre: 0, esfOre: 0 };
      // Co-financing of the whole project is the sum of the periods' (each rounded once), not rounded again.
      regions.set(r.region, { ...sum, eligibleOre: sum.eligibleOre + r.eligibleOre, coFinancingOre: sum.coFinancingOre + r.coFinancingOre, esfOre: sum.esfOre + r.esfOre });
    }
  }
  totals.cappedStaffHours = totals.staffHours - totals.eligibleStaffHours;
  totals.regions = regionCodes.filter((r) => regions.has(r)).map((r) => regions.get(r)!);
  return totals;
}

function emptyTotals(): EsfPlusOutcome['totals'] {
  return {
    staffHours: 0,
    eligibleStaffHours: 0,
    cappedStaffHours: 0,
    staffCostOre: 0,
    flatRateOre: 0,
    otherDirectOre: 0,
    participantWageOre: 0,
    eligibleOre: 0,
    coFinancingOre: 0,
    esfOre: 0,
    recordedCoFinancingOre: 0,
    regions: [],
  };
}

/** The actual direct costs per period and cost line (the 15 % flat rate's companions). */
function actualCosts(db: Db) {
  return db
    .selectFrom('costs as c')
    .innerJoin('reporting_periods as rp', (join) => join.onRef('c.date', '>=', 'rp.start_date').onRef('c.date', '<=', 'rp.end_date'))
    .select((eb) => ['rp.id as periodId', 'c.category', eb.fn.sum<number>('c.amount_ore').as('amount')])
    .where('c.deleted_at', 'is', null)
    .where('rp.deleted_at', 'is', null)
    .where('c.category', 'in', actualLines)
    .groupBy(['rp.id', 'c.category'])
    .execute();
}

/** Co-financing registered per period: kontanta medel and other in-kind contributions. */
function financingByPeriod(db: Db) {
  return db
    .selectFrom('financing_entries as f')
    .innerJoin('reporting_periods as rp', (join) => join.onRef('f.date', '>=', 'rp.start_date').onRef('f.date', '<=', 'rp.end_date'))
    .select((eb) => ['rp.id as periodId', eb.fn.sum<number>('f.amount_ore').as('amount')])
    .where('f.deleted_at', 'is', null)
    .where('rp.deleted_at', 'is', null)
    .where('f.source', 'in', ['kontanta_medel', 'bidrag_annat_an_pengar'])
    .groupBy('rp.id')
    .execute();
}
