import type { FlatRate, RegionCode } from '../../../shared/domain/esf-plus';

/*
 * The ESF+ money in whole öre, every figure one integer fraction rounded
 * once, half up (as the 2012 wage cost, `wageCostOre`). Pure functions: the
 * outcome, the staff year and the tests share them.
 *
 * Sources: the hourly unit cost is the annual employment cost over 1 720
 * hours, CPR 2021/1060 art. 55.2; the flat rates of art. 54 b (15 % of
 * direct staff costs for indirect costs) and art. 56.1 (40 % of direct staff
 * costs for all other costs). The divisor, the cap and the rates are settings.
 */

/** n ÷ d rounded half up, for n ≥ 0 and d > 0 (integers, exact while below 2^53). */
export function halfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** Quarter hours of a number of hours (hours are stored as quarters: exact in binary). */
export function quartersOf(hours: number): number {
  return Math.round(hours * 4);
}

/** Öre per hour: monthly employment cost (kr) × 12 ÷ the divisor, half up. */
export function hourlyUnitCostOre(monthlySalary: number, divisor: number): number {
  return halfUp(monthlySalary * 1200, divisor);
}

/**
 * A staff-month's cost: eligible hours at the unit cost, as one fraction
 * (quarters × monthly × 1 200 ÷ (divisor × 4)), so it is not the rounded
 * hourly cost times the hours.
 */
export function staffMonthCostOre(eligibleHours: number, monthlySalary: number, divisor: number): number {
  return halfUp(quartersOf(eligibleHours) * monthlySalary * 1200, divisor * 4);
}

export interface CappedMonth {
  month: string;
  hours: number;
  eligibleHours: number;
}

/**
 * The annual cap over one person's months of one calendar year: the months
 * in order fill it, the month that crosses it counts only up to it, later
 * months count nothing. Hours above it stay recorded (`hours`).
 */
export function distributeCap(months: readonly { month: string; hours: number }[], annualHourCap: number): CappedMonth[] {
  let left = annualHourCap * 4;
  return [...months]
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
    .map((m) => {
      const eligible = Math.min(quartersOf(m.hours), left);
      left -= eligible;
      return { month: m.month, hours: m.hours, eligibleHours: eligible / 4 };
    });
}

export const flatRatePercent: Record<FlatRate, number> = { schablon_40: 40, indirekta_15: 15 };

/** The flat rate on a staff cost: 40 % or 15 % of it, half up. */
export function flatRateOre(staffCostOre: number, rate: FlatRate): number {
  return halfUp(staffCostOre * flatRatePercent[rate], 100);
}

/**
 * `total` öre split over `weights` in proportion, exact to the öre: each
 * share rounded down, the öre left over to the largest remainders (ties to
 * the earlier weight). No weight at all (or all zero) leaves everything to
 * the first, so nothing is lost.
 */
export function splitProportionally(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const sign = total < 0 ? -1 : 1;
  const whole = Math.abs(total);
  // BigInt: total × weight may pass 2^53 (a million kronor of costs over millions of öre of staff cost).
  const shares = weights.map((w) => {
    const product = BigInt(whole) * BigInt(w);
    return { floor: Number(product / BigInt(sum)), remainder: product % BigInt(sum) };
  });
  let left = whole - shares.reduce((s, x) => s + x.floor, 0);
  const order = shares.map((_, i) => i).sort((a, b) => (shares[b]!.remainder > shares[a]!.remainder ? 1 : shares[b]!.remainder < shares[a]!.remainder ? -1 : a - b));
  const out = shares.map((s) => s.floor);
  for (const i of order) {
    if (left === 0) break;
    out[i] = out[i]! + 1;
    left -= 1;
  }
  return out.map((v) => sign * v);
}

/** Krav på medfinansiering: eligible × the region's percent, half up (percent to two decimals). */
export function coFinancingOre(eligibleOre: number, percent: number): number {
  return halfUp(eligibleOre * Math.round(percent * 100), 10_000);
}

/** A region's eligible costs, its co-financing and the ESF+ share that remains. */
export function regionShares(eligibleOre: number, percent: number): { coFinancingOre: number; esfOre: number } {
  const co = coFinancingOre(eligibleOre, percent);
  return { coFinancingOre: co, esfOre: eligibleOre - co };
}

export type RegionAmounts = Partial<Record<RegionCode, number>>;
