import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../errors';
import { latestSchemaVersion } from './migrations';
import { isBusy, runQuickCheck, type QuickCheckOutcome } from './quick-check';

export { isBusy };

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');

function refusal(code: 'DB_UNREADABLE' | 'DB_TRUNCATED' | 'DB_CORRUPT', key: string, file: string, reason: string): AppError {
  return AppError.of(code, key, { file }).withDetail(reason);
}

/**
 * Decides from its header whether a file is a KUB database this version can
 * open, and returns its schema version, without ever writing to it: plain
 * file reads, so a refused file keeps its bytes and gets no -wal or -shm
 * beside it. The integrity check is `quickCheck`, run by the caller on the
 * connection it opens anyway (reading a multi-gigabyte file twice at every
 * start would cost more than the check itself).
 */
export function checkDatabaseHeader(file: string): number {
  const size = statSync(file).size;
  if (size === 0) throw refusal('DB_UNREADABLE', 'errors.dbEmpty', file, 'zero bytes');
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  const magicLength = Math.min(size, sqliteMagic.length);
  if (!header.subarray(0, magicLength).equals(sqliteMagic.subarray(0, magicLength))) {
    throw refusal('DB_UNREADABLE', 'errors.dbUnreadable', file, 'not an SQLite file');
  }
  if (size < 100) throw refusal('DB_TRUNCATED', 'errors.dbTruncated', file, 'shorter than an SQLite header');

  const hasWal = existsSync(`${file}-wal`);
  // Pages past the end of the main file may still sit in a -wal file; without one, a short file lost its tail.
  const expected = expectedSize(header);
  if (!hasWal && expected !== null && size < expected) {
    throw refusal('DB_TRUNCATED', 'errors.dbTruncated', file, `file is ${size} bytes, header says ${expected}`);
  }

  let version = header.readUInt32BE(60);
  if (hasWal) version = probeWithSqlite(file);
  if (version > latestSchemaVersion) {
    throw AppError.of('DB_TOO_NEW', 'errors.dbTooNew', { found: version, supported: latestSchemaVersion });
  }
  // Version 0 with a schema (cookie at byte 40) is some other program's database: never take it over.
  if (version === 0 && header.readUInt32BE(40) !== 0) {
    throw AppError.of('DB_UNREADABLE', 'errors.dbForeign', { file });
  }
  return version;
}

/** Header and integrity of a file the app reads but does not run on: a backup, a project file. */
export function checkDatabaseFile(file: string): number {
  const version = checkDatabaseHeader(file);
  const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    quickCheck(copy, file);
  } finally {
    copy.close();
  }
  return version;
}

/** Page size × page count, when the header's count is trustworthy (its "valid-for" matches the change counter). */
function expectedSize(header: Buffer): number | null {
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  if (pageCount === 0 || header.readUInt32BE(92) !== header.readUInt32BE(24)) return null;
  return pageSize * pageCount;
}

/** `PRAGMA quick_check` (the page-level checks of integrity_check, without the slow index cross-check). */
export function quickCheck(sqlite: BetterSqlite3.Database, file: string): void {
  const problem = quickCheckProblem(runQuickCheck(sqlite), file);
  if (problem) throw problem;
}

/** The refusal a quick_check outcome calls for, or null when the file is sound: the same at open and in the background. */
export function quickCheckProblem(outcome: QuickCheckOutcome, file: string): AppError | null {
  if ('failed' in outcome) {
    if (outcome.busy) return AppError.of('DB_LOCKED', 'errors.dbLocked', { file });
    return refusal('DB_CORRUPT', 'errors.dbCorrupt', file, outcome.failed);
  }
  if (outcome.results.length !== 1 || outcome.results[0] !== 'ok') return refusal('DB_CORRUPT', 'errors.dbCorrupt', file, outcome.results.join('; '));
  return null;
}

/** Whether the header says WAL (file format versions 2/2): opening such a file in WAL mode rewrites nothing in it. */
export function headerSaysWal(file: string): boolean {
  const header = Buffer.alloc(20);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 20, 0);
  } finally {
    closeSync(fd);
  }
  return header[18] === 2 && header[19] === 2;
}

/** Only when a -wal file exists can the header be stale; then a read-only SQLite handle reads the live value. */
function probeWithSqlite(file: string): number {
  let probe: BetterSqlite3.Database | undefined;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true, timeout: 2000 });
    const version = probe.pragma('user_version', { simple: true });
    if (typeof version !== 'number') throw new Error('user_version is not a number');
    return version;
  } catch (error) {
    if (isBusy(error)) throw AppError.of('DB_LOCKED', 'errors.dbLocked', { file });
    throw refusal('DB_UNREADABLE', 'errors.dbUnreadable', file, error instanceof Error ? error.message : String(error));
  } finally {
    probe?.close();
  }
}
