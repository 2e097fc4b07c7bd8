import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../electron/core/clock';
import { openDatabase, type OpenedDatabase } from '../../../electron/core/db/open';
import { countRows, makeTempDir, removeDir, startTime, userVersion } from '../../helpers/db';
import { columnNames, indexNames } from './support';

/* Migration 0002: library units and contacts, the first user-editable rows. */

let dir: string;
let file: string;
let opened: OpenedDatabase;

const t = startTime;
const unitId = '018d6a1e-7c00-7000-8000-0000000000a1';

beforeEach(async () => {
  dir = makeTempDir();
  file = join(dir, 'kub.sqlite');
  // Version 1 with its reference data, then migrate to exactly version 2.
  const v1 = await openDatabase(file, { clock: fixedClock(startTime), targetVersion: 1 });
  await v1.close();
  opened = await openDatabase(file, { clock: fixedClock('2012-02-02T08:00:00.000Z'), targetVersion: 2 });
});
afterEach(async () => {
  await opened.close();
  removeDir(dir);
});

function insertUnit(values: { id?: string; municipality?: string; kind?: string; staff?: number | null }) {
  return opened.sqlite
    .prepare(
      `insert into library_units (id, municipality_code, name, kind, street_address, postal_code, city, staff_count, created_at, updated_at, deleted_at)
       values (?, ?, 'Enhet', ?, null, null, null, ?, ?, ?, null)`,
    )
    .run(values.id ?? unitId, values.municipality ?? '2080', values.kind ?? 'filial', values.staff === undefined ? 3 : values.staff, t, t);
}

function insertContact(values: { id: string; municipality?: string; unit?: string | null }) {
  return opened.sqlite
    .prepare(
      `insert into contacts (id, municipality_code, library_unit_id, name, role, email, phone, created_at, updated_at, deleted_at)
       values (?, ?, ?, 'Kim', null, null, null, ?, ?, null)`,
    )
    .run(values.id, values.municipality ?? '2080', values.unit ?? null, t, t);
}

describe('migration 0002_library_units_and_contacts', () => {
  it('moves the file from version 1 to 2 and logs itself after 0001', () => {
    expect(opened.migrated).toEqual([2]);
    expect(userVersion(opened.sqlite)).toBe(2);
    expect(opened.sqlite.prepare('select version, name, applied_at from migration_log order by seq').all()).toEqual([
      { version: 1, name: '0001_reference_data', applied_at: startTime },
      { version: 2, name: '0002_library_units_and_contacts', applied_at: '2012-02-02T08:00:00.000Z' },
    ]);
  });

  it('keeps the version-1 reference data', () => {
    expect(countRows(opened.sqlite, 'counties')).toBe(4);
    expect(countRows(opened.sqlite, 'municipalities')).toBe(49);
  });

  it('creates both tables with the editable-row columns', () => {
    const cols = (table: string) => columnNames(opened.sqlite, table);
    expect(cols('library_units')).toEqual([
      'id',
      'municipality_code',
      'name',
      'kind',
      'street_address',
      'postal_code',
      'city',
      'staff_count',
      'created_at',
      'updated_at',
      'deleted_at',
    ]);
    expect(cols('contacts')).toEqual(['id', 'municipality_code', 'library_unit_id', 'name', 'role', 'email', 'phone', 'created_at', 'updated_at', 'deleted_at']);
  });

  it('creates the indexes used by the lists', () => {
    expect(indexNames(opened.sqlite)).toEqual(expect.arrayContaining(['library_units_municipality', 'contacts_municipality', 'contacts_unit']));
  });

  it('accepts a unit of each kind and a null staff count', () => {
    insertUnit({ id: '018d6a1e-7c00-7000-8000-0000000000b1', kind: 'huvudbibliotek' });
    insertUnit({ id: '018d6a1e-7c00-7000-8000-0000000000b2', kind: 'filial', staff: null });
    insertUnit({ id: '018d6a1e-7c00-7000-8000-0000000000b3', kind: 'bokbuss', staff: 0 });
    expect(countRows(opened.sqlite, 'library_units')).toBe(3);
  });

  it('rejects an unknown kind and a negative staff count', () => {
    expect(() => insertUnit({ kind: 'kiosk' })).toThrow(/CHECK/);
    expect(() => insertUnit({ staff: -1 })).toThrow(/CHECK/);
    expect(countRows(opened.sqlite, 'library_units')).toBe(0);
  });

  it('rejects a unit or contact in a municipality that does not exist', () => {
    expect(() => insertUnit({ municipality: '9999' })).toThrow(/FOREIGN KEY/);
    expect(() => insertContact({ id: '018d6a1e-7c00-7000-8000-0000000000c1', municipality: '9999' })).toThrow(/FOREIGN KEY/);
  });

  it('rejects a contact pointing to a unit that does not exist', () => {
    expect(() => insertContact({ id: '018d6a1e-7c00-7000-8000-0000000000c1', unit: '018d6a1e-7c00-7000-8000-00000000dead' })).toThrow(/FOREIGN KEY/);
    insertUnit({});
    insertContact({ id: '018d6a1e-7c00-7000-8000-0000000000c2', unit: unitId });
    expect(countRows(opened.sqlite, 'contacts')).toBe(1);
  });
});
