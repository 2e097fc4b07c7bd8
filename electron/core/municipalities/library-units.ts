import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { LibraryUnit } from '../../../shared/domain/municipalities';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { notFound } from '../errors';
import { newId } from '../ids';
import { assertMunicipalityExists } from './guards';

const unitColumns = [
  'id',
  'municipality_code as municipalityCode',
  'name',
  'kind',
  'street_address as streetAddress',
  'postal_code as postalCode',
  'city',
  'staff_count as staffCount',
  'updated_at as updatedAt',
] as const;

const kindOrder = { huvudbibliotek: 0, filial: 1, bokbuss: 2 } as const;

export async function listLibraryUnits(db: Kysely<Database>, municipalityCode: string): Promise<LibraryUnit[]> {
  const units = await db
    .selectFrom('library_units')
    .select(unitColumns)
    .where('municipality_code', '=', municipalityCode)
    .where('deleted_at', 'is', null)
    .execute();
  const collator = new Intl.Collator('sv-SE');
  return units.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || collator.compare(a.name, b.name));
}

export async function getLibraryUnit(db: Kysely<Database>, id: string): Promise<LibraryUnit> {
  const unit = await db
    .selectFrom('library_units')
    .select(unitColumns)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!unit) throw notFound();
  return unit;
}

function toColumns(input: ParsedInputOf<'libraryUnits.update'> | ParsedInputOf<'libraryUnits.create'>) {
  return {
    name: input.name,
    kind: input.kind,
    street_address: input.streetAddress,
    postal_code: input.postalCode,
    city: input.city,
    staff_count: input.staffCount,
  };
}

export async function createLibraryUnit(ctx: ServiceContext, input: ParsedInputOf<'libraryUnits.create'>): Promise<LibraryUnit> {
  const now = ctx.clock.now().toISOString();
  const id = newId(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await assertMunicipalityExists(trx, input.municipalityCode);
    await trx
      .insertInto('library_units')
      .values({ id, municipality_code: input.municipalityCode, ...toColumns(input), created_at: now, updated_at: now, deleted_at: null })
      .execute();
  });
  return getLibraryUnit(ctx.db, id);
}

export async function updateLibraryUnit(ctx: ServiceContext, input: ParsedInputOf<'libraryUnits.update'>): Promise<LibraryUnit> {
  const result = await ctx.db
    .updateTable('library_units')
    .set({ ...toColumns(input), updated_at: ctx.clock.now().toISOString() })
    .where('id', '=', input.id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw notFound();
  return getLibraryUnit(ctx.db, input.id);
}

/** Soft delete (sync needs the tombstone); the unit's contacts stay with the municipality. */
export async function deleteLibraryUnit(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await softDelete(trx, 'library_units', id, now);
    await trx.updateTable('contacts').set({ library_unit_id: null, updated_at: now }).where('library_unit_id', '=', id)
      .where('deleted_at', 'is', null)
      .execute();
  });
  return { id };
}
