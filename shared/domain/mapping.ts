import { z } from 'zod';
import { countyCodes, type CountyCode } from './municipalities';
import { perspectives, quadrants, swotDayStatuses, type Perspective, type Quadrant } from './swot';

/* Kartläggning: how the needs found at the SWOT days spread over the
 * municipalities, counties and competence areas.
 *
 * A need is a competence area tagged on a note under Svagheter, Möjligheter
 * or Hot; an area tagged under Styrkor is a strength to build on, counted
 * apart and never as a need. */

export const needQuadrants = ['svagheter', 'mojligheter', 'hot'] as const satisfies readonly Quadrant[];
export const strengthQuadrants = ['styrkor'] as const satisfies readonly Quadrant[];
export const noteKinds = ['behov', 'styrka'] as const;
export type NoteKind = (typeof noteKinds)[number];

const mappingFilter = {
  countyCode: z.enum(countyCodes, { message: 'validation.countyCode' }).optional(),
  // Omitted means every status, so a fresh view shows everything collected so far.
  statuses: z.array(z.enum(swotDayStatuses, { message: 'validation.swotStatus' })).max(swotDayStatuses.length * 2).optional(),
};

const municipalityCode = z.string().regex(/^\d{4}$/, 'validation.municipalityCode');

/** One municipality's mapping (its page shows its own needs) is counted on the server, never cut from the country's. */
export const swotMappingInput = z.object({ ...mappingFilter, municipalityCode: municipalityCode.optional() });

export const swotMappingNotesInput = z.object({
  ...mappingFilter,
  municipalityCode: municipalityCode.optional(),
  areaId: z.uuid({ message: 'validation.id' }).optional(),
  perspective: z.enum(perspectives, { message: 'validation.perspective' }).optional(),
  quadrant: z.enum(quadrants, { message: 'validation.quadrant' }).optional(),
  /** Only the notes behind a need count, or behind a strength count. */
  kind: z.enum(noteKinds, { message: 'validation.invalid' }).optional(),
});

export type SwotMappingFilter = z.output<typeof swotMappingInput>;
export type SwotMappingNotesFilter = z.output<typeof swotMappingNotesInput>;

export interface HeatmapCell {
  municipalityCode: string;
  areaId: string;
  noteCount: number;
}

export interface SwotMapping {
  /** Active competence areas, in their sort order: the columns of the heatmap. */
  areas: { id: string; name: string; isTrack: boolean }[];
  /** Need notes (Svagheter, Möjligheter, Hot) carrying the area, per county; a pair with no notes is left out. */
  needsByCounty: { areaId: string; countyCode: CountyCode; noteCount: number }[];
  /** Strength notes (Styrkor) carrying the area, per county. */
  strengthsByCounty: { areaId: string; countyCode: CountyCode; noteCount: number }[];
  /** Always all twelve perspective × quadrant cells, zeros included. */
  quadrantBalance: { perspective: Perspective; quadrant: Quadrant; noteCount: number }[];
  /** Needs per municipality and area; only non-zero cells; `municipalities` gives the rows and their names (not repeated per cell: 290 × the areas at national scale). */
  heatmap: HeatmapCell[];
  /** Strengths per municipality and area, the same way. */
  strengthHeatmap: HeatmapCell[];
  /** Every municipality in the county (or municipality) filter, so rows without notes can be shown. */
  municipalities: { code: string; name: string; countyCode: CountyCode; swotDayCount: number }[];
  totals: { swotDays: number; notes: number; notesWithoutArea: number };
}

/** "Lära av varandra": per area, who is strong in it and who needs it, with partners in the same county first. */
export interface PeerLearningMunicipality {
  code: string;
  name: string;
  countyCode: CountyCode;
  noteCount: number;
}
export interface PeerLearningArea {
  areaId: string;
  areaName: string;
  /** The strongest first; at most `peerLearningListLimit` unless the one area is asked for. */
  strong: PeerLearningMunicipality[];
  /** The most in need first, as limited as `strong`. */
  needing: PeerLearningMunicipality[];
  /** For each municipality in `needing`, up to three that are strong in it: same county first, then most strength notes. */
  pairs: { need: PeerLearningMunicipality; partners: (PeerLearningMunicipality & { sameCounty: boolean })[] }[];
  /** Municipalities strong in the area and in need of it, all of them (the lists may hold fewer). */
  strongCount: number;
  needingCount: number;
}

/**
 * A list of Lära av varandra holds this many municipalities for the page's
 * first read, whatever the country's size; the rest of an area comes when
 * that area is asked for (`areaId`).
 */
export const peerLearningListLimit = 10;

export const peerLearningInput = swotMappingInput.extend({
  /** One area with every municipality in its lists. */
  areaId: z.uuid({ message: 'validation.id' }).optional(),
});
export type PeerLearningFilter = z.output<typeof peerLearningInput>;
export interface PeerLearning {
  areas: PeerLearningArea[];
}

/** A note behind one of the mapping's numbers. */
export interface SwotMappingNote {
  id: string;
  swotDayId: string;
  municipalityCode: string;
  municipalityName: string;
  date: string;
  perspective: Perspective;
  quadrant: Quadrant;
  text: string;
  /** Only areas that still exist. */
  areaIds: string[];
}

/** Click-through lists stop here; the UI says so when it is reached. */
export const swotMappingNotesLimit = 500;

/**
 * The county compilation draws its charts in the core from the mapping
 * itself, so the input is the filter alone. Strict: a client still sending
 * `charts` (SVG drawn in the page) gets a validation error, and no SVG from
 * outside is ever parsed or rasterised.
 */
export const countyCompilationInput = z.object(mappingFilter).strict();
