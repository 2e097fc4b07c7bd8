import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/contract';
import { callOk, openTestProject, type TestProject } from '../../helpers/db';

/*
 * The team's own attack suite over the whole contract (issue 13): every
 * method gets arbitrary JSON — wrong types, huge strings, nested junk,
 * plausible-looking ids, __proto__ keys — and must answer a typed error or a
 * value, never INTERNAL, and a refused call must change nothing in the
 * database (SQLite's total_changes() counts every row written).
 */

const runsPerMethod = 25;
let p: TestProject;

beforeAll(async () => {
  p = await openTestProject();
  // Some rows to aim at, so plausible ids and codes reach the services.
  await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' });
  await callOk(p.dispatch, 'swotDays.create', { municipalityCode: '2080', date: '2012-03-14', status: 'genomford' });
});
afterAll(async () => p.cleanup());

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '../../../../etc/passwd', '<script>alert(1)</script>', '=HYPERLINK("x")', '19800101-2387', 'x'.repeat(70_000), '\u0000\u000b', '2012-13-45', 'NaN'),
  fc.uuid(),
  fc.constantFrom('2080', '1780', '17', '2012-09-14', '09:00', '2012-09'),
);
const leaf = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 1e308));
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 12 }), tie('v'), { maxKeys: 5 })),
})).v;
const keysOfTheContract = ['id', 'name', 'municipalityCode', 'countyCode', 'date', 'periodId', 'activityId', 'month', 'kind', 'fileName', 'contentBase64', 'text', 'amount', '__proto__', 'constructor'];
const payload = fc.oneof(
  value,
  fc.dictionary(fc.constantFrom(...keysOfTheContract), value, { maxKeys: 6 }),
  fc.constant({}),
  fc.constant({ __proto__: { polluted: true } }),
);

const changes = () => (p.sqlite.prepare('select total_changes() as n').get() as { n: number }).n;

describe('every contract method under arbitrary input', () => {
  it(`answers a typed error or a value, never INTERNAL, and a refused call writes nothing (${methodNames.length} methods × ${runsPerMethod} calls)`, async () => {
    const findings: string[] = [];
    for (const method of methodNames) {
      await fc.assert(
        fc.asyncProperty(payload, async (input) => {
          const before = changes();
          const result = await p.dispatch(method, JSON.parse(JSON.stringify(input ?? null)) as unknown);
          if (!result.ok) {
            if (result.error.code === 'INTERNAL') findings.push(`${method}: INTERNAL for ${JSON.stringify(input).slice(0, 120)}`);
            if (changes() !== before) findings.push(`${method}: a refused call wrote ${changes() - before} rows`);
            if (typeof result.error.message !== 'string' || result.error.message === '') findings.push(`${method}: an error without a message`);
          }
        }),
        { numRuns: runsPerMethod, seed: 20121014 },
      );
    }
    expect(findings).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  }, 300_000);
});
