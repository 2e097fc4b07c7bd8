import { z } from 'zod';

/*
 * Readiness before a report: every missing or doubtful item in plain
 * Swedish, with where in the app it is fixed. A report made while items are
 * open is marked UTKAST and lists them on its last page.
 */

export const reportKinds = ['lagesrapport', 'utbetalning', 'slutrapport', 'scb', 'kvartalsrapport'] as const;
export type ReportKind = (typeof reportKinds)[number];

export const readinessItemKeys = [
  'caseNumber',
  'periodTexts',
  'projectTexts',
  'missingSalary',
  'missingPersonnummer',
  'activitiesWithoutAttendance',
  'costsWithoutVoucher',
  'financingWithoutVoucher',
  'budgetMissing',
  'financingBudgetMissing',
  'swotDaysNotReported',
  'noData',
  'esfAboveGranted',
  /* ESF+ only: months with attendance or staff time that are not signed. */
  'unsignedParticipantMonths',
  'unsignedStaffMonths',
] as const;
export type ReadinessItemKey = (typeof readinessItemKeys)[number];

export interface ReadinessItem {
  key: ReadinessItemKey;
  /** One sentence in Swedish: what is missing and why it matters for this report. */
  message: string;
  /** How many rows the item is about (0 when it is a single setting). */
  count: number;
  /** Up to ten examples (names, dates), never a personnummer. */
  examples: string[];
  /** The app route where it is fixed, e.g. `/esf/installningar`. */
  link: string;
  /** Swedish label of that link. */
  linkLabel: string;
}

export interface Readiness {
  kind: ReportKind;
  /** The period or month the report covers, in words. */
  scope: string;
  ready: boolean;
  items: ReadinessItem[];
}

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');
export const readinessInput = z
  .object({
    kind: z.enum(reportKinds, { message: 'validation.invalid' }),
    periodId: z.uuid({ message: 'validation.id' }).optional(),
    month: month.optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.kind === 'lagesrapport' || v.kind === 'utbetalning' || v.kind === 'kvartalsrapport') && !v.periodId) ctx.addIssue({ code: 'custom', path: ['periodId'], message: 'validation.required' });
    if (v.kind === 'scb' && !v.month) ctx.addIssue({ code: 'custom', path: ['month'], message: 'validation.month' });
  });
