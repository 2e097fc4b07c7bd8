import { normalisePersonnummer, type Gender, maskPersonnummerIn } from '../../../shared/domain/participants';
import type { ImportRowError } from '../../../shared/domain/imports';
import { AppError } from '../errors';
import { readTable, type SpreadsheetFile } from '../spreadsheets/read-table';
import { buildXlsx } from '../spreadsheets/write-table';
import { fold, wordList } from '../spreadsheets/import-columns';

/* Reading a participant list (.xlsx/.csv) into checked rows. Nothing is saved
 * and duplicates are left to the service, which knows the stored participants.
 * The column and value helpers are shared with the attendance import. */

export interface ParsedParticipant {
  row: number;
  firstName: string;
  lastName: string;
  gender: Gender;
  birthYear: number | null;
  /** Normalised to 12 digits. */
  personnummer: string | null;
  municipalityCode: string;
  role: string | null;
  employmentRate: number | null;
  monthlySalary: number | null;
  startDate: string;
  endDate: string | null;
}

export interface ParticipantTableResult {
  rows: ParsedParticipant[];
  errors: ImportRowError[];
  totalRows: number;
}

export interface ColumnSpec<C extends string> {
  column: C;
  /** The Swedish heading, used in the template and in messages. */
  label: string;
  required: boolean;
  aliases: readonly string[];
}

/** "Sysselsättningsgrad (%)" and "Förnamn*" are how people mark up a heading; neither changes the column. */
function headingKey(heading: string): string {
  return fold(heading.replace(/\s*\([^)]*\)\s*$/, '').replace(/\*+$/, ''));
}

/**
 * Column positions by heading; throws when a required column is missing or a
 * column appears twice. `hint` says what the first row should hold.
 */
export function findColumns<C extends string>(header: readonly string[], specs: readonly ColumnSpec<C>[], hint?: string): Record<C, number | null> {
  const keys = header.map(headingKey);
  const index = {} as Record<C, number | null>;
  for (const spec of specs) {
    const aliases = new Set([spec.label, ...spec.aliases].map(headingKey));
    const matches = keys.flatMap((key, i) => (aliases.has(key) ? [i] : []));
    if (matches.length > 1) {
      throw new AppError('VALIDATION', `Kolumnen ${spec.label} finns ${matches.length} gånger i första raden. Ta bort eller byt namn på de överflödiga.`);
    }
    index[spec.column] = matches[0] ?? null;
  }
  const missing = specs.filter((s) => s.required && index[s.column] === null).map((s) => s.label);
  if (missing.length > 0) {
    const what = missing.length === 1 ? `Kolumnen ${missing[0]} saknas` : `Kolumnerna ${wordList(missing, 'and')} saknas`;
    const required = specs.filter((s) => s.required).map((s) => s.label);
    throw new AppError('VALIDATION', `${what}. ${hint ?? `Första raden ska innehålla rubrikerna ${wordList(required, 'and')}.`}`);
  }
  return index;
}

const maxQuoted = 60;
/** Guards against echoing a personnummer typed into the wrong column. */
const personnummerLike = /\d{6}(?:\d{2})?[-+]?\d{4}/g;

/** Swedish quotation marks, one line, shortened — and never a personnummer. */
export function quote(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').replace(personnummerLike, '(personnummer)');
  return `”${oneLine.length > maxQuoted ? `${oneLine.slice(0, maxQuoted - 1)}…` : oneLine}”`;
}

const dateForm = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}:\d{2})?$/;

/**
 * Only ISO dates: "1/9/2012" is 1 September in Sweden and 9 January in the US,
 * so guessing would put hours on the wrong day. Excel date cells arrive as ISO
 * from readTable, with a time part when the cell holds one; the date is kept.
 */
export function readIsoDate(value: string, label: string, problems: string[]): string | null {
  const m = dateForm.exec(value);
  if (!m) {
    problems.push(`Fel datumformat i ${label}: ${quote(value)} – använd ÅÅÅÅ-MM-DD.`);
    return null;
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) {
    problems.push(`Ogiltigt datum i ${label}: ${quote(value)}.`);
    return null;
  }
  return value.slice(0, 10);
}

export const minBirthYear = 1940;
export const maxBirthYear = 2010;

export function readBirthYear(value: string, problems: string[]): number | null {
  if (value === '') return null;
  const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
  if (!(year >= minBirthYear && year <= maxBirthYear)) {
    problems.push(`Födelseår ska vara ett år mellan ${minBirthYear} och ${maxBirthYear}, inte ${quote(value)}.`);
    return null;
  }
  return year;
}

/** The personnummer (normalised) or null; the number itself never appears in a message. */
export function readPersonnummer(value: string, problems: string[], normalise = normalisePersonnummer): string | null {
  if (value === '') return null;
  const normalised = normalise(value);
  if (!normalised) problems.push('Ogiltigt personnummer i Personnummer – kontrollera siffrorna.');
  return normalised;
}

