import { z } from 'zod';
import { isoDate } from './fields';

/* ESF reporting: project settings, co-financing, budget and outcome,
 * indicators, the overview, and the texts the manager writes per period. */

export const costCategories = [
  'lon_personal',
  'kop_av_tjanst',
  'lokal',
  'resa',
  'materiel',
  'indirekta',
  'ersattning_deltagare',
  'bidrag_annat_an_pengar',
  'kontanta_medel',
] as const;
export type CostCategory = (typeof costCategories)[number];
export const costCategoryLabels: Record<CostCategory, string> = {
  lon_personal: 'Lön personal',
  kop_av_tjanst: 'Köp av tjänst',
  lokal: 'Lokal',
  resa: 'Resa',
  materiel: 'Materiel',
  indirekta: 'Indirekta utgifter',
  ersattning_deltagare: 'Offentligt finansierad ersättning till deltagare',
  bidrag_annat_an_pengar: 'Offentligt bidrag i annat än pengar',
  kontanta_medel: 'Kontanta medel',
};

export const roundingRules = ['exakt', 'hela_timmar_nedat'] as const;
export type RoundingRule = (typeof roundingRules)[number];

export interface EsfSettings {
  projectName: string;
  caseNumber: string;
  /** e.g. "{diarienummer}-{år}-{kvartal}"; {diarienummer}, {år}, {kvartal}, {period} are filled in. */
  reportIdPattern: string;
  periodMonths: number;
  /** Payroll overhead (PO-pålägg) in percent per year, e.g. { "2013": 38.46 }; years not listed use the latest earlier one. */
  overheadByYear: Record<string, number>;
  annualWorkingHours: number;
  rounding: RoundingRule;
  targets: {
    participantsWomen: number;
    participantsMen: number;
    hours: number;
    /** Activities per track (competence-area id of a track). */
    activitiesPerTrack: Record<string, number>;
  };
}

export interface CoFinancingRow {
  participantId: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
  countyCode: string;
  gender: string;
  /** Hours attended in the period, before rounding. */
  hours: number;
  /** Hours that count, after the rounding rule. */
  countedHours: number;
  monthlySalary: number | null;
  /** Öre per hour; null when the salary is missing. */
  hourlyCostOre: number | null;
  /** Öre; null when the salary is missing (flagged, not guessed). */
  amountOre: number | null;
}

export interface CoFinancing {
  periodStart: string;
  periodEnd: string;
  rows: CoFinancingRow[];
  totalOre: number;
  totalHours: number;
  missingSalary: number;
  byMunicipality: { code: string; name: string; countyCode: string; hours: number; amountOre: number }[];
  byCounty: { code: string; name: string; hours: number; amountOre: number }[];
}

export interface Cost {
  id: string;
  date: string;
  category: CostCategory;
  amountOre: number;
  supplier: string | null;
  note: string | null;
  updatedAt: string;
}

export interface BudgetLine {
  periodId: string;
  category: CostCategory;
  amountOre: number;
}

export interface BudgetOutcomeRow {
  periodId: string;
  periodName: string;
  category: CostCategory;
  budgetOre: number;
  outcomeOre: number;
  cumulativeBudgetOre: number;
  cumulativeOutcomeOre: number;
}

export interface Indicators {
  from: string;
  to: string;
  participants: {
    started: { women: number; men: number; other: number };
    ongoing: { women: number; men: number; other: number };
    finished: { women: number; men: number; other: number };
    byCounty: { code: string; name: string; women: number; men: number; other: number }[];
    byRole: { role: string; count: number }[];
  };
  hours: { total: number; women: number; men: number; other: number; byCounty: { code: string; name: string; hours: number }[] };
  activitiesPerTrack: { trackId: string | null; trackName: string; count: number; target: number | null }[];
  targets: EsfSettings['targets'];
}

export interface Overview {
  today: string;
  phases: { name: string; startDate: string; endDate: string; progress: number }[];
  swotDaysByCounty: { code: string; name: string; held: number; municipalities: number }[];
  participants: { women: number; men: number; other: number; targetWomen: number; targetMen: number };
  hours: { total: number; target: number };
  budget: { budgetOre: number; outcomeOre: number };
  deadlines: { date: string; what: string }[];
}

export const periodTextKeys = ['verksamhet', 'jamstalldhet', 'tillganglighet', 'avvikelser'] as const;
export type PeriodTextKey = (typeof periodTextKeys)[number];
export const periodTextLabels: Record<PeriodTextKey, string> = {
  verksamhet: 'Verksamheten i projektet',
  jamstalldhet: 'Så har vi arbetat med jämställdhet',
  tillganglighet: 'Så har vi arbetat med tillgänglighet',
  avvikelser: 'Avvikelser från projektplanen',
};

const id = z.uuid({ message: 'validation.id' });
const money = z
  .union([z.number(), z.string().trim()])
  .transform((v) => (typeof v === 'number' ? v : Number(v.replace(/\s/g, '').replace(/kr$/i, '').replace(',', '.'))))
  .refine((v) => Number.isFinite(v) && Math.abs(v) <= 1_000_000_000 && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'validation.amount')
  /* Kronor in, öre out: the only place the conversion happens. */
  .transform((v) => Math.round(v * 100));

export const esfSettingsInput = z.object({
  projectName: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  caseNumber: z.string().trim().max(60, 'validation.tooLong'),
  reportIdPattern: z.string().trim().max(120, 'validation.tooLong'),
  periodMonths: z.number().int().min(1, 'validation.periodMonths').max(12, 'validation.periodMonths'),
  overheadByYear: z.record(z.string().regex(/^\d{4}$/, 'validation.year'), z.number().min(0, 'validation.overhead').max(100, 'validation.overhead')),
  annualWorkingHours: z.number().int().min(1000, 'validation.annualHours').max(2500, 'validation.annualHours'),
  rounding: z.enum(roundingRules, { message: 'validation.rounding' }),
  targets: z.object({
    participantsWomen: z.number().int().min(0),
    participantsMen: z.number().int().min(0),
    hours: z.number().min(0),
    activitiesPerTrack: z.record(z.string(), z.number().int().min(0)),
  }),
});

export const periodRangeInput = z.object({ from: isoDate, to: isoDate }).refine((v) => v.to >= v.from, { path: ['to'], message: 'validation.endDateBeforeStart' });
export const periodIdInput = z.object({ periodId: id });

export const costFields = z.object({
  date: isoDate,
  category: z.enum(costCategories, { message: 'validation.costCategory' }),
  amount: money,
  supplier: z.string().trim().max(200, 'validation.tooLong').nullish().transform((s) => (s ? s : null)),
  note: z.string().trim().max(1000, 'validation.tooLong').nullish().transform((s) => (s ? s : null)),
});
export const createCostInput = costFields;
export const updateCostInput = costFields.extend({ id });
export const listCostsInput = z.object({ from: isoDate.optional(), to: isoDate.optional() });
export const setBudgetInput = z.object({ periodId: id, category: z.enum(costCategories, { message: 'validation.costCategory' }), amount: money });
export const costImportInput = z.object({
  fileName: z.string().trim().min(1, 'validation.required').max(255, 'validation.tooLong'),
  contentBase64: z.string().max(14_000_000, 'validation.fileTooLarge'),
});
export const costImportCommitInput = costImportInput.extend({ onlyValid: z.boolean() });

export const savePeriodTextInput = z.object({
  periodId: id,
  key: z.enum(periodTextKeys, { message: 'validation.invalid' }),
  text: z.string().max(50_000, 'validation.tooLong'),
});
export const scbExportInput = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month') });
export const progressReportInput = z.object({ periodId: id });
