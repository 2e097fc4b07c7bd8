import type { Kysely } from 'kysely';
import type { LegOverride } from '../../../shared/domain/visits';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { notFound } from '../errors';
import { newId } from '../ids';
import { assertMunicipalityExists } from '../municipalities/guards';

/** Roads are two-way, so an override is stored once per unordered pair. */
export function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export function pairKey(a: string, b: string): string {
  return orderedPair(a, b).join('-');
}

export async function listLegOverrides(db: Kysely<Database>): Promise<LegOverride[]> {
  return db
    .selectFrom('leg_overrides')
    .select(['from_code as fromCode', 'to_code as toCode', 'km', 'minutes'])
    .where('deleted_at', 'is', null)
    .orderBy('from_code')
    .orderBy('to_code')
    .execute();
}

export async function legOverrideMap(db: Kysely<Database>): Promise<Map<string, LegOverride>> {
  return new Map((await listLegOverrides(db)).map((o) => [pairKey(o.fromCode, o.toCode), o]));
}

export async function setLegOverride(ctx: ServiceContext, input: LegOverride): Promise<LegOverride> {
  const [from, to] = orderedPair(input.fromCode, input.toCode);
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await assertMunicipalityExists(trx, from);
    await assertMunicipalityExists(trx, to);
    // A cleared override is revived rather than duplicated: the pair stays one row for sync.
    await trx
      .insertInto('leg_overrides')
      .values({ id: newId(ctx.clock), from_code: from, to_code: to, km: input.km, minutes: input.minutes, created_at: now, updated_at: now, deleted_at: null })
      .onConflict((oc) => oc.columns(['from_code', 'to_code']).doUpdateSet({ km: input.km, minutes: input.minutes, updated_at: now, deleted_at: null }))
      .execute();
  });
  return { fromCode: from, toCode: to, km: input.km, minutes: input.minutes };
}

export async function clearLegOverride(ctx: ServiceContext, input: { fromCode: string; toCode: string }): Promise<{ fromCode: string; toCode: string }> {
  const [from, to] = orderedPair(input.fromCode, input.toCode);
  const now = ctx.clock.now().toISOString();
  const result = await ctx.db
    .updateTable('leg_overrides')
    .set({ deleted_at: now, updated_at: now })
    .where('from_code', '=', from)
    .where('to_code', '=', to)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw notFound();
  return { fromCode: from, toCode: to };
}
