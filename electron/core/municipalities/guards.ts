import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../errors';

export async function assertMunicipalityExists(db: Kysely<Database>, code: string): Promise<void> {
  const found = await db.selectFrom('municipalities').select('code').where('code', '=', code).executeTakeFirst();
  if (!found) throw AppError.of('NOT_FOUND', 'errors.municipalityNotFound', { code });
}
