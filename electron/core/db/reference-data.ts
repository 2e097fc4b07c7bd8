import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import reference from '../../../resources/reference/municipalities.json';
import type { CountyCode } from '../../../shared/domain/municipalities';
import type { Database } from './schema';

export interface ReferenceCounty {
  code: CountyCode;
  name: string;
  countyLibrarySeat: string;
}
export interface ReferenceMunicipality {
  code: string;
  name: string;
  countyCode: CountyCode;
  seat: string;
  lat: number;
  lon: number;
}

export const referenceCounties = reference.counties as ReferenceCounty[];
export const referenceMunicipalities = reference.municipalities as ReferenceMunicipality[];

const referenceHash = createHash('sha256').update(JSON.stringify(reference)).digest('hex').slice(0, 16);

export function foldName(name: string): string {
  return name.toLocaleLowerCase('sv-SE');
}

/**
 * Loads the shipped counties and municipalities. Idempotent: upserts by SCB
 * code and records which version of the data it loaded, so later opens skip it.
 * `beforeWrite` runs only when it is about to write (the open's integrity check).
 */
export async function loadReferenceData(db: Kysely<Database>, options: { beforeWrite?: () => void } = {}): Promise<boolean> {
  const loaded = await db.selectFrom('app_meta').select('value').where('key', '=', 'reference_data').executeTakeFirst();
  if (loaded?.value === referenceHash) return false;
  options.beforeWrite?.();

  await db.transaction().execute(async (trx) => {
    for (const c of referenceCounties) {
      await trx
        .insertInto('counties')
        .values({ code: c.code, name: c.name, county_library_seat: c.countyLibrarySeat })
        .onConflict((oc) => oc.column('code').doUpdateSet({ name: c.name, county_library_seat: c.countyLibrarySeat }))
        .execute();
    }
    for (const m of referenceMunicipalities) {
      const row = { name: m.name, name_folded: foldName(m.name), county_code: m.countyCode, seat: m.seat, lat: m.lat, lon: m.lon };
      await trx
        .insertInto('municipalities')
        .values({ code: m.code, ...row })
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
    await trx
      .insertInto('app_meta')
      .values({ key: 'reference_data', value: referenceHash })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: referenceHash }))
      .execute();
  });
  return true;
}
