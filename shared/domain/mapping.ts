import { z } from 'zod';
import { countyCodes, type CountyCode } from './municipalities';
import { perspectives, quadrants, swotDayStatuses, type Perspective, type Quadrant } from './swot';

/* Kartläggning: how the needs found at the SWOT days spread over the
 * municipalities, counties and competence areas. */

const mappingFilter = {
  countyCode: z.enum(countyCodes, { message: 'validation.countyCode' }).optional(),
  // Omitted means every status, so a fresh view shows everything collected so far.
  statuses: z.array(z.enum(swotDayStatuses, { message: 'validation.swotStatus' })).max(swotDayStatuses.length * 2).optional(),
};

export const swotMappingInput = z.object(mappingFilter);

export const swotMappingNotesInput = z.object({
  ...mappingFilter,
  municipalityCode: z.string().regex(/^\d{4}$/, 'validation.municipalityCode').optional(),
  areaId: z.uuid({ message: 'validation.id' }).optional(),
  perspective: z.enum(perspectives, { message: 'validation.perspective' }).optional(),
  quadrant: z.enum(quadrants, { message: 'validation.quadrant' }).optional(),
});

export type SwotMappingFilter = z.output<typeof swotMappingInput>;
export type SwotMappingNotesFilter = z.output<typeof swotMappingNotesInput>;

export interface SwotMapping {
  /** Active competence areas, in their sort order: the columns of the heatmap. */
  areas: { id: string; name: string; isTrack: boolean }[];
  /** Notes carrying the area, per county; a pair with no notes is left out. */
  needsByCounty: { areaId: string; countyCode: CountyCode; noteCount: number }[];
  /** Always all twelve perspective × quadrant cells, zeros included. */
  quadrantBalance: { perspective: Perspective; quadrant: Quadrant; noteCount: number }[];
  /** Only non-zero cells; `municipalities` gives the rows. */
  heatmap: { municipalityCode: string; municipalityName: string; countyCode: CountyCode; areaId: string; noteCount: number }[];
  /** Every municipality in the county filter, so rows without notes can be shown. */
  municipalities: { code: string; name: string; countyCode: CountyCode; swotDayCount: number }[];
  totals: { swotDays: number; notes: number; notesWithoutArea: number };
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

/** A chart as the UI drew it: the county compilation embeds it as an image with this text alternative. */
export const chartImage = z.object({
  title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  description: z.string().trim().min(1, 'validation.required').max(2000, 'validation.tooLong'),
  svg: z.string().min(1, 'validation.required').max(2_000_000, 'validation.fileTooLarge'),
});
export const countyCompilationInput = swotMappingInput.extend({ charts: z.array(chartImage).max(6).default([]) });