export function checkBirthYearMatches(personnummer: string | null, birthYear: number | null, problems: string[]): void {
  if (personnummer && birthYear !== null && Number(personnummer.slice(0, 4)) !== birthYear) {
    problems.push(`Födelseår ${birthYear} stämmer inte med personnumret.`);
  }
}

export function rowErrors(row: number, problems: readonly string[]): ImportRowError[] {
  // Problems echo cells; a personnummer in one is never shown in full.
  return problems.map((p) => ({ row, message: maskPersonnummerIn(`Rad ${row}: ${p}`) }));
}

type Column = 'firstName' | 'lastName' | 'gender' | 'birthYear' | 'personnummer' | 'municipality' | 'role' | 'employmentRate' | 'monthlySalary' | 'startDate' | 'endDate';

const columnSpecs: ColumnSpec<Column>[] = [
  { column: 'firstName', label: 'Förnamn', required: true, aliases: ['tilltalsnamn', 'first name', 'firstname', 'given name'] },
  { column: 'lastName', label: 'Efternamn', required: true, aliases: ['last name', 'lastname', 'surname', 'family name'] },
  { column: 'gender', label: 'Kön', required: true, aliases: ['gender', 'sex'] },
  { column: 'birthYear', label: 'Födelseår', required: false, aliases: ['född', 'birth year', 'year of birth'] },
  { column: 'personnummer', label: 'Personnummer', required: false, aliases: ['personnr', 'pnr', 'personal identity number'] },
  { column: 'municipality', label: 'Kommun', required: true, aliases: ['kommunkod', 'kommunnamn', 'municipality'] },
  { column: 'role', label: 'Roll', required: false, aliases: ['befattning', 'titel', 'yrke', 'role', 'title'] },
  { column: 'employmentRate', label: 'Sysselsättningsgrad', required: false, aliases: ['tjänstgöringsgrad', 'omfattning', 'employment rate'] },
  { column: 'monthlySalary', label: 'Månadslön', required: false, aliases: ['lön', 'salary', 'monthly salary'] },
  { column: 'startDate', label: 'Startdatum', required: true, aliases: ['start', 'från', 'start date'] },
  { column: 'endDate', label: 'Slutdatum', required: false, aliases: ['slut', 'till', 'end date'] },
];

const genderWords: Record<Gender, readonly string[]> = {
  kvinna: ['kvinna', 'k', 'kv', 'female', 'f'],
  man: ['man', 'm', 'male'],
  annat: ['annat', 'ej angett', 'vill ej ange', 'annat/vill ej ange', 'annat / vill ej ange', 'x', 'other'],
};
const genderByWord = new Map(Object.entries(genderWords).flatMap(([g, words]) => words.map((w) => [fold(w), g as Gender] as const)));

/** Whitespace as Excel and Word write it inside numbers: normal, no-break and narrow no-break spaces. */
const spaces = /[\s\u00a0\u202f]+/g;

function readText(value: string, label: string, max: number, problems: string[]): string {
  if (value.length > max) problems.push(`${label} är för långt (högst ${max} tecken).`);
  return value.replace(spaces, ' ');
}

/** "75", "75 %" and "0,75" are all 75 %; a bare 1 is 100 %, as Excel stores a cell formatted as percent. */
function readEmploymentRate(value: string, problems: string[]): number | null {
  if (value === '') return null;
  const percent = value.includes('%');
  const text = value.replace('%', '').replace(spaces, '').replace(',', '.');
  let rate = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!percent && rate <= 1) rate *= 100;
  rate = Math.round(rate * 100) / 100;
  if (!(rate >= 1 && rate <= 100)) {
    problems.push(`Sysselsättningsgrad ska vara 1–100 %, inte ${quote(value)}.`);
    return null;
  }
  return rate;
}

function readSalary(value: string, problems: string[]): number | null {
  if (value === '') return null;
  const text = value
    .replace(spaces, '')
    .replace(/(?:kr(?:onor)?|sek|:-)$/i, '')
    .replace(',', '.');
  const salary = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(Number.isInteger(salary) && salary >= 1000 && salary <= 200_000)) {
    problems.push(`Månadslön ska vara ett helt antal kronor mellan 1 000 och 200 000, inte ${quote(value)}.`);
    return null;
  }
  return salary;
}

interface MunicipalityLookup {
  byName: Map<string, string>;
  codes: Set<string>;
}

function municipalityLookup(municipalities: readonly { code: string; name: string }[]): MunicipalityLookup {
  // Case only, not diacritics: Håbo and Habo are different municipalities.
  return {
    byName: new Map(municipalities.map((m) => [municipalityKey(m.name), m.code])),
    codes: new Set(municipalities.map((m) => m.code)),
  };
}

function municipalityKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('sv-SE').replace(spaces, ' ').replace(/ kommun$/, '').trim();
}

