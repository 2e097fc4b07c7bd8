import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../errors';
import { latestSchemaVersion } from './migrations';

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');

function refusal(code: 'DB_UNREADABLE' | 'DB_TRUNCATED' | 'DB_CORRUPT', key: string, file: string, reason: string): AppError {
  const refused = AppError.of(code, key, { file });
  return new AppError(refused.code, refused.message, undefined, reason);
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
  let messages: unknown[];
  try {
    messages = sqlite.pragma('quick_check(5)', { simple: false }) as unknown[];
  } catch (error) {
    if (isBusy(error)) throw AppError.of('DB_LOCKED', 'errors.dbLocked', { file });
    throw refusal('DB_CORRUPT', 'errors.dbCorrupt', file, error instanceof Error ? error.message : String(error));
  }
  const results = messages.map((row) => Object.values(row as Record<string, unknown>)[0]);
  if (results.length !== 1 || results[0] !== 'ok') throw refusal('DB_CORRUPT', 'errors.dbCorrupt', file, results.join('; '));
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

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || (typeof code === 'string' && code.startsWith('SQLITE_BUSY'));
}
