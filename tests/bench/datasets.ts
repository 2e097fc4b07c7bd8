import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Faker, base, sv } from '@faker-js/faker';
import { fixedClock, type Clock } from '../../electron/core/clock';
import { generateLibraries, type SeedMunicipality } from '../../electron/core/demo/generate';
import { latestSchemaVersion } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { newId } from '../../electron/core/ids';
import { foldName, referenceMunicipalities } from '../../electron/core/db/reference-data';
import { countyCodes, type CountyCode } from '../../shared/domain/municipalities';
import { ddlBetween, readSchema, type SchemaObject, type DdlByVersion } from './raw';
import { insertPlanning } from './planning';
import { insertTraining } from './training';
import { insertSurveys } from './surveys';

export type Scale = 'kub' | 'national';

export interface ScaleSpec {
  municipalities: number;
  staff: number;
}

export const scales: Record<Scale, ScaleSpec> = {
  kub: { municipalities: 49, staff: 750 },
  national: { municipalities: 290, staff: 50_000 },
};

/** Same seed as the demo project, so the KUB-scale data is the data a user sees. */
const librarySeed = 2012;
const municipalitySeed = 290;

export interface DatasetInfo {
  /** A closed, fully migrated database; cases that write copy it first. */
  file: string;
  schemaVersion: number;
  municipalities: number;
  libraryUnits: number;
  contacts: number;
  staff: number;
}

export interface Datasets {
  dir: string;
  clock: Clock;
  /** A KUB-scale database at schema version 1 (reference data only: later tables do not exist yet). */
  kubV1: DatasetInfo;
  byScale: Record<Scale, DatasetInfo>;
  ddlByVersion: DdlByVersion;
  /** What loadReferenceData stamps into app_meta; the raw baseline needs it to skip or load alike. */
  referenceHash: string;
  /** A fresh path in the work directory for per-run files. */
  scratch(label: string): string;
  /** Copies a closed database (with any WAL) to a scratch path. */
  copy(file: string, label: string): string;
  remove(file: string): void;
}

export const benchRoot = resolve(process.cwd(), '.tmp', 'bench');

