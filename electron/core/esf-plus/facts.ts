import type { Kysely } from 'kysely';
import type { EsfSettings } from '../../../shared/domain/esf';
import { regionOfCounty, type RegionCode } from '../../../shared/domain/esf-plus';
import type { Database } from '../db/schema';
import { countedHours, wageCostOre } from '../esf/cofinancing';
import { overheadFor } from '../esf/settings';
import { distributeCap, staffMonthCostOre } from './unit-cost';

/*
 * The recorded facts the ESF+ money is computed from, read per month and
 * region: the staff's eligible hours and their cost (after the annual cap),
 * and the participants' wage cost per participant and month. The outcome
 * (outcome.ts) puts the months into reporting periods.
 */

type Db = Kysely<Database>;

/** The region of each county the database knows (the app's four; a bench's made-up municipalities lie in them too). */
export async function regionsOfCounties(db: Db): Promise<Map<string, RegionCode>> {
  const counties = await db.selectFrom('counties').select('code').execute();
  const out = new Map<string, RegionCode>();
  for (const c of counties) {
    const region = regionOfCounty(c.code);
    if (region) out.set(c.code, region);
  }
  return out;
}

export interface StaffMonthFact {
  month: string;
  region: RegionCode;
  hours: number;
  eligibleHours: number;
  costOre: number;
}

/**
 * Every live staff-month of live staff, the cap applied per person and
 * calendar year (months in order fill it), each month valued on its own.
 * Staff time is small (a person has twelve months a year): read whole.
 */
export async function staffMonths(db: Db, settings: EsfSettings, regions: ReadonlyMap<string, RegionCode>, toMonth: string): Promise<StaffMonthFact[]> {
  const rows = await db
    .selectFrom('staff_time as t')
    .innerJoin('project_staff as s', 's.id', 't.staff_id')
    .innerJoin('municipalities as m', 'm.code', 's.municipality_code')
    .select(['t.staff_id as staffId', 't.month', 't.hours', 's.monthly_salary as salary', 'm.county_code as county'])
    .where('t.deleted_at', 'is', null)
    .where('s.deleted_at', 'is', null)
    .where('t.month', '<=', toMonth)
    .orderBy('t.staff_id')
    .orderBy('t.month')
    .execute();
  const { annualHourCap, unitCostDivisor } = settings.esfPlus;
  const out: StaffMonthFact[] = [];
  let i = 0;
  while (i < rows.length) {
    // One person's one calendar year.
    const first = rows[i]!;
    const year = first.month.slice(0, 4);
    let j = i;
    while (j < rows.length && rows[j]!.staffId === first.staffId && rows[j]!.month.startsWith(year)) j++;
    const region = regions.get(first.county);
    const capped = distributeCap(rows.slice(i, j), annualHourCap);
    if (region) {
      for (const m of capped) {
        out.push({ month: m.month, region, hours: m.hours, eligibleHours: m.eligibleHours, costOre: staffMonthCostOre(m.eligibleHours, first.salary, unitCostDivisor) });
      }
    }
    i = j;
  }
  return out;
}

export interface WageFact {
  month: string;
  region: RegionCode;
  amountOre: number;
}

/**
 * The participants' wage cost per month and region, valued per participant
 * and month as the 2012 formula does per participant and period (PO of the
 * month's year, the annual working hours, the rounding rule). Participants
 * of the same month, county, salary and hours cost the same to the öre, so
 * each group of `participant_month_groups` (kept by triggers) is valued once
 * and multiplied by its participants.
 */
export async function participantWages(db: Db, settings: EsfSettings, regions: ReadonlyMap<string, RegionCode>, fromMonth: string, toMonth: string): Promise<WageFact[]> {
  const groups = await db
    .selectFrom('participant_month_groups')
    .select(['month', 'county_code as county', 'monthly_salary as salary', 'hours', 'participants as n'])
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth)
    .execute();
  const sums = new Map<string, WageFact>();
  const overheadOf = new Map<string, number>();
  for (const g of groups) {
    const region = regions.get(g.county);
    if (!region) continue;
    const year = g.month.slice(0, 4);
    if (!overheadOf.has(year)) overheadOf.set(year, overheadFor(settings, Number(year)));
    const amount = wageCostOre(countedHours(g.hours, settings.rounding), g.salary, overheadOf.get(year)!, settings.annualWorkingHours) * g.n;
    const key = `${g.month}\u0000${region}`;
    const sum = sums.get(key);
    if (sum) sum.amountOre += amount;
    else sums.set(key, { month: g.month, region, amountOre: amount });
  }
  return [...sums.values()];
}
