import type { ExpressionBuilder, Kysely } from 'kysely';
import type { ScbMonthPreview, ScbPersonWithoutNumber } from '../../../shared/domain/scb';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { buildXlsx } from '../spreadsheets/write-table';
import { exportTimesOf, logScbExport } from './scb-log';

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

/** The first and last day of a month as ISO text. Day 31 compares correctly as text for every month: no date after the month's last day sorts before it. */
function monthBounds(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: `${month}-31` };
}

type ParticipantsInMonth = ExpressionBuilder<Database, 'participants'>;

/* The export, its preview and the counts in the log must agree on who is in a
 * month, so the one definition lives here: not deleted, not erased, and a
 * start or an end date inside the month. */
export function isReported(eb: ParticipantsInMonth, month: string) {
  const { from, to } = monthBounds(month);
  return eb.and([
    eb('participants.deleted_at', 'is', null),
    eb('participants.erased_at', 'is', null),
    eb.or([eb.between('participants.start_date', from, to), eb.between('participants.end_date', from, to)]),
  ]);
}

export async function scbRows(db: Kysely<Database>, month: string): Promise<ScbRow[]> {
  const people = await db
    .selectFrom('participants')
    .innerJoin('municipalities as m', 'm.code', 'participants.municipality_code')
    .select([
      'participants.personnummer',
      'participants.first_name as firstName',
      'participants.last_name as lastName',
      'm.name as municipalityName',
      'participants.municipality_code as municipalityCode',
      'participants.start_date as startDate',
      'participants.end_date as endDate',
    ])
    .where((eb) => isReported(eb, month))
    .execute();

  return inFileOrder(month, people, (p, event, date) => ({
    personnummer: p.personnummer,
    firstName: p.firstName ?? '',
    lastName: p.lastName ?? '',
    municipalityName: p.municipalityName,
    municipalityCode: p.municipalityCode,
    event,
    date,
  }));
}

interface Dated {
  startDate: string;
  endDate: string | null;
}

/** A person's start and end inside the month, one row each, by date then name: the file's order, which the preview repeats. */
function inFileOrder<P extends Dated, R extends { firstName: string; lastName: string; event: ScbRow['event']; date: string }>(
  month: string,
  people: readonly P[],
  row: (person: P, event: ScbRow['event'], date: string) => R,
): R[] {
  const { from, to } = monthBounds(month);
  const rows: R[] = [];
  for (const p of people) {
    if (p.startDate >= from && p.startDate <= to) rows.push(row(p, 'Start', p.startDate));
    if (p.endDate !== null && p.endDate >= from && p.endDate <= to) rows.push(row(p, 'Slut', p.endDate));
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

function xlsxOf(month: string, rows: readonly ScbRow[]): Promise<Uint8Array> {
  return buildXlsx({
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
}

/**
 * The file for SCB, and its line in this computer's export log. Reading the
 * rows, building the file and logging happen in one transaction, so the
 * logged counts are those of the file even if someone edits a participant
 * meanwhile, and a failed build logs nothing.
 */
export async function buildScbExport(ctx: ServiceContext, month: string): Promise<{ fileName: string; content: Uint8Array }> {
  const content = await ctx.db.transaction().execute(async (trx) => {
    const rows = await scbRows(trx, month);
    const file = await xlsxOf(month, rows);
    await logScbExport(trx, {
      month,
      exportedAt: ctx.clock.now().toISOString(),
      rows: rows.length,
      withoutPersonnummer: rows.filter((r) => r.personnummer === null).length,
    });
    return file;
  });
  return { fileName: `scb-deltagare-${month}.xlsx`, content };
}

/**
 * What the month's file will hold, before it is made: counts by SQL
 * aggregate, and the rows that will go without a personnummer so the user
 * can fix them first. The personnummer column itself is never selected, only
 * whether it is empty, so no number can reach the screen from here.
 */
export async function scbPreview(db: Kysely<Database>, month: string): Promise<ScbMonthPreview> {
  const { from, to } = monthBounds(month);
  const counts = await db
    .selectFrom('participants')
    .select((eb) => [
      eb.fn.count<number>(eb.case().when(eb.between('participants.start_date', from, to)).then(1).end()).as('starting'),
      eb.fn.count<number>(eb.case().when(eb.between('participants.end_date', from, to)).then(1).end()).as('ending'),
    ])
    .where((eb) => isReported(eb, month))
    .executeTakeFirstOrThrow();

  const missing = await db
    .selectFrom('participants')
    .innerJoin('municipalities as m', 'm.code', 'participants.municipality_code')
    .select([
      'participants.id',
      'participants.first_name as firstName',
      'participants.last_name as lastName',
      'm.name as municipalityName',
      'participants.start_date as startDate',
      'participants.end_date as endDate',
    ])
    .where('participants.personnummer', 'is', null)
    .where((eb) => isReported(eb, month))
    .execute();

  // One entry per row of the file, so a person who both starts and ends in the month shows twice, as in the file.
  const entries = inFileOrder(month, missing, (p, event, date) => ({
    participantId: p.id,
    firstName: p.firstName ?? '',
    lastName: p.lastName ?? '',
    municipalityName: p.municipalityName,
    reason: event === 'Start' ? ('start' as const) : ('slut' as const),
    event,
    date,
  }));

  return {
    month,
    rows: counts.starting + counts.ending,
    starting: counts.starting,
    ending: counts.ending,
    withoutPersonnummer: entries.map(
      (e): ScbPersonWithoutNumber => ({ participantId: e.participantId, name: `${e.firstName} ${e.lastName}`.trim(), municipalityName: e.municipalityName, reason: e.reason }),
    ),
    exportedAt: await exportTimesOf(db, month),
  };
}