function removeDb(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/**
 * 241 (or however many) made-up municipalities whose codes fill the gaps of
 * the four real counties: the FK to counties and the CountyCode type only
 * allow those four, and real codes must stay free for the real rows.
 */
function syntheticMunicipalities(count: number): Array<SeedMunicipality & { countyCode: CountyCode; lat: number; lon: number }> {
  const taken = new Set(referenceMunicipalities.map((m) => m.code));
  const faker = new Faker({ locale: [sv, base], seed: municipalitySeed });
  const names = new Set(referenceMunicipalities.map((m) => m.name));
  const out: Array<SeedMunicipality & { countyCode: CountyCode; lat: number; lon: number }> = [];
  // Round-robin over counties so every county grows, as a national roll-out would.
  for (let n = 0; n < 100 && out.length < count; n++) {
    for (const county of countyCodes) {
      const code = `${county}${n.toString().padStart(2, '0')}`;
      if (taken.has(code) || out.length >= count) continue;
      let name = faker.location.city();
      while (names.has(name)) name = `${faker.location.city()} ${faker.string.alpha({ length: 1, casing: 'upper' })}`;
      names.add(name);
      out.push({
        code,
        name,
        seat: name,
        countyCode: county,
        lat: faker.number.float({ min: 55.3, max: 69, fractionDigits: 4 }),
        lon: faker.number.float({ min: 11, max: 24, fractionDigits: 4 }),
      });
    }
  }
  if (out.length < count) throw new Error(`only ${out.length} free municipality codes in the four counties, ${count} wanted`);
  return out;
}

function insertMunicipalities(sqlite: BetterSqlite3.Database, rows: ReturnType<typeof syntheticMunicipalities>): void {
  const insert = sqlite.prepare(
    'insert into municipalities (code, name, name_folded, county_code, seat, lat, lon) values (?, ?, ?, ?, ?, ?, ?)',
  );
  sqlite.transaction(() => {
    for (const m of rows) insert.run(m.code, m.name, foldName(m.name), m.countyCode, m.seat, m.lat, m.lon);
  })();
}

/** The demo generator's units and contacts, inserted in one transaction with prepared statements (Kysely per row would dominate the build). */
function insertLibraries(sqlite: BetterSqlite3.Database, staff: number, clock: Clock): { units: number; contacts: number } {
  const municipalities = sqlite.prepare('select code, name, seat from municipalities order by code').all() as SeedMunicipality[];
  const { units, contacts } = generateLibraries(municipalities, staff, librarySeed);
  const now = clock.now().toISOString();
  const unit = sqlite.prepare(
    `insert into library_units (id, municipality_code, name, kind, street_address, postal_code, city, staff_count, created_at, updated_at, deleted_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null)`,
  );
  const contact = sqlite.prepare(
    `insert into contacts (id, municipality_code, library_unit_id, name, role, email, phone, created_at, updated_at, deleted_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, null)`,
  );
  sqlite.transaction(() => {
    const unitIds = units.map((u) => {
      const id = newId(clock);
      unit.run(id, u.municipalityCode, u.name, u.kind, u.streetAddress, u.postalCode, u.city, u.staffCount, now, now);
      return id;
    });
    for (const c of contacts) {
      const unitId = c.unitIndex === null ? null : unitIds[c.unitIndex]!;
      contact.run(newId(clock), c.municipalityCode, unitId, c.name, c.role, c.email, c.phone, now, now);
    }
  })();
  return { units: units.length, contacts: contacts.length };
}

function count(sqlite: BetterSqlite3.Database, sql: string): number {
  return Number(sqlite.prepare(sql).pluck().get());
}

export async function buildScale(file: string, scale: Scale, clock: Clock): Promise<DatasetInfo> {
  const spec = scales[scale];
  const opened = await openDatabase(file, { clock });
  try {
    const extra = spec.municipalities - referenceMunicipalities.length;
    if (extra > 0) insertMunicipalities(opened.sqlite, syntheticMunicipalities(extra));
    // Generated data is not anybody's edits to share: capture stays off, or the change log would dwarf the data.
    opened.sqlite.prepare('update sync_state set applying = 1').run();
    insertLibraries(opened.sqlite, spec.staff, clock);
    insertTraining(opened.sqlite, scale, clock);
    insertPlanning(opened.sqlite, scale, clock);
    insertSurveys(opened.sqlite, scale, clock);
    opened.sqlite.prepare('update sync_state set applying = 0').run();
    return {
      file,
      schemaVersion: opened.schemaVersion,
      municipalities: count(opened.sqlite, 'select count(*) from municipalities'),
      libraryUnits: count(opened.sqlite, 'select count(*) from library_units'),
      contacts: count(opened.sqlite, 'select count(*) from contacts'),
      staff: count(opened.sqlite, 'select coalesce(sum(staff_count), 0) from library_units'),
    };
  } finally {
    await opened.close();
  }
}

async function buildDdlByVersion(dir: string, clock: Clock): Promise<Map<number, string[]>> {
  const byVersion = new Map<number, string[]>();
  let before: SchemaObject[] = [];
  for (let version = 1; version <= latestSchemaVersion; version++) {
    const file = join(dir, `ddl-v${version}.sqlite`);
    const opened = await openDatabase(file, { clock, targetVersion: version, skipReferenceData: true });
    try {
      const now = readSchema(opened.sqlite);
      byVersion.set(version, ddlBetween(before, now));
      before = now;
    } finally {
      await opened.close();
      removeDb(file);
    }
  }
  return byVersion;
}

export async function buildDatasets(): Promise<Datasets> {
  mkdirSync(benchRoot, { recursive: true });
  const dir = mkdtempSync(join(benchRoot, 'run-'));
  // A fixed clock keeps migration stamps and backup names stable between runs.
  const clock = fixedClock('2025-03-14T09:00:00.000Z');
  let seq = 0;

  const kubV1File = join(dir, 'kub-v1.sqlite');
  const v1 = await openDatabase(kubV1File, { clock, targetVersion: 1 });
  const referenceHash = String(v1.sqlite.prepare("select value from app_meta where key = 'reference_data'").pluck().get());
  const kubV1: DatasetInfo = {
    file: kubV1File,
    schemaVersion: v1.schemaVersion,
    municipalities: count(v1.sqlite, 'select count(*) from municipalities'),
    libraryUnits: 0,
    contacts: 0,
    staff: 0,
  };
  await v1.close();

  const kub = await buildScale(join(dir, 'kub.sqlite'), 'kub', clock);
  const national = await buildScale(join(dir, 'national.sqlite'), 'national', clock);
  const ddlByVersion = await buildDdlByVersion(dir, clock);

  const scratch = (label: string): string => join(dir, `${label}-${++seq}.sqlite`);
  return {
    dir,
    clock,
    kubV1,
    byScale: { kub, national },
    ddlByVersion,
    referenceHash,
    scratch,
    copy: (file, label) => {
      const target = scratch(label);
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(file + suffix)) copyFileSync(file + suffix, target + suffix);
      }
      return target;
    },
    remove: removeDb,
  };
}

export function disposeDatasets(datasets: Datasets): void {
  rmSync(datasets.dir, { recursive: true, force: true });
}
