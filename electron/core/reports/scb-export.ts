import type { ServiceContext } from '../context';
import { buildXlsx } from '../spreadsheets/write-table';

/* The monthly participant report to SCB: who started and who ended in the
 * month, in date order. SCB derives gender, age and education from the
 * personnummer, so this is the one export where it is written in full — the
 * user asks for exactly this file. Nothing here is logged. */

export interface ScbRow {
  personnummer: string | null;
  firstName: string;
  lastName: string;
  municipalityName: string;
  municipalityCode: string;
  event: 'Start' | 'Slut';
  date: string;
}

export async function scbRows(ctx: ServiceContext, month: string): Promise<ScbRow[]> {
  const from = `${month}-01`;
  // Day 31 compares correctly as text for every month: no date after the month's last day sorts before it.
  const to = `${month}-31`;
  const people = await ctx.db
    .selectFrom('participants as p')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .select(['p.personnummer', 'p.first_name as firstName', 'p.last_name as lastName', 'm.name as municipalityName', 'p.municipality_code as municipalityCode', 'p.start_date as startDate', 'p.end_date as endDate'])
    .where('p.deleted_at', 'is', null)
    .where('p.erased_at', 'is', null)
    .where((eb) => eb.or([eb.between('p.start_date', from, to), eb.between('p.end_date', from, to)]))
    .execute();

  const rows: ScbRow[] = [];
  for (const p of people) {
    const base = { personnummer: p.personnummer, firstName: p.firstName ?? '', lastName: p.lastName ?? '', municipalityName: p.municipalityName, municipalityCode: p.municipalityCode };
    if (p.startDate >= from && p.startDate <= to) rows.push({ ...base, event: 'Start', date: p.startDate });
    if (p.endDate !== null && p.endDate >= from && p.endDate <= to) rows.push({ ...base, event: 'Slut', date: p.endDate });
  }
  const collator = new Intl.Collator('sv-SE');
  return rows.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      collator.compare(a.lastName, b.lastName) ||
      collator.compare(a.firstName, b.firstName) ||
      // Someone who starts and ends on the same day is listed starting first.
      (a.event === b.event ? 0 : a.event === 'Start' ? -1 : 1),
  );
}

export const scbColumns = ['Personnummer', 'Förnamn', 'Efternamn', 'Kommun', 'Kommunkod', 'Händelse', 'Datum', 'Saknar personnummer'] as const;

export async function buildScbExport(ctx: ServiceContext, month: string): Promise<{ fileName: string; content: Uint8Array }> {
  const rows = await scbRows(ctx, month);
  const content = await buildXlsx({
    // Excel caps sheet names at 31 characters, so the month is written as digits.
    sheetName: `Deltagare ${month} till SCB`,
    columns: [
      { header: scbColumns[0], width: 16 },
      { header: scbColumns[1], width: 16 },
      { header: scbColumns[2], width: 18 },
      { header: scbColumns[3], width: 16 },
      { header: scbColumns[4], width: 11 },
      { header: scbColumns[5], width: 10 },
      { header: scbColumns[6], width: 12 },
      { header: scbColumns[7], width: 20 },
    ],
    // Text cells throughout: a personnummer or kommunkod read as a number would lose its leading zeros.
    rows: rows.map((r) => [r.personnummer ?? '', r.firstName, r.lastName, r.municipalityName, r.municipalityCode, r.event, r.date, r.personnummer ? '' : 'Ja']),
  });
  return { fileName: `scb-deltagare-${month}.xlsx`, content };
}
