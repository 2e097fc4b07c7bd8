import { normalisePersonnummer } from '../../../shared/domain/participants';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import { fold as foldName, quote, type ImportColumn } from '../spreadsheets/import-columns';
import { fold, searchFolds } from './search-fold';

/*
 * What the participant list and the attendance file both read of a person:
 * the name, birth year and personnummer columns and cells, and the stored
 * participants a file's rows name. Public (eslint.config.mjs) so attendance
 * reads people the way participants do.
 */

export type PersonColumn = 'firstName' | 'lastName' | 'birthYear' | 'personnummer';

export const personColumns: Record<PersonColumn, Omit<ImportColumn<PersonColumn>, 'required' | 'width'>> = {
  firstName: { column: 'firstName', label: 'Förnamn', aliases: ['tilltalsnamn', 'first name', 'firstname', 'given name'] },
  lastName: { column: 'lastName', label: 'Efternamn', aliases: ['last name', 'lastname', 'surname', 'family name'] },
  birthYear: { column: 'birthYear', label: 'Födelseår', aliases: ['född', 'birth year', 'year of birth'] },
  personnummer: { column: 'personnummer', label: 'Personnummer', aliases: ['personnr', 'pnr', 'personal identity number'] },
};

/** The years participantFields accepts (shared/domain/participants.ts). */
export const minBirthYear = 1940;
export const maxBirthYear = 2010;

export function readBirthYear(value: string, problems: string[]): number | null {
  if (value === '') return null;
  const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
  if (!(year >= minBirthYear && year <= maxBirthYear)) {
    problems.push(translate('participants.importRows.birthYear', { min: minBirthYear, max: maxBirthYear, value: quote(value) }));
    return null;
  }
  return year;
}

/** The personnummer (normalised to 12 digits) or null; the number itself never appears in a message. */
export function readPersonnummer(value: string, problems: string[], normalise = normalisePersonnummer): string | null {
  if (value === '') return null;
  const normalised = normalise(value);
  if (!normalised) problems.push(translate('participants.importRows.personnummer'));
  return normalised;
}

export function checkBirthYearMatches(personnummer: string | null, birthYear: number | null, problems: string[]): void {
  if (personnummer && birthYear !== null && Number(personnummer.slice(0, 4)) !== birthYear) {
    problems.push(translate('participants.importRows.birthYearMismatch', { year: birthYear }));
  }
}

/** First and last name folded by the kit (case and accents do not matter): how a file's name meets a stored one. */
export function nameKey(firstName: string, lastName: string): string {
  return `${foldName(firstName)}|${foldName(lastName)}`;
}

export interface StoredPerson {
  id: string;
  personnummer: string | null;
  first_name: string | null;
  last_name: string | null;
  birth_year: number | null;
  municipality_code: string;
}

/** Keys per query: well under SQLite's limit on bound parameters. */
const chunkSize = 500;

function chunks<T>(values: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(values.length / chunkSize) }, (_, i) => values.slice(i * chunkSize, (i + 1) * chunkSize));
}

/**
 * The live participants (not erased, not deleted) with one of these
 * personnummer or last names: only the people the file names, not the whole
 * table (50 000 participants nationally). Last names are looked up through
 * participant_search's indexed, search-folded last name, which folds at
 * least as much as the kit's fold for Latin letters; callers confirm a name
 * with `nameKey`. (A hyphen typed as a space, or a non-Latin name in other
 * case, is not found this way.)
 */
export async function storedPeople(ctx: ServiceContext, keys: { personnummer: Iterable<string>; lastNames: Iterable<string> }): Promise<StoredPerson[]> {
  const live = () =>
    ctx.db
      .selectFrom('participants as p')
      .select(['p.id', 'p.personnummer', 'p.first_name', 'p.last_name', 'p.birth_year', 'p.municipality_code'])
      .where('p.deleted_at', 'is', null)
      .where('p.erased_at', 'is', null);
  const folded = [...new Set([...keys.lastNames].map((name) => fold(name, searchFolds)).filter((name) => name !== ''))];
  const queries = [
    ...chunks([...new Set(keys.personnummer)]).map((chunk) => live().where('p.personnummer', 'in', chunk)),
    ...chunks(folded).map((chunk) => live().where('p.id', 'in', (eb) => eb.selectFrom('participant_search as s').select('s.participant_id').where('s.last_name', 'in', chunk))),
  ];
  const found = new Map<string, StoredPerson>();
  for (const query of queries) for (const row of await query.execute()) found.set(row.id, row);
  return [...found.values()];
}
