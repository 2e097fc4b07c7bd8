import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { openDatabase } from '../../electron/core/db/open';
import { foldName, loadReferenceData } from '../../electron/core/db/reference-data';
import { countRows, makeTempDir, removeDir, startTime } from '../helpers/db';

interface ReferenceFile {
  counties: { code: string; name: string; countyLibrarySeat: string }[];
  municipalities: { code: string; name: string; countyCode: string; seat: string; lat: number; lon: number }[];
}

const referenceFile = JSON.parse(readFileSync(join(__dirname, '../../resources/reference/municipalities.json'), 'utf8')) as ReferenceFile;

let dir: string;
let file: string;
const clock = fixedClock(startTime);

beforeEach(() => {
  dir = makeTempDir();
  file = join(dir, 'kub.sqlite');
});
afterEach(() => removeDir(dir));

describe('reference data', () => {
  it('loads the four KUB counties with their county-library seats', async () => {
    const opened = await openDatabase(file, { clock });
    try {
      expect(opened.sqlite.prepare('select code, name, county_library_seat from counties order by code').all()).toEqual([
        { code: '03', name: 'Uppsala län', county_library_seat: 'Uppsala' },
        { code: '17', name: 'Värmlands län', county_library_seat: 'Karlstad' },
        { code: '20', name: 'Dalarnas län', county_library_seat: 'Falun' },
        { code: '21', name: 'Gävleborgs län', county_library_seat: 'Gävle' },
      ]);
    } finally {
      await opened.close();
    }
  });

  it('loads idempotently: opened three times there are still 4 counties and 49 municipalities, right per county', async () => {
    for (let i = 0; i < 3; i++) {
      const opened = await openDatabase(file, { clock });
      try {
        expect(countRows(opened.sqlite, 'counties')).toBe(4);
        expect(countRows(opened.sqlite, 'municipalities')).toBe(49);
        expect(opened.sqlite.prepare('select county_code, count(*) as n from municipalities group by county_code order by county_code').all()).toEqual([
          { county_code: '03', n: 8 },
          { county_code: '17', n: 16 },
          { county_code: '20', n: 15 },
          { county_code: '21', n: 10 },
        ]);
      } finally {
        await opened.close();
      }
    }
  });

  it('stores exactly the codes, names, seats and coordinates of resources/reference/municipalities.json', async () => {
    const opened = await openDatabase(file, { clock });
    try {
      const rows = opened.sqlite.prepare('select code, name, county_code as countyCode, seat, lat, lon from municipalities order by code').all();
      const expected = [...referenceFile.municipalities].sort((a, b) => a.code.localeCompare(b.code));
      expect(rows).toEqual(expected);
      expect(referenceFile.municipalities).toHaveLength(49);
    } finally {
      await opened.close();
    }
  });

  it('stores the Swedish lower-case name for searching', async () => {
    const opened = await openDatabase(file, { clock });
    try {
      expect(opened.sqlite.prepare("select name_folded from municipalities where code = '2039'").get()).toEqual({ name_folded: 'älvdalen' });
      const mismatched = opened.sqlite
        .prepare<[], { name: string; name_folded: string }>('select name, name_folded from municipalities')
        .all()
        .filter((r) => r.name_folded !== foldName(r.name));
      expect(mismatched).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('skips the load when this version of the data is already in the file', async () => {
    const opened = await openDatabase(file, { clock });
    try {
      expect(await loadReferenceData(opened.db)).toBe(false);
    } finally {
      await opened.close();
    }
  });

  it('reloads changed reference data by upsert, keeping the rows that refer to it', async () => {
    const first = await openDatabase(file, { clock });
    first.sqlite.prepare("update municipalities set name = 'Gammalt namn', name_folded = 'gammalt namn' where code = '2080'").run();
    first.sqlite.prepare("update app_meta set value = 'an older data version' where key = 'reference_data'").run();
    first.sqlite
      .prepare(
        `insert into library_units (id, municipality_code, name, kind, created_at, updated_at)
         values ('018d6a1e-7c00-7000-8000-000000000001', '2080', 'Falu stadsbibliotek', 'huvudbibliotek', ?, ?)`,
      )
      .run(startTime, startTime);
    await first.close();

    const again = await openDatabase(file, { clock });
    try {
      expect(again.sqlite.prepare("select name, name_folded from municipalities where code = '2080'").get()).toEqual({ name: 'Falun', name_folded: 'falun' });
      expect(countRows(again.sqlite, 'library_units', "municipality_code = '2080'")).toBe(1);
      expect(countRows(again.sqlite, 'municipalities')).toBe(49);
    } finally {
      await again.close();
    }
  });

  it('is not loaded into a version-0 file, nor when skipped', async () => {
    const v0 = await openDatabase(file, { clock, targetVersion: 0 });
    try {
      expect(v0.schemaVersion).toBe(0);
      expect(countRows(v0.sqlite, 'sqlite_master', "type = 'table'")).toBe(0);
    } finally {
      await v0.close();
    }
    const skipped = await openDatabase(join(dir, 'other.sqlite'), { clock, skipReferenceData: true });
    try {
      expect(countRows(skipped.sqlite, 'municipalities')).toBe(0);
      expect(countRows(skipped.sqlite, 'app_meta')).toBe(0);
    } finally {
      await skipped.close();
    }
  });
});
