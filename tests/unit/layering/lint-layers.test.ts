import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/* The layering rule of eslint.config.mjs, run through ESLint's API on source
 * text placed (by path only) where a forbidden import would be written. */

const root = fileURLToPath(new URL('../../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The layering errors ESLint reports for `code` as if it were the file at `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath });
  const messages = result?.messages ?? [];
  // A file that does not parse reports no layering error: that must not pass for a clean one.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === 'kub/layers').map((m) => m.message);
}

describe('the layering lint rule', () => {
  it('refuses the renderer an import from electron/', async () => {
    const errors = await layerErrors('renderer/src/pages/swot/Wrong.ts', "import { x } from '../../../../electron/core/swot/notes';");
    expect(errors).toEqual([expect.stringContaining('The renderer does not import from electron/ (electron/core/swot/notes)')]);
  });

  it('refuses electron/core an import from the shell around it', async () => {
    const errors = await layerErrors('electron/core/backup/wrong.ts', "import { x } from '../../window-options';");
    expect(errors).toEqual([expect.stringContaining('electron/core does not import the shell (electron/window-options)')]);
  });

  it('refuses shared/ an import from the renderer or electron/', async () => {
    const fromRenderer = await layerErrors('shared/domain/wrong.ts', "import { x } from '../../renderer/src/api/hooks';");
    const fromCore = await layerErrors('shared/domain/wrong.ts', "import type { x } from '../../electron/core/errors';");
    expect(fromRenderer).toEqual([expect.stringContaining('shared/ imports neither')]);
    expect(fromCore).toEqual([expect.stringContaining('shared/ imports neither')]);
  });

  it('refuses a migration runtime code and packages other than kysely', async () => {
    const file = 'electron/core/db/migrations/0099_wrong.ts';
    expect(await layerErrors(file, "import { x } from '../../sync/triggers';")).toEqual([
      expect.stringContaining('A migration imports only kysely, node: built-ins and its own folder (electron/core/sync/triggers)'),
    ]);
    expect(await layerErrors(file, "import type { x } from '../schema';")).toHaveLength(1);
    expect(await layerErrors(file, "import { x } from 'zod';")).toEqual([expect.stringContaining('(zod)')]);
    expect(await layerErrors(file, "import { sql as x } from 'kysely';\nimport { randomUUID } from 'node:crypto';\nimport * as y from './0001_reference_data';\nvoid randomUUID; void y;")).toEqual([]);
  });

  it('refuses a domain folder the internal module of another, in static, type and dynamic imports', async () => {
    const file = 'electron/core/participants/wrong.ts';
    const expected = [expect.stringContaining('electron/core/swot/suggest is internal to electron/core/swot; import one of its public modules (areas, days, notes, mapping)')];
    expect(await layerErrors(file, "import { x } from '../swot/suggest';")).toEqual(expected);
    expect(await layerErrors(file, "import type { x } from '../swot/suggest';")).toEqual(expected);
    expect(await layerErrors(file, "const x = await import('../swot/suggest');")).toEqual(expected);
    expect(await layerErrors(file, "export { x } from '../swot/suggest';")).toEqual(expected);
    expect(await layerErrors(file, "import x = require('../swot/suggest');")).toEqual(expected);
  });

  it('refuses every folder a migration of db/ and the shell a folder internal', async () => {
    expect(await layerErrors('electron/core/swot/wrong.ts', "import { x } from '../db/migrations/0003_seed_keywords';")).toEqual([
      expect.stringContaining('electron/core/db/migrations/0003_seed_keywords is internal to electron/core/db'),
    ]);
    expect(await layerErrors('electron/web/wrong.ts', "import { x } from '../core/backup/replace';")).toEqual([
      expect.stringContaining('internal to electron/core/backup'),
    ]);
  });

  it("keeps a folder's handlers for api/ alone", async () => {
    const domain = await layerErrors('electron/core/reports/wrong.ts', "import { x } from '../swot/mapping-handlers';");
    const api = await layerErrors('electron/core/api/wrong.ts', "import { x } from '../swot/mapping-handlers';");
    expect(domain).toEqual([expect.stringContaining("is a folder's handlers: only api/ joins them")]);
    expect(api).toEqual([]);
  });

  it('allows public modules, the kit, the root files and the own folder', async () => {
    const file = 'electron/core/reports/wrong.ts';
    const code = [
      "import { x } from '../swot/mapping';",
      "import type { Database } from '../db/schema';",
      "import { migrations } from '../db/migrations';",
      "import { readTable } from '../spreadsheets/read-table';",
      "import type { ServiceContext } from '../context';",
      "import type { DomainHandlers } from '../handler';",
      "import { chart } from './report-charts';",
      'export type T = [Database, ServiceContext, DomainHandlers<"reports">, typeof migrations, typeof readTable, typeof chart];',
    ].join('\n');
    expect(await layerErrors(file, code)).toEqual([]);
  });

  it('asks a new folder of electron/core to declare its public modules', async () => {
    expect(await layerErrors('electron/core/swot/wrong.ts', "import { x } from '../evaluations/answers';")).toEqual([
      expect.stringContaining('electron/core/evaluations declares no public modules'),
    ]);
  });
});
