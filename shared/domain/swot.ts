import { z } from 'zod';
import { isoDate } from './fields';
import { importChoice, importFileInput, type ImportPreviewSummary } from './imports';

/* SWOT days (mobilisation phase): three preparation levels, three
 * perspectives, each a 2×2 board of Styrkor, Svagheter, Möjligheter, Hot. */

export const perspectives = ['nya_utmaningar', 'malgrupper', 'nya_mojligheter'] as const;
export type Perspective = (typeof perspectives)[number];

export const quadrants = ['styrkor', 'svagheter', 'mojligheter', 'hot'] as const;
export type Quadrant = (typeof quadrants)[number];

export const preparationLevels = ['omvarld', 'narvarld', 'invarld'] as const;
export type PreparationLevel = (typeof preparationLevels)[number];

export const swotDayStatuses = ['planerad', 'genomford', 'rapporterad'] as const;
export type SwotDayStatus = (typeof swotDayStatuses)[number];

/** 1 = hög, 2 = medel, 3 = låg; null = not prioritised. */
export const priorities = [1, 2, 3] as const;
export type Priority = (typeof priorities)[number];

export interface CompetenceArea {
  id: string;
  name: string;
  description: string | null;
  /** One of the project's training tracks (lärande, marknadsföring, bemötande, IT, ledarskap). */
  isTrack: boolean;
  /** Extra words (Swedish) that point to this area, for suggestions. */
  keywords: string[];
  sortOrder: number;
}

export interface SwotDay {
  id: string;
  municipalityCode: string;
  date: string;
  libraryUnitId: string | null;
  facilitators: string | null;
  participantsWomen: number;
  participantsMen: number;
  participantsOther: number;
  status: SwotDayStatus;
  prepOmvarld: string | null;
  prepNarvarld: string | null;
  prepInvarld: string | null;
  updatedAt: string;
}

export interface SwotNote {
  id: string;
  swotDayId: string;
  perspective: Perspective;
  quadrant: Quadrant;
  text: string;
  /** Order within its cell (ascending). */
  position: number;
  priority: Priority | null;
  areaIds: string[];
  updatedAt: string;
}

/** One row of a SWOT-note import file, after parsing. */
export interface SwotImportRow {
  /** 1-based row number in the file (header is row 1). */
  row: number;
  perspective: Perspective;
  quadrant: Quadrant;
  text: string;
  /** Area names as written in the file; matched to competence areas by the importer. */
  areaNames: string[];
}

/** What the SWOT import shows before writing: the counts and first problems every import gives, and the valid rows. */
export interface SwotImportPreview extends ImportPreviewSummary {
  rows: SwotImportRow[];
}

/** What the municipality's SWOT summary (Word) is made from. */
export interface SwotSummaryData {
  municipality: { code: string; name: string; countyName: string };
  day: {
    date: string;
    place: string | null;
    facilitators: string | null;
    participantsWomen: number;
    participantsMen: number;
    participantsOther: number;
    status: SwotDayStatus;
    preparation: Record<PreparationLevel, string | null>;
  };
  /** Notes per perspective and quadrant, in board order. */
  notes: Record<Perspective, Record<Quadrant, { text: string; areas: string[]; priority: Priority | null }[]>>;
  /** Needs: competence areas on notes under Svagheter, Möjligheter and Hot, with how many notes point to them, highest first. */
  needs: { area: string; noteCount: number; highPriorityCount: number }[];
  /** Strengths to build on: the areas on notes under Styrkor, counted the same way and never as needs. */
  strengths: { area: string; noteCount: number; highPriorityCount: number }[];
  plan: { need: string; goal: string; activity: string | null; responsible: string | null; status: string }[];
  generatedAt: string;
}


const count = z
  .union([z.number(), z.string().trim()])
  .nullish()
  .transform((v) => (v === '' || v === undefined || v === null ? 0 : Number(v)))
  .refine((v) => Number.isInteger(v) && v >= 0 && v <= 10000, 'validation.participants');

const optionalLongText = z
  .string()
  .trim()
  .max(20000, 'validation.tooLong')
  .nullish()
  .transform((s) => (s ? s : null));

export const swotDayFields = z.object({
  date: isoDate,
  libraryUnitId: z
    .union([z.literal(''), z.uuid({ message: 'validation.id' })])
    .nullish()
    .transform((v) => (v ? v : null)),
  facilitators: z
    .string()
    .trim()
    .max(300, 'validation.tooLong')
    .nullish()
    .transform((s) => (s ? s : null)),
  participantsWomen: count,
  participantsMen: count,
  participantsOther: count,
  status: z.enum(swotDayStatuses, { message: 'validation.swotStatus' }),
  prepOmvarld: optionalLongText,
  prepNarvarld: optionalLongText,
  prepInvarld: optionalLongText,
});

export const noteText = z.string().trim().min(1, 'validation.required').max(2000, 'validation.tooLong');

const id = z.uuid({ message: 'validation.id' });
const municipalityCode = z.string().regex(/^\d{4}$/, 'validation.municipalityCode');
const priority = z
  .union([z.literal(1), z.literal(2), z.literal(3)], { message: 'validation.priority' })
  .nullable();

export const areaFields = z.object({
  name: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
  description: z
    .string()
    .trim()
    .max(500, 'validation.tooLong')
    .nullish()
    .transform((s) => (s ? s : null)),
  isTrack: z.boolean().default(false),
  keywords: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
});

export const listSwotDaysInput = z.object({ municipalityCode: municipalityCode.optional() });
export const createSwotDayInput = swotDayFields.extend({ municipalityCode });
/** Before a new SWOT day: the municipality's days so far and the visit on that date it would be linked to. */
export const swotDayCreateCheckInput = z.object({ municipalityCode, date: isoDate });
export const updateSwotDayInput = swotDayFields.extend({ id });
export const createAreaInput = areaFields;
export const updateAreaInput = areaFields.extend({ id });
export const suggestAreasInput = z.object({ text: z.string().max(2000, 'validation.tooLong') });

export const addNoteInput = z.object({
  swotDayId: id,
  perspective: z.enum(perspectives, { message: 'validation.perspective' }),
  quadrant: z.enum(quadrants, { message: 'validation.quadrant' }),
  text: noteText,
});
export const updateNoteInput = z.object({
  id,
  text: noteText.optional(),
  priority: priority.optional(),
  areaIds: z.array(id).max(20).optional(),
});
export const moveNoteInput = z.object({
  id,
  perspective: z.enum(perspectives, { message: 'validation.perspective' }),
  quadrant: z.enum(quadrants, { message: 'validation.quadrant' }),
  /** Index in the target cell; omitted = last. */
  index: z.number().int().min(0).optional(),
});

export interface SwotDayWithNotes {
  day: SwotDay;
  notes: SwotNote[];
}

export interface SwotDaySummary extends SwotDay {
  municipalityName: string;
  noteCount: number;
}

/** A suggested competence area for a note's text; never applied without the user's say. */
export interface AreaSuggestion {
  areaId: string;
  score: number;
  /** The note's own words that point to the area. */
  matched: string[];
}

/** A day's notes fit in a small file; 14 MB of base64 is a 10 MB spreadsheet. */
export const swotImportInput = importFileInput(14_000_000).extend({ swotDayId: id });
export const swotImportCommitInput = swotImportInput.extend(importChoice);
