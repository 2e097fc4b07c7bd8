import { z } from 'zod';
import { isoDate, money, searchText } from './fields';
import { importChoice, importFileInput, type ImportPreviewSummary } from './imports';
import { pageWindow, sortDirection, type Page } from './paging';
import { esfPlusSettingsInput, ruleSets, type EsfPlusSettings, type RuleSet } from './esf-plus';

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

/*
 * ESF 2007–2013 kept money on two sides that must balance (ESF-rådet,
 * projekthandledning i ekonomi). Expense types (utgiftsslag) are the cost
 * categories less "kontanta medel", which is financing, never a cost.
 * "Offentligt bidrag i annat än pengar" is not typed in: its outcome is the
 * participants' wage cost computed by the app (plus any other in-kind
 * contribution registered on the financing side).
 */
/** What a user may enter as a cost. */
export const typedCostCategories = [
  'lon_personal',
  'kop_av_tjanst',
  'lokal',
  'resa',
  'materiel',
  'indirekta',
  'ersattning_deltagare',
] as const satisfies readonly CostCategory[];
export type TypedCostCategory = (typeof typedCostCategories)[number];
export const expenseTypes = [...typedCostCategories, 'bidrag_annat_an_pengar'] as const satisfies readonly CostCategory[];
export type ExpenseType = (typeof expenseTypes)[number];

export const financingSources = ['esf_stod', 'kontanta_medel', 'bidrag_annat_an_pengar', 'ersattning_deltagare'] as const;
export type FinancingSource = (typeof financingSources)[number];
/** Financing the user registers: cash from the owner and partners, and other in-kind contributions (premises lent free). */
export const financingEntrySources = ['kontanta_medel', 'bidrag_annat_an_pengar'] as const;
export type FinancingEntrySource = (typeof financingEntrySources)[number];

export const roundingRules = ['exakt', 'hela_timmar_nedat'] as const;
export type RoundingRule = (typeof roundingRules)[number];

export interface EsfSettings {
  /** Which programme's rules the money and the reports follow (issue 17); KUB's is ESF 2007–2013. */
  ruleSet: RuleSet;
  /** The ESF+ figures, used when `ruleSet` is ESF+ and kept while it is not. */
  esfPlus: EsfPlusSettings;
  projectName: string;
  caseNumber: string;
  /** The project's e-mail address: the ORGANIZER of exported calendars (empty = a placeholder address). */
  projectEmail: string;
  /** e.g. "{diarienummer}-{år}-{kvartal}"; {diarienummer}, {år}, {kvartal}, {period} are filled in. */
  reportIdPattern: string;
  periodMonths: number;
  /** Payroll overhead (PO-pålägg) in percent per year, e.g. { "2013": 38.46 }; years not listed use the latest earlier one. */
  overheadByYear: Record<string, number>;
  annualWorkingHours: number;
  rounding: RoundingRule;
  /** Beviljat ESF-stöd for the whole project, öre (0 = not entered). */
  grantedEsfOre: number;
  /** Beslutad medfinansieringsgrad in percent of total expenditure (0 = not entered). */
  decidedCoFinancingPercent: number;
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
  category: TypedCostCategory;
  amountOre: number;
  supplier: string | null;
  voucherNumber: string | null;
  note: string | null;
  updatedAt: string;
}

export interface FinancingEntry {
  id: string;
  date: string;
  source: FinancingEntrySource;
  financier: string;
  amountOre: number;
  voucherNumber: string | null;
  note: string | null;
  updatedAt: string;
}

export interface BudgetLine {
  periodId: string;
  category: ExpenseType;
  amountOre: number;
}

export interface FinancingBudgetLine {
  periodId: string;
  source: FinancingSource;
  amountOre: number;
}

interface MoneyFigures {
  periodId: string;
  periodName: string;
  budgetOre: number;
  outcomeOre: number;
  cumulativeBudgetOre: number;
  cumulativeOutcomeOre: number;
}
export interface BudgetOutcomeRow extends MoneyFigures {
  category: ExpenseType;
}
export interface FinancingOutcomeRow extends MoneyFigures {
  source: FinancingSource;
}

