import { z } from 'zod';
import type { CoFinancing, CoFinancingRow } from './esf';
import { isoDate } from './fields';
import { pageWindow, sortDirection, type Page } from './paging';

/*
 * Co-financing as Rapporter reads it (issue 14): the totals for the whole
 * period, per county and per municipality, computed in SQL, and one page of
 * the per-participant rows with their count. The Word reports that list
 * every participant read all rows in the core, never through the API.
 */

/** The columns the participant rows sort by on the server. */
export const coFinancingSorts = ['municipality', 'name', 'hours', 'amount'] as const;
export type CoFinancingSort = (typeof coFinancingSorts)[number];

export const coFinancingInput = z
  .object({
    from: isoDate,
    to: isoDate,
    sort: z.enum(coFinancingSorts, { message: 'validation.invalid' }).default('municipality'),
    direction: sortDirection,
    ...pageWindow,
  })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'validation.endDateBeforeStart' });

/** Everything but the rows: the period's totals, every county (zeros included) and every municipality with hours. */
export type CoFinancingTotals = Omit<CoFinancing, 'rows'>;

/** The totals and one page of participant rows; `total` counts the participants with hours in the period. */
export interface CoFinancingPage extends CoFinancingTotals, Page<CoFinancingRow> {}
