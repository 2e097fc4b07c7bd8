import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { Contact } from '../../../shared/domain/municipalities';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { assertMunicipalityExists } from './guards';

const contactColumns = [
  'id',
  'municipality_code as municipalityCode',
  'library_unit_id as libraryUnitId',
  'name',
  'role',
  'email',
  'phone',
  'updated_at as updatedAt',
] as const;

export async function listContacts(db: Kysely<Database>, municipalityCode: string): Promise<Contact[]> {
  const contacts = await db
    .selectFrom('contacts')
    .select(contactColumns)
    .where('municipality_code', '=', municipalityCode)
    .where('deleted_at', 'is', null)
    .execute();
  const collator = new Intl.Collator('sv-SE');
  return contacts.sort((a, b) => collator.compare(a.name, b.name));
}

export async function getContact(db: Kysely<Database>, id: string): Promise<Contact> {
  const contact = await db
    .selectFrom('contacts')
    .select(contactColumns)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!contact) throw notFound();
  return contact;
}

/** A contact may name a unit only of its own municipality. */
async function assertUnitInMunicipality(db: Kysely<Database>, unitId: string | null, municipalityCode: string): Promise<void> {
  if (unitId === null) return;
  const unit = await db
    .selectFrom('library_units')
    .select('municipality_code')
    .where('id', '=', unitId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!unit || unit.municipality_code !== municipalityCode) {
    throw AppError.of('VALIDATION', 'errors.validation', undefined, {
      libraryUnitId: AppError.of('VALIDATION', 'errors.unitNotInMunicipality').message,
    });
  }
}

function toColumns(input: ParsedInputOf<'contacts.create'> | ParsedInputOf<'contacts.update'>) {
  return { name: input.name, role: input.role, email: input.email, phone: input.phone, library_unit_id: input.libraryUnitId };
}

export async function createContact(ctx: ServiceContext, input: ParsedInputOf<'contacts.create'>): Promise<Contact> {
  const now = ctx.clock.now().toISOString();
  const id = newId(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await assertMunicipalityExists(trx, input.municipalityCode);
    await assertUnitInMunicipality(trx, input.libraryUnitId, input.municipalityCode);
    await trx
      .insertInto('contacts')
      .values({ id, municipality_code: input.municipalityCode, ...toColumns(input), created_at: now, updated_at: now, deleted_at: null })
      .execute();
  });
  return getContact(ctx.db, id);
}

export async function updateContact(ctx: ServiceContext, input: ParsedInputOf<'contacts.update'>): Promise<Contact> {
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await getContact(trx, input.id);
    await assertUnitInMunicipality(trx, input.libraryUnitId, existing.municipalityCode);
    await trx
      .updateTable('contacts')
      .set({ ...toColumns(input), updated_at: ctx.clock.now().toISOString() })
      .where('id', '=', input.id)
      .execute();
  });
  return getContact(ctx.db, input.id);
}

export async function deleteContact(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  const now = ctx.clock.now().toISOString();
  const result = await ctx.db
    .updateTable('contacts')
    .set({ deleted_at: now, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw notFound();
  return { id };
}
