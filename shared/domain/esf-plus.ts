import { z } from 'zod';
import { isoDate, money, searchText } from './fields';
import { pageWindow, type Page } from './paging';

/*
 * The rules of today beside KUB's (issue 17): a project follows ESF
 * 2007–2013 (actual salary lines, the 2012 budget form) or ESF+ 2021–2027
 * (staff time at an hourly unit cost with an annual hour cap, a flat rate
 * for the rest, co-financing per region). The rule set is a setting; the
 * recorded facts (hours, costs, participants) never change with it, only
 * what is derived from them.
 */

export const ruleSets = ['esf_2007_2013', 'esf_plus_2021_2027'] as const;
export type RuleSet = (typeof ruleSets)[number];

/*
 * NUTS 2 regions of Sweden (Eurostat NUTS 2021; SCB "Riksområden"), each
 * with its counties by SCB county code. ESF-rådet's calls and co-financing
 * rates follow them: Norra Mellansverige is a transition region.
 */
export const regionCodes = ['SE11', 'SE12', 'SE21', 'SE22', 'SE23', 'SE31', 'SE32', 'SE33'] as const;
export type RegionCode = (typeof regionCodes)[number];
export const regionCounties: Record<RegionCode, readonly string[]> = {
  SE11: ['01'],
  SE12: ['03', '04', '05', '18', '19'],
  SE21: ['06', '07', '08', '09'],
  SE22: ['10', '12'],
  SE23: ['13', '14'],
  SE31: ['17', '20', '21'],
  SE32: ['22', '23'],
  SE33: ['24', '25'],
};
export const regionNames: Record<RegionCode, string> = {
  SE11: 'Stockholm',
  SE12: 'Östra Mellansverige',
  SE21: 'Småland med öarna',
  SE22: 'Sydsverige',
  SE23: 'Västsverige',
  SE31: 'Norra Mellansverige',
  SE32: 'Mellersta Norrland',
  SE33: 'Övre Norrland',
};

/** The region a county lies in; a code outside Sweden's 21 counties has none. */
export function regionOfCounty(countyCode: string): RegionCode | null {
  for (const code of regionCodes) if (regionCounties[code].includes(countyCode)) return code;
  return null;
}

export const flatRates = ['schablon_40', 'indirekta_15'] as const;
/**
 * `schablon_40`: 40 % of direct staff costs covers every other cost (CPR
 * 2021/1060 art. 56); `indirekta_15`: 15 % of direct staff costs covers the
 * indirect costs, other direct costs are actual (art. 54 b).
 */
export type FlatRate = (typeof flatRates)[number];

export interface EsfPlusSettings {
  /** Hours a year the annual employment cost is divided by (CPR 2021/1060 art. 55.2: 1 720). */
  unitCostDivisor: number;
  /** Eligible hours per person and calendar year; hours above are recorded but not eligible. */
  annualHourCap: number;
  flatRate: FlatRate;
  /** Krav på medfinansiering in percent of eligible costs, per region (esf.se: 46 %, Norra Mellansverige 40 %). */
  coFinancingPercentByRegion: Record<RegionCode, number>;
}

export const esfPlusSettingsInput = z.object({
  unitCostDivisor: z.number().int('validation.unitCostDivisor').min(1000, 'validation.unitCostDivisor').max(2500, 'validation.unitCostDivisor'),
  annualHourCap: z.number().int('validation.hourCap').min(100, 'validation.hourCap').max(2500, 'validation.hourCap'),
  flatRate: z.enum(flatRates, { message: 'validation.flatRate' }),
  coFinancingPercentByRegion: z.object(
    Object.fromEntries(regionCodes.map((c) => [c, z.number().min(0, 'validation.percent').max(100, 'validation.percent')])) as Record<
      RegionCode,
      z.ZodNumber
    >,
  ),
});

/* ---------------------------------------------------------------- staff */

const id = z.uuid({ message: 'validation.id' });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');
export const monthInput = month;
const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').nullish().transform((s) => (s ? s : null));

/** A member of the project's own staff (not a participant): their time is the direct staff cost under ESF+. */
export interface StaffMember {
  id: string;
  name: string;
  role: string | null;
  /** Where they are employed: the municipality decides the region their cost belongs to. */
  municipalityCode: string;
  municipalityName: string;
  /** Gross monthly employment cost in whole kronor (salary with employer's contributions). */
  monthlySalary: number;
  /** Öre per hour: monthly × 12 ÷ the divisor, rounded half up. */
  hourlyCostOre: number;
  startDate: string | null;
  endDate: string | null;
  updatedAt: string;
}

export const staffFields = z.object({
  name: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  role: optionalText(120),
  municipalityCode: z.string().regex(/^\d{4}$/, 'validation.municipalityCode'),
  monthlySalary: z.number().int('validation.staffSalary').min(1, 'validation.staffSalary').max(500_000, 'validation.staffSalary'),
  startDate: isoDate.nullish().transform((v) => v ?? null),
  endDate: isoDate.nullish().transform((v) => v ?? null),
});
const staffDates = <T extends { startDate: string | null; endDate: string | null }>(v: T) => !v.startDate || !v.endDate || v.endDate >= v.startDate;
export const createStaffInput = staffFields.refine(staffDates, { path: ['endDate'], message: 'validation.endDateBeforeStart' });
export const updateStaffInput = staffFields.extend({ id }).refine(staffDates, { path: ['endDate'], message: 'validation.endDateBeforeStart' });
export const listStaffInput = z.object({ search: searchText, ...pageWindow });

