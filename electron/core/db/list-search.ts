import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';

/*
 * Search as you type over a list's text columns, on the server. SQLite's LIKE
 * folds ASCII case by itself; the upper-case letters of Swedish names (Å, Ä,
 * Ö, and É, Ü in borrowed ones) are folded in SQL, so "örebro" finds
 * "Örebro" and "ÅSA" finds "Åsa". The typed text is folded the same way.
 */

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The LIKE pattern for "contains", folded like the columns. */
export function containsPattern(search: string): string {
  return `%${escapeLike(search.toLocaleLowerCase('sv-SE'))}%`;
}

/** A text column with its non-ASCII capitals folded to lower case (LIKE folds the rest). */
export function foldedText(column: string): RawBuilder<string | null> {
  return sql<string | null>`replace(replace(replace(replace(replace(${sql.ref(column)}, 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö'), 'É', 'é'), 'Ü', 'ü')`;
}

/** A text column as a sort key: case folded (ASCII by lower(), the Swedish capitals as above), so "bo" sorts beside "Bo". */
export function sortKey(column: string): RawBuilder<string | null> {
  return sql<string | null>`lower(${foldedText(column)})`;
}

/** A column to search: a plain text column, or one stored folded already (municipalities.name_folded). */
export type SearchColumn = string | { folded: string };


/**
 * True where any of the columns contains the search, case and å/ä/ö folded.
 * A search of ASCII letters alone needs no folding of the columns (LIKE folds
 * ASCII, and a non-ASCII letter matches no ASCII one either way), so the
 * columns are compared as stored: the common case stays a plain scan.
 */
export function anyContains<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, columns: readonly SearchColumn[], search: string): Expression<SqlBool> {
  const pattern = containsPattern(search);
  const fold = [...search].some((ch) => ch.charCodeAt(0) > 0x7f);
  const expressions = columns.map((c): RawBuilder<string | null> => (typeof c !== 'string' ? sql`${sql.ref(c.folded)}` : fold ? foldedText(c) : sql`${sql.ref(c)}`));
  return eb.or(expressions.map((c) => eb(c, 'like', sql<string>`${pattern} escape '\\'`)));
}
