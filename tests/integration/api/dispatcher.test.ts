import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allHandlers } from '../../../electron/core/api/all-handlers';
import { createDispatcher } from '../../../electron/core/api/dispatcher';
import type { Handlers } from '../../../electron/core/handler';
import { AppError } from '../../../electron/core/errors';
import { contract, methodNames } from '../../../shared/contract';
import { callErr, callOk, countRows, openTestProject, snapshot, systemInfo, type TestProject } from '../../helpers/db';

let p: TestProject;
let logged: { message: string; detail: unknown }[];

beforeEach(async () => {
  p = await openTestProject();
  logged = [];
});
afterEach(async () => {
  await p.cleanup();
});

function dispatcherWith(overrides: Partial<Handlers>) {
  const handlers: Handlers = { ...allHandlers(systemInfo(p.dir)), ...overrides };
  return createDispatcher(handlers, p.ctx, { log: (message, detail) => logged.push({ message, detail }) });
}

describe('the dispatcher', () => {
  it('has a handler for every method of the contract, and no other', () => {
    const handlers = allHandlers(systemInfo(p.dir));
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
    expect(methodNames.every((m) => typeof handlers[m] === 'function')).toBe(true);
  });

  it('answers system.info with the values it was built with', async () => {
    expect(await callOk(p.dispatch, 'system.info', {})).toEqual(systemInfo(p.dir));
  });

  it('treats a missing payload as an empty object', async () => {
    expect(await p.dispatch('counties.list', undefined)).toMatchObject({ ok: true });
    expect(await p.dispatch('counties.list', null)).toMatchObject({ ok: true });
  });

  it('refuses extra fields on a method that takes none', async () => {
    const error = await callErr(p.dispatch, 'system.info', { extra: 1 });
    expect(error.code).toBe('VALIDATION');
  });

  it.each(['libraryUnits.drop', '', 'LIBRARYUNITS.CREATE', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])(
    "refuses the unknown method '%s' with UNKNOWN_METHOD and a Swedish message",
    async (method) => {
      const before = snapshot(p.sqlite);
      const error = await callErr(p.dispatch, method, {});
      expect(error).toEqual({ code: 'UNKNOWN_METHOD', message: `Okänd funktion: ${method}.` });
      expect(snapshot(p.sqlite)).toEqual(before);
    },
  );

  it('turns a plain Error from a handler into INTERNAL with a Swedish message, logging the error instead of returning it', async () => {
    const dispatch = dispatcherWith({
      'counties.list': () => Promise.reject(new Error('SQLITE_IOERR: disk I/O error at /home/anna/secret')),
    });
    const result = await dispatch('counties.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Ett oväntat fel inträffade. Inget har ändrats.' } });
    expect(JSON.stringify(result)).not.toContain('SQLITE_IOERR');
    expect(JSON.stringify(result)).not.toContain('/home/anna');
    expect(logged).toHaveLength(1);
    expect(logged[0]!.message).toContain('counties.list');
    expect(String(logged[0]!.detail)).toContain('SQLITE_IOERR: disk I/O error');
  });

  it('turns a thrown non-Error into INTERNAL and logs it', async () => {
    const dispatch = dispatcherWith({ 'counties.list': () => Promise.reject('något gick snett') });
    const result = await dispatch('counties.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged).toEqual([{ message: expect.stringContaining('counties.list'), detail: 'något gick snett' }]);
  });

  it('passes an AppError from a handler through unchanged, without logging', async () => {
    const dispatch = dispatcherWith({
      'counties.list': () => Promise.reject(new AppError('CONFLICT', 'Någon annan har ändrat posten.', undefined, { name: 'Ändrad' })),
    });
    expect(await dispatch('counties.list', {})).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Någon annan har ändrat posten.', fieldErrors: { name: 'Ändrad' } },
    });
    expect(logged).toEqual([]);
  });

  it('does not call the handler when the payload fails its schema', async () => {
    let called = false;
    const dispatch = dispatcherWith({
      'libraryUnits.create': () => {
        called = true;
        return Promise.reject(new Error('should not run'));
      },
    });
    const result = await dispatch('libraryUnits.create', { municipalityCode: '2080', name: '', kind: 'filial' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { name: 'Fältet måste fyllas i.' } } });
    expect(called).toBe(false);
  });

  it('hands the handler the parsed, normalised input', async () => {
    let received: unknown;
    const dispatch = dispatcherWith({
      'libraryUnits.create': (input) => {
        received = input;
        return Promise.reject(new AppError('CONFLICT', 'stopp'));
      },
    });
    await dispatch('libraryUnits.create', { municipalityCode: '2080', name: ' Bibliotek ', kind: 'filial', postalCode: '79130', staffCount: '4', junk: true });
    expect(received).toEqual({ municipalityCode: '2080', name: 'Bibliotek', kind: 'filial', streetAddress: null, postalCode: '791 30', city: null, staffCount: 4 });
  });

  it('rolls back a write when a handler fails half-way through a transaction', async () => {
    const dispatch = dispatcherWith({
      'libraryUnits.create': async (input, ctx) => {
        await ctx.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('library_units')
            .values({
              id: '018d6a1e-7c00-7000-8000-000000000001',
              municipality_code: input.municipalityCode,
              name: input.name,
              kind: input.kind,
              street_address: null,
              postal_code: null,
              city: null,
              staff_count: null,
              created_at: 'x',
              updated_at: 'x',
              deleted_at: null,
            })
            .execute();
          throw new Error('krasch efter insert');
        });
        throw new Error('unreachable');
      },
    });
    const result = await dispatch('libraryUnits.create', { municipalityCode: '2080', name: 'Halv', kind: 'filial' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(countRows(p.sqlite, 'library_units')).toBe(0);
  });

  it('validates every method of the contract: an obviously wrong payload is refused', async () => {
    for (const method of methodNames) {
      const parsed = contract[method].input.safeParse('not an object');
      expect(parsed.success, method).toBe(false);
    }
  });
});
