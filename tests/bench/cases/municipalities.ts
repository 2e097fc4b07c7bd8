import { deepStrictEqual } from 'node:assert/strict';
import type { CompiledQuery, Kysely } from 'kysely';
import { openDatabase } from '../../../electron/core/db/open';
import type { Database } from '../../../electron/core/db/schema';
import { listMunicipalities, municipalityListQuery } from '../../../electron/core/municipalities/queries';
import type { BenchCase } from '../case';
import type { Scale } from '../datasets';

/**
 * The baseline runs the very SQL the app's query compiles to, prepared once
 * as a hand-written data layer would keep it, so it cannot drift from the query.
 */
function compileListQuery(db: Kysely<Database>): CompiledQuery {
  return municipalityListQuery(db, {}).compile();
}

function listCase(scale: Scale): BenchCase {
  return {
    name: 'list municipalities with unit counts',
    scale,
    target: { kind: 'maxRatio', ratio: 1.5 },
    // Well under a millisecond per call: batch calls so a sample is not timer noise.
    options: { batch: 'auto', minSampleMs: 10 },
    prepare: async (datasets) => {
      const opened = await openDatabase(datasets.byScale[scale].file, { clock: datasets.clock });
      const compiled = compileListQuery(opened.db);
      // Prepared once, as a hand-written data layer would keep it.
      const statement = opened.sqlite.prepare(compiled.sql);
      const params = [...compiled.parameters];

      const viaKysely = await listMunicipalities(opened);
      const viaRaw = statement.all(...params);
      deepStrictEqual(viaRaw, viaKysely, 'raw baseline returns different rows than listMunicipalities');
      if (viaKysely.length !== datasets.byScale[scale].municipalities) throw new Error(`expected one row per municipality at ${scale} scale`);

      return {
        subject: { run: () => listMunicipalities(opened) },
        baseline: { run: () => statement.all(...params) },
        dispose: () => opened.close(),
      };
    },
  };
}

export const municipalityCases: BenchCase[] = [listCase('kub'), listCase('national')];
