import { z } from 'zod';

/* Field schemas every domain shares. Messages are i18n keys, translated by
 * both the forms and the server. */

/** 'YYYY-MM-DD' of a day that exists (2012-02-30 is refused, not rolled over). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((s) => {
    const d = new Date(`${s}T12:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'validation.date');

/** 'HH:MM', 24-hour clock. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

/** Optional free text: blank means "not given" and is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .nullish()
    .transform((s) => (s ? s : null));

/** An optional number typed as Swedish text ("32 500", "0,75") or given as a number; blank is null. */
export const optionalNumber = (min: number, max: number, key: string, integer = false) =>
  z
    .union([z.number(), z.string().trim()])
    .nullish()
    .transform((v) => (v === '' || v === undefined || v === null ? null : Number(typeof v === 'string' ? v.replace(/\s/g, '').replace(',', '.') : v)))
    .refine((v) => v === null || (Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v))), key);

/** The text typed into a list's search field: trimmed, blank means no search. */
export const searchText = z
  .string()
  .trim()
  .max(100, 'validation.tooLong')
  .optional()
  .transform((s) => (s ? s : undefined));

/** An amount typed in kronor ("1 250,50 kr" or a number) read as whole öre: kronor in, öre out, for every money input of the contract. */
export const money = z
  .union([z.number(), z.string().trim()])
  .transform((v) => (typeof v === 'number' ? v : Number(v.replace(/\s/g, '').replace(/kr$/i, '').replace(',', '.'))))
  .refine((v) => Number.isFinite(v) && Math.abs(v) <= 1_000_000_000 && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'validation.amount')
  .transform((v) => Math.round(v * 100));
