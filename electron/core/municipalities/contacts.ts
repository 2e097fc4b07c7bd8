import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { Contact } from '../../../shared/domain/municipalities';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { notFound } from '../errors';
import { newId } from '../ids';
import { assertMunicipalityExists, assertUnitInMunicipality } from './guards';

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
  await softDelete(ctx.db, 'contacts', id, ctx.clock.now().toISOString());
  return { id };
}
