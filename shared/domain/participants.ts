import Personnummer from 'personnummer';
import { z } from 'zod';
import { isoDate, optionalNumber, optionalText } from './fields';
import { importChoice, importFileInput, type ImportPreviewSummary } from './imports';
import { pageWindow, sortDirection, type Page } from './paging';

/* Participants (deltagare): library staff taking part in the training, with
 * what the ESF reports need (gender, birth year, salary for co-financing). */

export const genders = ['kvinna', 'man', 'annat'] as const;
export type Gender = (typeof genders)[number];

export interface Participant {
  id: string;
  firstName: string | null;
  lastName: string | null;
  gender: Gender;
  birthYear: number | null;
  /** Only ever masked outside the core: "19800101-****". */
  personnummerMasked: string | null;
  municipalityCode: string;
  libraryUnitId: string | null;
  role: string | null;
  /** Percent of full time, 1–100. */
  employmentRate: number | null;
  /** Kronor per month. */
  monthlySalary: number | null;
  startDate: string;
  endDate: string | null;
  /** Erased on request (GDPR): personal fields are gone, hours remain. */
  erased: boolean;
  updatedAt: string;
}

export interface ParticipantSummary extends Participant {
  municipalityName: string;
  countyCode: string;
  libraryUnitName: string | null;
  hours: number;
}

export interface ParticipantHistoryRow {
  attendanceId: string;
  date: string;
  activityId: string;
  activityName: string;
  place: string;
  hours: number;
}

export interface ParticipantHistory {
  participant: ParticipantSummary;
  rows: ParticipantHistoryRow[];
  /** Hours per month 'YYYY-MM', in order. */
  months: { month: string; hours: number }[];
}

/** Normalises a valid personnummer to 12 digits without separator, or null when it is not valid. */
export function normalisePersonnummer(input: string): string | null {
  const trimmed = input.trim();
  if (!Personnummer.valid(trimmed)) return null;
  const parsed = Personnummer.parse(trimmed);
  return parsed.format(true).replace(/\D/g, '');
}

/**
 * Masks every personnummer-like number in a message ("19800101-2387",
 * "800101-2387", "198001012387" → "19800101-****", "800101-****"): a cell
 * echoed in an import's row error may hold one, typed in the wrong column.
 */
export function maskPersonnummerIn(text: string): string {
  return text.replace(/(?<!\d)((?:19|20)?\d{6})([-+]?)\d{4}(?!\d)/g, (_m, date: string, sep: string) => `${date}${sep || '-'}****`);
}

/** "198001011234" → "19800101-****": enough to tell people apart, not enough to identify. */
export function maskPersonnummer(normalised: string): string {
  return `${normalised.slice(0, 8)}-****`;
}

const id = z.uuid({ message: 'validation.id' });
const municipalityCode = z.string().regex(/^\d{4}$/, 'validation.municipalityCode');

export const participantFields = z
  .object({
    firstName: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
    lastName: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
    gender: z.enum(genders, { message: 'validation.gender' }),
    birthYear: optionalNumber(1940, 2010, 'validation.birthYear', true),
    /** undefined keeps the stored one; '' removes it. */
    personnummer: z
      .string()
      .trim()
      .optional()
      .refine((v) => v === undefined || v === '' || normalisePersonnummer(v) !== null, 'validation.personnummer'),
    municipalityCode,
    libraryUnitId: z
      .union([z.literal(''), id])
      .nullish()
      .transform((v) => (v ? v : null)),
    role: optionalText(120),
    employmentRate: optionalNumber(1, 100, 'validation.employmentRate'),
    monthlySalary: optionalNumber(1000, 200_000, 'validation.salary', true),
    startDate: isoDate,
    endDate: z
      .union([z.literal(''), isoDate])
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .refine((p) => p.endDate === null || p.endDate >= p.startDate, { path: ['endDate'], message: 'validation.endDateBeforeStart' })
  .refine(
    (p) => {
      const n = p.personnummer ? normalisePersonnummer(p.personnummer) : null;
      return !n || p.birthYear === null || Number(n.slice(0, 4)) === p.birthYear;
    },
    { path: ['birthYear'], message: 'validation.birthYearMismatch' },
  );

export const createParticipantInput = participantFields;
export const updateParticipantInput = participantFields.safeExtend({ id });
/** The columns Deltagare sorts on (on the server); ties go by name. */
export const participantSortColumns = ['name', 'municipality', 'startDate', 'hours'] as const;
export type ParticipantSort = (typeof participantSortColumns)[number];

/**
 * One page of participants, sorted and searched on the server. The search
 * matches every word, folded for case and diacritics ("oberg" finds
 * "Öberg"), anywhere in the name or municipality; a search of only one- or
 * two-letter words matches the start of a first or last name.
 */
export const listParticipantsInput = z.object({
  countyCode: z.enum(['03', '17', '20', '21'], { message: 'validation.countyCode' }).optional(),
  municipalityCode: municipalityCode.optional(),
  search: z.string().trim().max(80, 'validation.tooLong').optional(),
  sort: z.enum(participantSortColumns, { message: 'validation.sortColumn' }).default('name'),
  direction: sortDirection,
  ...pageWindow,
});

/** At most this many matches in the participant picker: enough to add a small municipality's staff at once. */
export const maxParticipantOptions = 100;

/** The participant picker's type-ahead: live, not erased, not yet in the activity. */
export const searchParticipantsInput = z.object({
  search: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
  /** Leaves out the participants with attendance in this activity. */
  excludeActivityId: id.optional(),
  limit: z.number().int('validation.pageWindow').min(1, 'validation.pageWindow').max(maxParticipantOptions, 'validation.pageWindow').default(20),
});

export interface ParticipantOption {
  id: string;
  name: string;
  municipalityName: string;
}

export type ParticipantPage = Page<ParticipantSummary>;
/** The picker's matches (at most `limit`) and how many there are in all. */
export type ParticipantOptions = Page<ParticipantOption>;

/* Import. */

export interface ParticipantImportRow {
  /** 1-based row number in the file (header is row 1). */
  row: number;
  firstName: string;
  lastName: string;
  gender: Gender;
  birthYear: number | null;
  personnummerMasked: string | null;
  municipalityCode: string;
  municipalityName: string;
  role: string | null;
  employmentRate: number | null;
  monthlySalary: number | null;
  startDate: string;
  endDate: string | null;
}

export interface ParticipantDuplicate {
  row: number;
  /** An existing participant, or null when the duplicate is an earlier row of the same file. */
  existingId: string | null;
  existingName: string;
  reason: 'personnummer' | 'namn_fodelsear_kommun';
  /** The earlier row of the file it repeats. */
  earlierRow: number | null;
}

/** The counts and first problems every import shows, with the rows to import and the duplicates to choose among. */
export interface ParticipantImportPreview extends ImportPreviewSummary {
  rows: ParticipantImportRow[];
  duplicates: ParticipantDuplicate[];
}

export const participantImportInput = importFileInput(40_000_000);
export const participantImportCommitInput = participantImportInput.extend({
  ...importChoice,
  /** Rows that duplicate an existing participant and should update it; other duplicates are skipped. */
  mergeRows: z.array(z.number().int().min(2)).max(20_000).default([]),
});

export const eraseParticipantInput = z.object({ id, confirmName: z.string().trim().min(1, 'validation.required') });
export const timeReportInput = z.object({ participantId: id, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month') });
