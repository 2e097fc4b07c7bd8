import { type Gender } from '../../../shared/domain/participants';
import { translate } from '../../../shared/i18n';
import { fold, quote, readIsoDate, type ImportColumn } from '../spreadsheets/import-columns';
import { importTemplate, parseImportFile, type ImportKind, type ParsedFile } from '../spreadsheets/import';
import type { SpreadsheetFile } from '../spreadsheets/read-table';
import { checkBirthYearMatches, maxBirthYear, minBirthYear, personColumns, readBirthYear, readPersonnummer } from './import-people';

/* Reading a participant list (.xlsx/.csv) into checked rows, on the import
 * kit. Nothing is saved and duplicates are left to the service, which knows
 * the stored participants. */

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

export type ParticipantTableResult = ParsedFile<ParsedParticipant>;

type Column = 'firstName' | 'lastName' | 'gender' | 'birthYear' | 'personnummer' | 'municipality' | 'role' | 'employmentRate' | 'monthlySalary' | 'startDate' | 'endDate';

export const participantColumns: readonly ImportColumn<Column>[] = [
  { ...personColumns.firstName, required: true, width: 16 },
  { ...personColumns.lastName, required: true, width: 18 },
  { column: 'gender', label: 'Kön', required: true, aliases: ['gender', 'sex'], width: 10 },
  { ...personColumns.birthYear, required: false, width: 11 },
  { ...personColumns.personnummer, required: false, width: 16 },
  { column: 'municipality', label: 'Kommun', required: true, aliases: ['kommunkod', 'kommunnamn', 'municipality'], width: 16 },
  { column: 'role', label: 'Roll', required: false, aliases: ['befattning', 'titel', 'yrke', 'role', 'title'], width: 22 },
  { column: 'employmentRate', label: 'Sysselsättningsgrad', required: false, aliases: ['tjänstgöringsgrad', 'omfattning', 'employment rate'], width: 20 },
  { column: 'monthlySalary', label: 'Månadslön', required: false, aliases: ['lön', 'salary', 'monthly salary'], width: 13 },
  { column: 'startDate', label: 'Startdatum', required: true, aliases: ['start', 'från', 'start date'], width: 13 },
  { column: 'endDate', label: 'Slutdatum', required: false, aliases: ['slut', 'till', 'end date'], width: 13 },
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
  if (value.length > max) problems.push(translate('participants.importRows.tooLong', { label, max }));
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
    problems.push(translate('participants.importRows.employmentRate', { value: quote(value) }));
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
    problems.push(translate('participants.importRows.salary', { value: quote(value) }));
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
  problems.push(translate('participants.importRows.municipality', { value: quote(value) }));
  return null;
}

function required(value: string, label: string, problems: string[]): void {
  if (value === '') problems.push(translate('participants.importRows.required', { label }));
}

/** How a participant list is read, given the project's municipalities (found by name or code). */
export function participantFileKind(municipalities: readonly { code: string; name: string }[]): ImportKind<Column, ParsedParticipant> {
  const lookup = municipalityLookup(municipalities);
  return {
    columns: participantColumns,
    parser: (index) => (cells, row, problems) => {
      const cell = (column: Column): string => {
        const i = index[column];
        return i === null ? '' : (cells[i] ?? '');
      };
      required(cell('firstName'), 'Förnamn', problems);
      const firstName = readText(cell('firstName'), 'Förnamn', 80, problems);
      required(cell('lastName'), 'Efternamn', problems);
      const lastName = readText(cell('lastName'), 'Efternamn', 80, problems);

      const genderValue = cell('gender');
      const gender = genderByWord.get(fold(genderValue)) ?? null;
      if (genderValue === '') problems.push(translate('participants.importRows.genderMissing'));
      else if (!gender) problems.push(translate('participants.importRows.genderUnknown', { value: quote(genderValue) }));

      const personnummer = readPersonnummer(cell('personnummer'), problems);
      const statedYear = readBirthYear(cell('birthYear'), problems);
      checkBirthYearMatches(personnummer, statedYear, problems);
      const birthYear = statedYear ?? (personnummer ? Number(personnummer.slice(0, 4)) : null);
      if (birthYear !== null && statedYear === null && (birthYear < minBirthYear || birthYear > maxBirthYear)) {
        problems.push(translate('participants.importRows.birthYearFromPersonnummer', { year: birthYear, min: minBirthYear, max: maxBirthYear }));
      }

      required(cell('municipality'), 'Kommun', problems);
      const municipalityCode = readMunicipality(cell('municipality'), lookup, problems);
      const role = readText(cell('role'), 'Roll', 120, problems);
      const employmentRate = readEmploymentRate(cell('employmentRate'), problems);
      const monthlySalary = readSalary(cell('monthlySalary'), problems);

      required(cell('startDate'), 'Startdatum', problems);
      const startDate = cell('startDate') === '' ? null : readIsoDate(cell('startDate'), 'Startdatum', problems);
      const endDate = cell('endDate') === '' ? null : readIsoDate(cell('endDate'), 'Slutdatum', problems);
      if (startDate && endDate && endDate < startDate) problems.push(translate('participants.importRows.endBeforeStart'));

      if (!gender || !municipalityCode || !startDate) return null;
      return { row, firstName, lastName, gender, birthYear, personnummer, municipalityCode, role: role === '' ? null : role, employmentRate, monthlySalary, startDate, endDate };
    },
  };
}

/** A participant list is at most a few thousand people; the limit keeps a wrong file from costing minutes. */
export const participantFileLimits = { maxRows: 20_000 };

export function parseParticipantFile(file: SpreadsheetFile, municipalities: readonly { code: string; name: string }[]): Promise<ParticipantTableResult> {
  return parseImportFile(participantFileKind(municipalities), file, participantFileLimits);
}

/** An .xlsx with the headings and two fictional participants, for "Ladda ner mall". */
export function participantImportTemplate(): Promise<Uint8Array> {
  return importTemplate(participantColumns, {
    sheetName: translate('participants.importRows.sheetName'),
    rows: [
      ['Anna', 'Andersson', 'kvinna', '1980', '19800101-9804', 'Karlstad', 'Bibliotekarie', '100', '32500', '2012-09-01', ''],
      ['Erik', 'Berg', 'man', '1975', '19751224-9819', 'Falun', 'Biblioteksassistent', '75', '27000', '2012-09-01', '2013-06-30'],
    ],
  });
}
