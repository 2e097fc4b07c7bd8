import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../electron/core/clock';
import { migrations, type Migration } from '../../../electron/core/db/migrations';
import { runMigrations } from '../../../electron/core/db/migrate';
import { openDatabase, type OpenedDatabase } from '../../../electron/core/db/open';
import { countRows, makeTempDir, removeDir, startTime, userVersion } from '../../helpers/db';

/* The migration runner itself, with extra migrations appended after the real ones. */

let dir: string;
let opened: OpenedDatabase;
const clock = fixedClock(startTime);
const latest = migrations.length;

beforeEach(async () => {
  dir = makeTempDir();
  opened = await openDatabase(join(dir, 'kub.sqlite'), { clock });
});
afterEach(async () => {
  await opened.close();
  removeDir(dir);
});

function tableExists(name: string): boolean {
  return countRows(opened.sqlite, 'sqlite_master', `type = 'table' and name = '${name}'`) === 1;
}

describe('runMigrations', () => {
  it('rolls a failing migration back completely: no half schema, no log row, same user_version', async () => {
    const failing: Migration = {
      version: latest + 1,
      name: 'test_failing',
      up: async (db) => {
        await db.schema.createTable('half_done').addColumn('x', 'integer').execute();
        await sql`insert into half_done (x) values (1)`.execute(db);
        throw new Error('avbrott mitt i migreringen');
      },
    };
    await expect(runMigrations(opened.db, [...migrations, failing], latest, latest + 1, clock)).rejects.toThrow('avbrott mitt i migreringen');
    expect(tableExists('half_done')).toBe(false);
    expect(userVersion(opened.sqlite)).toBe(latest);
    expect(countRows(opened.sqlite, 'migration_log')).toBe(latest);
  });

  it('keeps the migrations before a failing one when several run in a row', async () => {
    const good: Migration = {
      version: latest + 1,
      name: 'test_good',
      up: async (db) => {
        await db.schema.createTable('good_table').addColumn('x', 'integer').execute();
      },
    };
    const bad: Migration = {
      version: latest + 2,
      name: 'test_bad',
      up: async () => {
        throw new Error('trasig');
      },
    };
    await expect(runMigrations(opened.db, [...migrations, good, bad], latest, latest + 2, clock)).rejects.toThrow('trasig');
    expect(tableExists('good_table')).toBe(true);
    expect(userVersion(opened.sqlite)).toBe(latest + 1);
    expect(opened.sqlite.prepare('select version, name from migration_log order by seq desc limit 1').get()).toEqual({ version: latest + 1, name: 'test_good' });
  });

  it('applies only the migrations between the found and the target version', async () => {
    const extra = [latest + 1, latest + 2, latest + 3].map(
      (version): Migration => ({
        version,
        name: `test_${version}`,
        up: async (db) => {
          await db.schema.createTable(`t_${version}`).addColumn('x', 'integer').execute();
        },
      }),
    );
    const applied = await runMigrations(opened.db, [...migrations, ...extra], latest, latest + 2, clock);
    expect(applied).toEqual([latest + 1, latest + 2]);
    expect(tableExists(`t_${latest + 1}`)).toBe(true);
    expect(tableExists(`t_${latest + 2}`)).toBe(true);
    expect(tableExists(`t_${latest + 3}`)).toBe(false);
    expect(userVersion(opened.sqlite)).toBe(latest + 2);
  });

  it('refuses to continue a history that differs from the code (a renamed migration)', async () => {
    const renamed = migrations.map((m, i) => (i === 0 ? { ...m, name: 'renamed' } : m));
    await expect(runMigrations(opened.db, renamed, latest, latest, clock)).rejects.toMatchObject({
      code: 'DB_UNREADABLE',
      message: expect.stringContaining('schemahistorik'),
    });
  });
});