/** One period's two sides: outcome of expenses equals outcome of financing by construction (ESF-stöd is what remains). */
export interface FinancingBalance {
  periodId: string;
  periodName: string;
  startDate: string;
  endDate: string;
  expensesOre: number;
  financingOre: number;
  cumulativeExpensesOre: number;
  cumulativeFinancingOre: number;
  esfOre: number;
  cumulativeEsfOre: number;
  /** ESF-stöd as a share of total expenditure, cumulative; null with no expenditure. */
  cumulativeEsfSharePercent: number | null;
  /** Co-financing (everything but ESF-stöd) as a share of total expenditure, cumulative. */
  cumulativeCoFinancingPercent: number | null;
}

export interface BudgetOutcome {
  expenses: BudgetOutcomeRow[];
  financing: FinancingOutcomeRow[];
  balance: FinancingBalance[];
  grantedEsfOre: number;
  decidedCoFinancingPercent: number;
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

/** Every free text of a period; `ickediskriminering` is the ESF+ kvartalsrapport's (issue 17), the 2012 lägesrapport has none. */
export const periodTextKeys = ['verksamhet', 'jamstalldhet', 'tillganglighet', 'avvikelser', 'ickediskriminering'] as const;
export type PeriodTextKey = (typeof periodTextKeys)[number];
/** The texts each report prints, so readiness asks for those and the page shows those of the project's rule set. */
export const lagesrapportTextKeys = ['verksamhet', 'jamstalldhet', 'tillganglighet', 'avvikelser'] as const satisfies readonly PeriodTextKey[];
export const kvartalsrapportTextKeys = periodTextKeys;

const id = z.uuid({ message: 'validation.id' });

export const esfSettingsInput = z.object({
  ruleSet: z.enum(ruleSets, { message: 'validation.ruleSet' }),
  esfPlus: esfPlusSettingsInput,
  projectName: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  caseNumber: z.string().trim().max(60, 'validation.tooLong'),
  projectEmail: z
    .string()
    .trim()
    .max(200, 'validation.tooLong')
    .refine((v) => v === '' || z.email().safeParse(v).success, 'validation.email'),
  reportIdPattern: z.string().trim().max(120, 'validation.tooLong'),
  periodMonths: z.number().int().min(1, 'validation.periodMonths').max(12, 'validation.periodMonths'),
  overheadByYear: z.record(z.string().regex(/^\d{4}$/, 'validation.year'), z.number().min(0, 'validation.overhead').max(100, 'validation.overhead')),
  annualWorkingHours: z.number().int().min(1000, 'validation.annualHours').max(2500, 'validation.annualHours'),
  rounding: z.enum(roundingRules, { message: 'validation.rounding' }),
  grantedEsfOre: z.number().int('validation.amount').min(0, 'validation.amount').max(100_000_000_000, 'validation.amount'),
  decidedCoFinancingPercent: z.number().min(0, 'validation.percent').max(100, 'validation.percent'),
  targets: z.object({
    participantsWomen: z.number().int().min(0),
    participantsMen: z.number().int().min(0),
    hours: z.number().min(0),
    activitiesPerTrack: z.record(z.string(), z.number().int().min(0)),
  }),
});

export const periodRangeInput = z.object({ from: isoDate, to: isoDate }).refine((v) => v.to >= v.from, { path: ['to'], message: 'validation.endDateBeforeStart' });
export const periodIdInput = z.object({ periodId: id });

const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').nullish().transform((s) => (s ? s : null));
export const costFields = z.object({
  date: isoDate,
  category: z.enum(typedCostCategories, { message: 'validation.costCategory' }),
  amount: money,
  supplier: optionalText(200),
  voucherNumber: optionalText(40),
  note: optionalText(1000),
});
export const createCostInput = costFields;
export const updateCostInput = costFields.extend({ id });
/** The columns the cost list sorts by on the server. */
export const costSorts = ['date', 'category', 'amount', 'supplier', 'voucher'] as const;
export type CostSort = (typeof costSorts)[number];
export const listCostsInput = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    category: z.enum(typedCostCategories, { message: 'validation.costCategory' }).optional(),
    /** Supplier, voucher number or note. */
    search: searchText,
    sort: z.enum(costSorts, { message: 'validation.sortColumn' }).default('date'),
    direction: sortDirection,
    ...pageWindow,
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ['to'], message: 'validation.endDateBeforeStart' });

