import { maskPersonnummerIn } from '../../../shared/domain/participants';
import type { ImportRowError } from '../../../shared/domain/imports';
import { translate } from '../../../shared/i18n';
import { AppError } from '../errors';

/*
 * What every import shares below the pipeline: one fold for lenient matching,
 * columns found by heading or alias, cells quoted back in messages, and row
 * errors that never show a personnummer in full.
 */

/** One column an import reads: how it is found in the first row and how it looks in the template. */
export interface ImportColumn<C extends string> {
  column: C;
  /** The Swedish heading, used in the template and in messages. */
  label: string;
  required: boolean;
  /** Other headings (Swedish and English) that mean the same column. */
  aliases: readonly string[];
  /** Width in the template, in characters. */
  width: number;
}

export type ColumnIndex<C extends string> = Record<C, number | null>;

/**
 * Folds a value for lenient matching: case, diacritics, underscores/dashes and
 * repeated spaces do not matter, so 'nya_mojligheter', 'Nya  möjligheter' and
 * 'NYA MÖJLIGHETER' all meet.
 */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\-\s]+/g, ' ')
    .trim();
}

/** 'A, B eller C' — how messages list choices. */
export function wordList(words: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${translate(`imports.${conjunction}`)} ${words[words.length - 1]}`;
}

/** "Sysselsättningsgrad (%)" and "Förnamn*" are how people mark up a heading; neither changes the column. */
function headingKey(heading: string): string {
  return fold(heading.replace(/\s*\([^)]*\)\s*$/, '').replace(/\*+$/, ''));
}

/** What the first row should hold: the required headings, and the optional ones when `withOptional`. */
export function headingHint<C extends string>(columns: readonly ImportColumn<C>[], withOptional = false): string {
  const labels = wordList(columns.filter((c) => c.required).map((c) => c.label), 'and');
  const optional = columns.filter((c) => !c.required).map((c) => c.label);
  return withOptional && optional.length > 0
    ? translate('imports.columns.hintWithOptional', { labels, optional: wordList(optional, 'and') })
    : translate('imports.columns.hint', { labels });
}

/**
 * Column positions by heading; throws when a required column is missing or a
 * column appears twice. `hint` says what the first row should hold.
 */
export function findColumns<C extends string>(header: readonly string[], columns: readonly ImportColumn<C>[], hint: string): ColumnIndex<C> {
  const keys = header.map(headingKey);
  const index = {} as ColumnIndex<C>;
  for (const spec of columns) {
    const aliases = new Set([spec.label, ...spec.aliases].map(headingKey));
    const matches = keys.flatMap((key, i) => (aliases.has(key) ? [i] : []));
    if (matches.length > 1) throw AppError.of('VALIDATION', 'imports.columns.twice', { label: spec.label, count: matches.length });
    index[spec.column] = matches[0] ?? null;
  }
  const missing = columns.filter((s) => s.required && index[s.column] === null).map((s) => s.label);
  if (missing.length > 0) throw missingColumns(missing, hint);
  return index;
}

/** "Kolumnen X saknas." or "Kolumnerna X och Y saknas.", then what the first row should hold. */
export function missingColumns(labels: readonly string[], hint: string): AppError {
  const what =
    labels.length === 1
      ? translate('imports.columns.missingOne', { label: labels[0] })
      : translate('imports.columns.missingMany', { labels: wordList(labels, 'and') });
  return AppError.of('VALIDATION', 'imports.columns.missingWithHint', { what, hint });
}

const maxQuoted = 60;

/** Swedish quotation marks, one line, shortened — a personnummer masked before it could be cut in half. */
export function quote(value: string): string {
  const oneLine = maskPersonnummerIn(value.replace(/\s+/g, ' '));
  return `”${oneLine.length > maxQuoted ? `${oneLine.slice(0, maxQuoted - 1)}…` : oneLine}”`;
}

/** One error per problem, each naming its row; problems echo cells, so a personnummer in one is never shown in full. */
export function rowErrors(row: number, problems: readonly string[]): ImportRowError[] {
  return problems.map((problem) => rowError(row, problem));
}

export function rowError(row: number, problem: string): ImportRowError {
  return { row, message: maskPersonnummerIn(translate('imports.row', { row, problem })) };
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
    problems.push(translate('imports.dateFormat', { label, value: quote(value) }));
    return null;
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) {
    problems.push(translate('imports.invalidDate', { label, value: quote(value) }));
    return null;
  }
  return value.slice(0, 10);
}
