import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../electron/core/clock';
import { openDatabase, type OpenedDatabase } from '../../../electron/core/db/open';
import { countRows, makeTempDir, removeDir, startTime, userVersion } from '../../helpers/db';
import { tableNames as allTableNames, columnNames, indexColumns } from './support';

/* Migration 0001: migration log, app metadata, counties and municipalities. */

let dir: string;
let opened: OpenedDatabase;

beforeEach(async () => {
  dir = makeTempDir();
  opened = await openDatabase(join(dir, 'kub.sqlite'), { clock: fixedClock(startTime), targetVersion: 1, skipReferenceData: true });
});
afterEach(async () => {
  await opened.close();
  removeDir(dir);
});

const tableNames = () => allTableNames(opened.sqlite);
const columns = (table: string) => columnNames(opened.sqlite, table);

describe('migration 0001_reference_data', () => {
  it('stamps the file as schema version 1 and logs itself', () => {
    expect(opened.schemaVersion).toBe(1);
    expect(userVersion(opened.sqlite)).toBe(1);
    expect(opened.migrated).toEqual([1]);
    expect(opened.sqlite.prepare('select version, name, applied_at from migration_log').all()).toEqual([
      { version: 1, name: '0001_reference_data', applied_at: startTime },
    ]);
  });

  it('creates exactly the reference tables, and nothing of later versions', () => {
    expect(tableNames()).toEqual(['app_meta', 'counties', 'migration_log', 'municipalities']);
    expect(columns('counties')).toEqual(['code', 'name', 'county_library_seat']);
    expect(columns('municipalities')).toEqual(['code', 'name', 'name_folded', 'county_code', 'seat', 'lat', 'lon']);
    expect(columns('app_meta')).toEqual(['key', 'value']);
  });

  it('leaves the tables empty when reference data is skipped', () => {
    expect(countRows(opened.sqlite, 'counties')).toBe(0);
    expect(countRows(opened.sqlite, 'municipalities')).toBe(0);
  });

  it('indexes municipalities by county and name', () => {
    expect(indexColumns(opened.sqlite, 'municipalities_county')).toEqual(['county_code', 'name']);
  });

  it('accepts a two-digit county code and a four-digit municipality code', () => {
    opened.sqlite.prepare("insert into counties values ('20', 'Dalarnas län', 'Falun')").run();
    opened.sqlite.prepare("insert into municipalities values ('2080', 'Falun', 'falun', '20', 'Falun', 60.6, 15.6)").run();
    expect(countRows(opened.sqlite, 'municipalities')).toBe(1);
  });

  it('rejects county and municipality codes of the wrong length', () => {
    expect(() => opened.sqlite.prepare("insert into counties values ('200', 'Fel', 'Falun')").run()).toThrow(/CHECK/);
    opened.sqlite.prepare("insert into counties values ('20', 'Dalarnas län', 'Falun')").run();
    expect(() => opened.sqlite.prepare("insert into municipalities values ('208', 'Fel', 'fel', '20', 'X', 0, 0)").run()).toThrow(/CHECK/);
  });

  it('rejects a municipality in a county that does not exist', () => {
    expect(() => opened.sqlite.prepare("insert into municipalities values ('9999', 'Ingenstans', 'ingenstans', '99', 'X', 0, 0)").run()).toThrow(
      /FOREIGN KEY/,
    );
  });

  it('rejects a duplicate county code', () => {
    opened.sqlite.prepare("insert into counties values ('20', 'Dalarnas län', 'Falun')").run();
    expect(() => opened.sqlite.prepare("insert into counties values ('20', 'Igen', 'Falun')").run()).toThrow(/UNIQUE|PRIMARY KEY/);
  });
});