/** A page of costs, with sums over every page, in SQL. */
export interface CostPage extends Page<Cost> {
  /** Number and sum per expense type of the costs that match every filter but the expense type (each type its own line). */
  totals: { category: TypedCostCategory; count: number; amountOre: number }[];
  /** The sum of all matching costs, every filter applied. */
  sumOre: number;
}

export const financingSorts = ['date', 'source', 'financier', 'amount', 'voucher'] as const;
export type FinancingSort = (typeof financingSorts)[number];
export const listFinancingInput = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    source: z.enum(financingEntrySources, { message: 'validation.financingSource' }).optional(),
    /** Financier, voucher number or note. */
    search: searchText,
    sort: z.enum(financingSorts, { message: 'validation.sortColumn' }).default('date'),
    direction: sortDirection,
    ...pageWindow,
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ['to'], message: 'validation.endDateBeforeStart' });

/** A page of financing entries, with sums over every page, in SQL. */
export interface FinancingPage extends Page<FinancingEntry> {
  /** Number and sum per source of the entries that match every filter but the source. */
  totals: { source: FinancingEntrySource; count: number; amountOre: number }[];
  /** The sum of all matching entries, every filter applied. */
  sumOre: number;
}
export const setBudgetInput = z.object({ periodId: id, category: z.enum(expenseTypes, { message: 'validation.costCategory' }), amount: money });
export const financingFields = z.object({
  date: isoDate,
  source: z.enum(financingEntrySources, { message: 'validation.financingSource' }),
  financier: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  amount: money,
  voucherNumber: optionalText(40),
  note: optionalText(1000),
});
export const createFinancingInput = financingFields;
export const updateFinancingInput = financingFields.extend({ id });
export const setFinancingBudgetInput = z.object({ periodId: id, source: z.enum(financingSources, { message: 'validation.financingSource' }), amount: money });
export const costImportInput = importFileInput(14_000_000);
export const costImportCommitInput = costImportInput.extend(importChoice);

/** One valid row of a cost file, as the preview shows it. */
export interface CostImportSampleRow {
  row: number;
  date: string;
  category: TypedCostCategory;
  amountOre: number;
  supplier: string | null;
}

/** What the cost import shows before writing: the counts and first problems every import gives, and the first valid rows. */
export interface CostImportPreview extends ImportPreviewSummary {
  sample: CostImportSampleRow[];
}

export const savePeriodTextInput = z.object({
  periodId: id,
  key: z.enum(periodTextKeys, { message: 'validation.invalid' }),
  text: z.string().max(50_000, 'validation.tooLong'),
});
/*
 * The slutrapport's own texts, written once for the whole project, in the
 * order of ESF-rådet's guidance for the final report.
 */
export const projectTextKeys = ['sammanfattning', 'projektide', 'resultat', 'jamstalldhet', 'tillganglighet', 'ickediskriminering', 'lardomar', 'spridning', 'avvikelser'] as const;
export type ProjectTextKey = (typeof projectTextKeys)[number];
export const saveProjectTextInput = z.object({
  key: z.enum(projectTextKeys, { message: 'validation.invalid' }),
  text: z.string().max(50_000, 'validation.tooLong'),
});

export const scbExportInput = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month') });
export const progressReportInput = z.object({ periodId: id });