function readMunicipality(value: string, lookup: MunicipalityLookup, problems: string[]): string | null {
  if (value === '') return null;
  // A code typed into a number cell loses its leading zero: 0380 → 380.
  const code = /^\d{3,4}$/.test(value) ? value.padStart(4, '0') : lookup.byName.get(municipalityKey(value));
  if (code && lookup.codes.has(code)) return code;
  problems.push(`Okänd kommun i Kommun: ${quote(value)} – ange kommunens namn eller fyrsiffriga kommunkod.`);
  return null;
}

function required(value: string, label: string, problems: string[]): void {
  if (value === '') problems.push(`${label} saknas.`);
}

/**
 * Parses a participant list. `rows` holds the valid rows; `errors` one entry
 * per problem, each naming its row and column, in file order. Rows blank in
 * every recognised column are skipped like empty rows.
 */
export async function parseParticipantFile(
  file: SpreadsheetFile,
  municipalities: readonly { code: string; name: string }[],
): Promise<ParticipantTableResult> {
  const table = await readTable(file, { maxRows: 20_000 });
  const index = findColumns(table.header, columnSpecs);
  const lookup = municipalityLookup(municipalities);
  const rows: ParsedParticipant[] = [];
  const errors: ImportRowError[] = [];
  let totalRows = 0;

  for (const { row, cells } of table.rows) {
    const cell = (column: Column): string => {
      const i = index[column];
      return i === null ? '' : (cells[i] ?? '');
    };
    if (columnSpecs.every((s) => cell(s.column) === '')) continue;
    totalRows++;
    const problems: string[] = [];

    required(cell('firstName'), 'Förnamn', problems);
    const firstName = readText(cell('firstName'), 'Förnamn', 80, problems);
    required(cell('lastName'), 'Efternamn', problems);
    const lastName = readText(cell('lastName'), 'Efternamn', 80, problems);

    const genderValue = cell('gender');
    const gender = genderByWord.get(fold(genderValue)) ?? null;
    if (genderValue === '') problems.push('Kön saknas – ange kvinna, man eller annat.');
    else if (!gender) problems.push(`Okänt värde i Kön: ${quote(genderValue)} – ange kvinna, man eller annat.`);

    const personnummer = readPersonnummer(cell('personnummer'), problems);
    const statedYear = readBirthYear(cell('birthYear'), problems);
    checkBirthYearMatches(personnummer, statedYear, problems);
    const birthYear = statedYear ?? (personnummer ? Number(personnummer.slice(0, 4)) : null);
    if (birthYear !== null && statedYear === null && (birthYear < minBirthYear || birthYear > maxBirthYear)) {
      problems.push(`Personnumret ger födelseåret ${birthYear}; deltagare ska vara födda ${minBirthYear}–${maxBirthYear}.`);
    }

    required(cell('municipality'), 'Kommun', problems);
    const municipalityCode = readMunicipality(cell('municipality'), lookup, problems);
    const role = readText(cell('role'), 'Roll', 120, problems);
    const employmentRate = readEmploymentRate(cell('employmentRate'), problems);
    const monthlySalary = readSalary(cell('monthlySalary'), problems);

    required(cell('startDate'), 'Startdatum', problems);
    const startDate = cell('startDate') === '' ? null : readIsoDate(cell('startDate'), 'Startdatum', problems);
    const endDate = cell('endDate') === '' ? null : readIsoDate(cell('endDate'), 'Slutdatum', problems);
    if (startDate && endDate && endDate < startDate) problems.push('Slutdatum ligger före Startdatum.');

    if (problems.length > 0 || !gender || !municipalityCode || !startDate) {
      errors.push(...rowErrors(row, problems));
      continue;
    }
    rows.push({
      row,
      firstName,
      lastName,
      gender,
      birthYear,
      personnummer,
      municipalityCode,
      role: role === '' ? null : role,
      employmentRate,
      monthlySalary,
      startDate,
      endDate,
    });
  }
  return { rows, errors, totalRows };
}

/** An .xlsx with the headings and two fictional participants, for "Ladda ner mall". */
export function participantImportTemplate(): Promise<Uint8Array> {
  const widths: Record<Column, number> = {
    firstName: 16, lastName: 18, gender: 10, birthYear: 11, personnummer: 16, municipality: 16,
    role: 22, employmentRate: 20, monthlySalary: 13, startDate: 13, endDate: 13,
  };
  return buildXlsx({
    sheetName: 'Deltagare',
    columns: columnSpecs.map((s) => ({ header: s.label, width: widths[s.column] })),
    rows: [
      ['Anna', 'Andersson', 'kvinna', '1980', '19800101-9804', 'Karlstad', 'Bibliotekarie', '100', '32500', '2012-09-01', ''],
      ['Erik', 'Berg', 'man', '1975', '19751224-9819', 'Falun', 'Biblioteksassistent', '75', '27000', '2012-09-01', '2013-06-30'],
    ],
  });
}
