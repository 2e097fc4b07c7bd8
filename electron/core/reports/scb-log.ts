import type { Kysely } from 'kysely';
import type { ScbExportLogEntry, ScbStatus } from '../../../shared/domain/scb';
import type { Database } from '../db/schema';

/*
 * This computer's log of SCB monthly exports, and the months due again.
 *
 * SCB asks for every later month to be sent again after a correction. The
 * trigger `scb_correction_dates` (migration 0009) writes a correction with the
 * earliest month a changed start or end date touches (old or new value), dated
 * by the participant's `updated_at`. A month M is due again when some
 * correction reaches it (from_month ≤ M) and came after M's latest export;
 * exporting M again answers every correction made before that export.
 *
 * All of it is counts and times: no name or personnummer is written here.
 */

export async function logScbExport(db: Kysely<Database>, entry: ScbExportLogEntry): Promise<void> {
  await db
    .insertInto('scb_exports')
    .values({ month: entry.month, exported_at: entry.exportedAt, rows: entry.rows, without_personnummer: entry.withoutPersonnummer })
    .execute();
}

/** When one month was exported, newest first (the month index serves it). */
export async function exportTimesOf(db: Kysely<Database>, month: string): Promise<string[]> {
  const rows = await db.selectFrom('scb_exports').select('exported_at').where('month', '=', month).orderBy('exported_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => r.exported_at);
}

export async function scbStatus(db: Kysely<Database>): Promise<ScbStatus> {
  // The log is one row per export, a few dozen over the project: read whole.
  const exports = await db
    .selectFrom('scb_exports')
    .select(['month', 'exported_at as exportedAt', 'rows', 'without_personnummer as withoutPersonnummer'])
    .orderBy('exported_at', 'desc')
    // Two exports in the same millisecond (a fixed clock, a double click) keep the order they were made in.
    .orderBy('id', 'desc')
    .execute();

  const resend = await db
    .with('latest', (qb) => qb.selectFrom('scb_exports').select((eb) => ['month', eb.fn.max('exported_at').as('lastExportedAt')]).groupBy('month'))
    .selectFrom('latest as l')
    .innerJoin('scb_corrections as c', (join) => join.onRef('c.from_month', '<=', 'l.month').onRef('c.changed_at', '>', 'l.lastExportedAt'))
    .select((eb) => [
      'l.month',
      'l.lastExportedAt',
      // A participant changed twice since the export is one person to look at.
      eb.fn.count<number>('c.participant_id').distinct().as('participants'),
      eb.fn.min('c.changed_at').as('changedSince'),
    ])
    .groupBy(['l.month', 'l.lastExportedAt'])
    .orderBy('l.month')
    .execute();

  return { exports, resend };
}
