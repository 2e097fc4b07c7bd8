import { z } from 'zod';

export const countyCodes = ['03', '17', '20', '21'] as const;
export type CountyCode = (typeof countyCodes)[number];

export interface County {
  code: CountyCode;
  name: string;
  countyLibrarySeat: string;
}

export interface MunicipalitySummary {
  code: string;
  name: string;
  countyCode: CountyCode;
  countyName: string;
  seat: string;
  lat: number;
  lon: number;
  unitCount: number;
  staffCount: number;
}

export const libraryUnitKinds = ['huvudbibliotek', 'filial', 'bokbuss'] as const;
export type LibraryUnitKind = (typeof libraryUnitKinds)[number];

export interface LibraryUnit {
  id: string;
  municipalityCode: string;
  name: string;
  kind: LibraryUnitKind;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  staffCount: number | null;
  updatedAt: string;
}

export interface Contact {
  id: string;
  municipalityCode: string;
  libraryUnitId: string | null;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  updatedAt: string;
}

export interface MunicipalityDetail extends MunicipalitySummary {
  countyLibrarySeat: string;
  units: LibraryUnit[];
  contacts: Contact[];
}

/* Input schemas. Messages are i18n keys (see shared/i18n); both the forms and
 * the server translate them, so the same rule gives the same Swedish text. */

const municipalityCode = z.string().regex(/^\d{4}$/, 'validation.municipalityCode');
const id = z.uuid({ message: 'validation.id' });

/** Optional free text: blank means "not given" and is stored as null. */
function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .nullish()
    .transform((s) => (s ? s : null));
}

const postalCode = z
  .string()
  .trim()
  .nullish()
  .transform((s) => (s ? s : null))
  .refine((s) => s === null || /^\d{3} ?\d{2}$/.test(s), 'validation.postalCode')
  .transform((s) => (s === null ? null : `${s.replace(' ', '').slice(0, 3)} ${s.replace(' ', '').slice(3)}`));

const staffCount = z
  .union([z.number(), z.string().trim()])
  .nullish()
  .transform((v) => (v === '' || v === undefined || v === null ? null : Number(v)))
  .refine((v) => v === null || (Number.isInteger(v) && v >= 0 && v <= 5000), 'validation.staffCount');

export const libraryUnitFields = z.object({
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  kind: z.enum(libraryUnitKinds, { message: 'validation.unitKind' }),
  streetAddress: optionalText(200),
  postalCode,
  city: optionalText(80),
  staffCount,
});
export type LibraryUnitFieldsInput = z.input<typeof libraryUnitFields>;

const email = z
  .string()
  .trim()
  .nullish()
  .transform((s) => (s ? s : null))
  .refine((s) => s === null || z.email().safeParse(s).success, 'validation.email');

const phone = z
  .string()
  .trim()
  .nullish()
  .transform((s) => (s ? s : null))
  .refine((s) => s === null || /^\+?[0-9][0-9 ()-]{4,19}$/.test(s), 'validation.phone');

export const contactFields = z.object({
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  role: optionalText(120),
  email,
  phone,
  // A form's "no unit" option sends an empty string.
  libraryUnitId: z
    .union([z.literal(''), id])
    .nullish()
    .transform((v) => (v ? v : null)),
});
export type ContactFieldsInput = z.input<typeof contactFields>;

export const listMunicipalitiesInput = z.object({
  countyCode: z.enum(countyCodes, { message: 'validation.countyCode' }).optional(),
  search: z.string().trim().max(60, 'validation.tooLong').optional(),
});

export const municipalityCodeInput = z.object({ code: municipalityCode });
export const createLibraryUnitInput = libraryUnitFields.extend({ municipalityCode });
export const updateLibraryUnitInput = libraryUnitFields.extend({ id });
export const createContactInput = contactFields.extend({ municipalityCode });
export const updateContactInput = contactFields.extend({ id });
export const idInput = z.object({ id });
