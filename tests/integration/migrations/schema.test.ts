import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../electron/core/clock';
import { openDatabase, type OpenedDatabase } from '../../../electron/core/db/open';
import { makeTempDir, removeDir, startTime } from '../../helpers/db';
import { compareShapes, databaseShapes, schemaFile, schemaShapes, tablesOutsideSchema, type TableShapes } from './schema-check';

/*
 * The schema check: a freshly migrated database and the hand-written Kysely
 * description (electron/core/db/schema.ts) hold the same tables and columns,
 * each as nullable and of the same kind. A migration that adds a column must
 * add it to schema.ts in the same change.
 */

let dir: string;
let opened: OpenedDatabase;
let described: TableShapes;

beforeAll(async () => {
  dir = makeTempDir();
  opened = await openDatabase(join(dir, 'kub.sqlite'), { clock: fixedClock(startTime) });
  // Reading schema.ts with the type checker loads Kysely's declarations: once for the file.
  described = schemaShapes();
}, 60_000);
afterAll(async () => {
  await opened.close();
  removeDir(dir);
});

/** schema.ts as it is, with `edit` applied to its text (which must change it). */
function editedSchema(edit: (source: string) => string): TableShapes {
  const source = readFileSync(schemaFile, 'utf8');
  const changed = edit(source);
  expect(changed).not.toBe(source);
  return schemaShapes(changed);
}

describe('the schema check', () => {
  it('finds schema.ts in agreement with a database migrated to the latest version', () => {
    expect(compareShapes(databaseShapes(opened.sqlite), described)).toEqual([]);
  });

  it('compares every table but SQLite’s own and the FTS5 index with its shadow tables', () => {
    const compared = [...databaseShapes(opened.sqlite).keys()];
    expect(compared).toEqual(expect.arrayContaining(['participants', 'participant_search', 'swot_note_areas', 'sync_state', 'migration_log']));
    expect(compared.filter((t) => t.startsWith('participant_search_fts') || t.startsWith('sqlite_'))).toEqual([]);
    expect([...tablesOutsideSchema(opened.sqlite)].filter((t) => t.startsWith('participant_search_fts')).sort()).toEqual([
      'participant_search_fts',
      'participant_search_fts_config',
      'participant_search_fts_data',
      'participant_search_fts_docsize',
      'participant_search_fts_idx',
    ]);
  });

  it('reads the types as Kysely sees them: imported unions, 0 | 1 flags, Generated keys, `| null`', () => {
    expect(described.get('plan_items')?.get('status')).toMatchObject({ kind: 'string', nullable: false });
    expect(described.get('competence_areas')?.get('is_track')).toMatchObject({ kind: 'number', nullable: false });
    expect(described.get('swot_notes')?.get('priority')).toMatchObject({ kind: 'number', nullable: true });
    expect(described.get('scb_exports')?.get('id')).toMatchObject({ kind: 'number', nullable: false });
    expect(described.get('participants')?.get('deleted_at')).toMatchObject({ kind: 'string', nullable: true });
  });

  it('fails on a column a migration added but schema.ts lacks, naming the table and the column', () => {
    opened.sqlite.exec('savepoint extra');
    try {
      opened.sqlite.exec('alter table visits add column extra text');
      expect(compareShapes(databaseShapes(opened.sqlite), described)).toEqual(['visits.extra: column in the database (TEXT), missing from schema.ts']);
    } finally {
      opened.sqlite.exec('rollback to extra; release extra');
    }
  });

  it('fails on a table schema.ts lacks, and on one the database lacks', () => {
    opened.sqlite.exec('savepoint extra');
    try {
      opened.sqlite.exec('create table visit_notes (id text primary key, text text not null)');
      const edited = editedSchema((s) => s.replace('  milestones: MilestoneTable;\n', '  milestone_notes: MilestoneTable;\n'));
      expect(compareShapes(databaseShapes(opened.sqlite), edited)).toEqual([
        'milestones: table in the database, missing from schema.ts',
        'visit_notes: table in the database, missing from schema.ts',
        'milestone_notes: in schema.ts, no such table in the database',
      ]);
    } finally {
      opened.sqlite.exec('rollback to extra; release extra');
    }
  });

  it('fails on a schema.ts with a column removed, a nullability changed and a type changed', () => {
    const edited = editedSchema((s) =>
      s
        .replace('  is_track: 0 | 1;\n', '')
        .replace('  facilitators: string | null;\n', '  facilitators: string;\n')
        .replace('  participants_women: number;\n', '  participants_women: string;\n')
        .replace('  erased_at: string;\n', '  erased_at: string | null;\n'),
    );
    expect(compareShapes(databaseShapes(opened.sqlite), edited)).toEqual([
      'competence_areas.is_track: column in the database (INTEGER), missing from schema.ts',
      'erasure_log.erased_at: NOT NULL in the database, `| null` in schema.ts',
      'swot_days.facilitators: nullable in the database, not in schema.ts',
      'swot_days.participants_women: schema.ts says string, the database declares INTEGER',
    ]);
  });

  it('fails on a column schema.ts has and the database lacks', () => {
    const edited = editedSchema((s) => s.replace('  title: string | null;\n', '  title: string | null;\n  subtitle: string | null;\n'));
    expect(compareShapes(databaseShapes(opened.sqlite), edited)).toEqual(['visits.subtitle: in schema.ts, no such column in the database']);
  });
});