/** One staff member's year: hours and signing per month, and what the cap leaves eligible. */
export interface StaffYearRow {
  staffId: string;
  name: string;
  role: string | null;
  hourlyCostOre: number;
  months: {
    month: string;
    hours: number;
    /** Hours that count after the annual cap (earlier months of the year fill it first). */
    eligibleHours: number;
    signed: boolean;
    signedOn: string | null;
  }[];
  totalHours: number;
  eligibleHours: number;
  /** Hours above the cap this year: recorded, not eligible. */
  cappedHours: number;
  amountOre: number;
}

export interface StaffYear extends Page<StaffYearRow> {
  year: number;
  annualHourCap: number;
}

export const staffYearInput = z.object({ year: z.number().int().min(2000, 'validation.year').max(2100, 'validation.year'), search: searchText, ...pageWindow });

const quarterHours = z
  .number()
  .min(0, 'validation.monthHours')
  .max(744, 'validation.monthHours')
  .refine((h) => Math.abs(h * 4 - Math.round(h * 4)) < 1e-9, 'validation.quarterHours');

/** A month's hours of one staff member (0 removes the month), and whether the time report is signed. */
export const setStaffTimeInput = z.object({
  staffId: id,
  month,
  hours: quarterHours,
  signed: z.boolean(),
  signedOn: isoDate.nullish().transform((v) => v ?? null),
  /** Left out: the stored note stays (the year grid sends hours and signing only); null or blank clears it. */
  note: z
    .string()
    .trim()
    .max(500, 'validation.tooLong')
    .nullish()
    .transform((s) => (s === undefined ? undefined : s ? s : null)),
});
export interface StaffTimeMonth {
  staffId: string;
  month: string;
  hours: number;
  signed: boolean;
  signedOn: string | null;
  note: string | null;
}

/* ------------------------------------------------------------ the money */

export const esfPlusLines = ['personal', 'schablon', 'indirekta_15', 'kop_av_tjanst', 'lokal', 'resa', 'materiel', 'ersattning_deltagare', 'deltagarlon'] as const;
/**
 * ESF+ budget and outcome lines: `personal` is staff time at unit cost;
 * `schablon` the 40 % flat rate, or `indirekta_15` the 15 % one with the
 * actual direct lines beside it; `deltagarlon` the participants' wage cost
 * (CPR 2021/1060 art. 56.2: eligible beside the flat rate), also the
 * in-kind co-financing.
 */
export type EsfPlusLine = (typeof esfPlusLines)[number];

/** The lines a flat rate shows: the others are covered by it (and stay in the records). */
export const linesOfFlatRate: Record<FlatRate, readonly EsfPlusLine[]> = {
  schablon_40: ['personal', 'schablon', 'deltagarlon'],
  indirekta_15: ['personal', 'indirekta_15', 'kop_av_tjanst', 'lokal', 'resa', 'materiel', 'ersattning_deltagare', 'deltagarlon'],
};

export interface EsfPlusRegionFigures {
  region: RegionCode;
  regionName: string;
  /** Eligible costs attributed to the region, öre. */
  eligibleOre: number;
  coFinancingPercent: number;
  /** What the region's co-financing must be: eligible × rate, rounded half up. */
  coFinancingOre: number;
  /** ESF+ support: eligible less co-financing. */
  esfOre: number;
}

export interface EsfPlusLineFigures {
  line: EsfPlusLine;
  budgetOre: number;
  outcomeOre: number;
  cumulativeBudgetOre: number;
  cumulativeOutcomeOre: number;
}

export interface EsfPlusPeriod {
  periodId: string;
  periodName: string;
  startDate: string;
  endDate: string;
  lines: EsfPlusLineFigures[];
  staffHours: number;
  eligibleStaffHours: number;
  eligibleOre: number;
  coFinancingOre: number;
  esfOre: number;
  regions: EsfPlusRegionFigures[];
  /** Co-financing recorded: the participants' wage cost and the financing entries (kontanta medel, other in-kind). */
  recordedCoFinancingOre: number;
}

export interface EsfPlusOutcome {
  settings: EsfPlusSettings;
  periods: EsfPlusPeriod[];
  totals: {
    staffHours: number;
    eligibleStaffHours: number;
    cappedStaffHours: number;
    staffCostOre: number;
    flatRateOre: number;
    otherDirectOre: number;
    participantWageOre: number;
    eligibleOre: number;
    coFinancingOre: number;
    esfOre: number;
    recordedCoFinancingOre: number;
    regions: EsfPlusRegionFigures[];
  };
  grantedEsfOre: number;
}


export interface EsfPlusBudgetLine {
  periodId: string;
  line: EsfPlusLine;
  amountOre: number;
}
export const setEsfPlusBudgetInput = z.object({ periodId: id, line: z.enum(esfPlusLines, { message: 'validation.invalid' }), amount: money });

export const ruleSetLabels: Record<RuleSet, string> = {
  esf_2007_2013: 'ESF 2007–2013',
  esf_plus_2021_2027: 'ESF+ 2021–2027',
};
