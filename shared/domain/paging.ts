import { z } from 'zod';

/*
 * One shape for every list the server pages (issue 14): the client asks for
 * a window of rows, sorted and searched on the server, and gets the rows and
 * the total count. No page loads a whole table, whatever the data size.
 */

/** At most this many rows in one answer: a screenful many times over, never a table. */
export const maxPageSize = 500;

export const pageWindow = {
  offset: z.number().int('validation.pageWindow').min(0, 'validation.pageWindow').max(10_000_000, 'validation.pageWindow').default(0),
  limit: z.number().int('validation.pageWindow').min(1, 'validation.pageWindow').max(maxPageSize, 'validation.pageWindow').default(50),
};

export const sortDirection = z.enum(['asc', 'desc']).default('asc');

export interface Page<T> {
  rows: T[];
  /** Rows matching the filters and search, all pages together. */
  total: number;
  offset: number;
  limit: number;
}
