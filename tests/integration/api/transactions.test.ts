import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allHandlers } from '../../../electron/core/api/all-handlers';
import { createDispatcher } from '../../../electron/core/api/dispatcher';
import type { Handlers } from '../../../electron/core/handler';
import { AppError } from '../../../electron/core/errors';
import { contract, methodNames } from '../../../shared/contract';
import { callOk, countRows, openTestProject, systemInfo, type TestProject } from '../../helpers/db';

let p: TestProject;
let logged: string[];

beforeEach(async () => {
  p = await openTestProject();
  logged = [];
});
afterEach(async () => {
  await p.cleanup();
});

function dispatcherWith(overrides: Partial<Handlers>, queryWrites: 'log' | 'fail' = 'fail') {
  const handlers: Handlers = { ...allHandlers(systemInfo(p.dir)), ...overrides };
  return createDispatcher(handlers, p.ctx, { log: (message) => logged.push(message), queryWrites });
}

const unit = (id: string, name: string) => ({
  id,
  municipality_code: '2080',
  name,
  kind: 'filial' as const,
  street_address: null,
  postal_code: null,
  city: null,
  staff_count: null,
  created_at: 'x',
  updated_at: 'x',
  deleted_at: null,
});

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

describe('reads and writes told apart', () => {
  it('marks every contract method as a query or a mutation, and own transactions only on mutations', () => {
    for (const name of methodNames) {
      const spec = contract[name];
      expect(['query', 'mutation'], name).toContain(spec.kind);
      if (spec.ownTransactions) expect(spec.kind, name).toBe('mutation');
    }
  });

  it('leaves nothing written when a mutation writes and then throws an AppError', async () => {
    const dispatch = dispatcherWith({
      'libraryUnits.create': async (_input, ctx) => {
        await ctx.db.insertInto('library_units').values(unit('018d6a1e-7c00-7000-8000-000000000001', 'Halv')).execute();
        throw new AppError('CONFLICT', 'errors.internal');
      },
    });
    const result = await dispatch('libraryUnits.create', { municipalityCode: '2080', name: 'Halv', kind: 'filial' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(countRows(p.sqlite, 'library_units')).toBe(0);
    expect(p.sqlite.inTransaction).toBe(false);
  });

  it('leaves nothing written when a mutation crashes after a committed inner transaction and a raw write', async () => {
    const dispatch = dispatcherWith({
      'libraryUnits.create': async (_input, ctx) => {
        await ctx.db.transaction().execute(async (trx) => {
          await trx.insertInto('library_units').values(unit('018d6a1e-7c00-7000-8000-000000000002', 'Inre')).execute();
        });
        ctx.sqlite!.transaction(() => ctx.sqlite!.prepare("update library_units set name = 'Rå'").run())();
        await tick();
        throw new Error('krasch');
      },
    });
    const result = await dispatch('libraryUnits.create', { municipalityCode: '2080', name: 'Inre', kind: 'filial' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(countRows(p.sqlite, 'library_units')).toBe(0);
  });

  it('keeps a mutation whose handler succeeds, its nested transactions included', async () => {
    const created = await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Kvar', kind: 'filial' });
    expect(created.name).toBe('Kvar');
    expect(countRows(p.sqlite, 'library_units')).toBe(1);
    expect(p.sqlite.inTransaction).toBe(false);
  });

  it('lets a query that arrives while a mutation awaits wait for its commit, and a mutation wait for a query in flight', async () => {
    const order: string[] = [];
    const dispatch = dispatcherWith({
      'libraryUnits.create': async (_input, ctx) => {
        order.push('mutation starts');
        await ctx.db.insertInto('library_units').values(unit('018d6a1e-7c00-7000-8000-000000000003', 'Först')).execute();
        await tick();
        await ctx.db.insertInto('library_units').values(unit('018d6a1e-7c00-7000-8000-000000000004', 'Sedan')).execute();
        order.push('mutation ends');
        return (await ctx.db.selectFrom('library_units').selectAll().executeTakeFirstOrThrow()) as never;
      },
      'counties.list': async (_input, ctx) => {
        order.push('query starts');
        await tick();
        const { n } = await ctx.db.selectFrom('library_units').select((s) => s.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        order.push(`query sees ${n}`);
        return [];
      },
    });
    const first = dispatch('counties.list', {});
    const mutation = dispatch('libraryUnits.create', { municipalityCode: '2080', name: 'Först', kind: 'filial' });
    const second = dispatch('counties.list', {});
    await Promise.all([first, mutation, second]);
    expect(order).toEqual(['query starts', 'query sees 0', 'mutation starts', 'mutation ends', 'query starts', 'query sees 2']);
  });

  it('reports a query that writes', async () => {
    const dispatch = dispatcherWith({
      'counties.list': async (_input, ctx) => {
        await ctx.db.insertInto('library_units').values(unit('018d6a1e-7c00-7000-8000-000000000005', 'Smyg')).execute();
        return [];
      },
    });
    expect(await dispatch('counties.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged.some((m) => /the query counties.list wrote [1-9]\d* rows/.test(m))).toBe(true);
  });

  it('refuses a backup inside the dispatcher’s transaction, so an import must declare that it backs up first', async () => {
    const dispatch = dispatcherWith({
      'libraryUnits.create': async (_input, ctx) => {
        await ctx.backup!('fore-import');
        return Promise.reject(new Error('unreachable'));
      },
    });
    expect(await dispatch('libraryUnits.create', { municipalityCode: '2080', name: 'X', kind: 'filial' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    for (const method of ['attendance.import', 'participants.import'] as const) expect(contract[method].ownTransactions).toBe('backupFirst');
  });
});
