import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../errors';

export async function assertMunicipalityExists(db: Kysely<Database>, code: string): Promise<void> {
  const found = await db.selectFrom('municipalities').select('code').where('code', '=', code).executeTakeFirst();
  if (!found) throw AppError.of('NOT_FOUND', 'errors.municipalityNotFound', { code });
}

/** A row may name a library unit only of its own municipality (a contact, a SWOT day's place, an individual plan). */
export async function assertUnitInMunicipality(db: Kysely<Database>, unitId: string | null, municipalityCode: string): Promise<void> {
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
