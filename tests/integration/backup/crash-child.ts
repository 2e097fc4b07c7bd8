/*
 * Run by crash.test.ts in its own process, which the test kills mid-import:
 * argv = database file, activity id, CSV file. Prints "start" just before
 * the import and "done" if it ever finishes.
 */
import { readFileSync } from 'node:fs';
import { importAttendance } from '../../../electron/core/attendance/import';
import { systemClock } from '../../../electron/core/clock';
import { openDatabase } from '../../../electron/core/db/open';

async function main(): Promise<void> {
  const [file, activityId, csvFile] = process.argv.slice(2);
  if (!file || !activityId || !csvFile) throw new Error('usage: crash-child <db> <activityId> <csv>');
  const opened = await openDatabase(file, { clock: systemClock });
  const contentBase64 = readFileSync(csvFile).toString('base64');
  process.stdout.write('start\n');
  await importAttendance({ db: opened.db, clock: systemClock, statements: opened.statements }, { activityId, fileName: 'narvaro.csv', contentBase64, onlyValid: false });
  process.stdout.write('done\n');
  await opened.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
