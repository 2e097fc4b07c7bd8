import { sql, type Kysely } from 'kysely';
import type { County, CountyCode, MunicipalityDetail, MunicipalitySummary } from '../../../shared/domain/municipalities';
import type { ReadContext } from '../context';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { foldName } from '../db/reference-data';
import { listContacts } from './contacts';
import { listLibraryUnits } from './library-units';

export async function listCounties(db: Kysely<Database>): Promise<County[]> {
  return db
    .selectFrom('counties')
    .select(['code', 'name', 'county_library_seat as countyLibrarySeat'])
    .orderBy('code')
    .execute();
}

export interface MunicipalityFilter {
  countyCode?: CountyCode | undefined;
  search?: string | undefined;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The list query, typed against the schema; the optional filters change its shape. */
export function municipalityListQuery(db: Kysely<Database>, filter: MunicipalityFilter) {
  let query = db
    .selectFrom('municipalities as m')
    .innerJoin('counties as c', 'c.code', 'm.county_code')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('library_units')
          .select((s) => [
            'municipality_code',
            s.fn.countAll<number>().as('unit_count'),
            s.fn.sum<number | null>('staff_count').as('staff_sum'),
          ])
          .where('deleted_at', 'is', null)
          .groupBy('municipality_code')
          .as('u'),
      (join) => join.onRef('u.municipality_code', '=', 'm.code'),
    )
    .select((s) => [
      'm.code',
      'm.name',
      'm.county_code as countyCode',
      'c.name as countyName',
      'm.seat',
      'm.lat',
      'm.lon',
      s.fn.coalesce('u.unit_count', sql<number>`0`).as('unitCount'),
      s.fn.coalesce('u.staff_sum', sql<number>`0`).as('staffCount'),
    ])
    .orderBy('m.code');

  const [countyCode, namePattern, codePrefix] = municipalityListParams(filter);
  if (countyCode !== undefined) query = query.where('m.county_code', '=', countyCode);
  if (namePattern !== undefined && codePrefix !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('m.name_folded', 'like', sql<string>`${namePattern} escape '\\'`),
        eb('m.code', 'like', sql<string>`${codePrefix} escape '\\'`),
      ]),
    );
  }
  return query;
}

/** The list query's bound values, in placeholder order: county, then name pattern and code prefix. */
export function municipalityListParams(filter: MunicipalityFilter): [CountyCode?, string?, string?] {
  const search = filter.search?.trim();
  const searchParams: [string?, string?] = search ? [`%${escapeLike(foldName(search))}%`, `${escapeLike(search)}%`] : [];
  return filter.countyCode ? [filter.countyCode, ...searchParams] : [undefined, ...searchParams];
}

/** Municipalities in SCB code order (which groups them by county), with live unit and staff counts. */
export async function listMunicipalities(ctx: ReadContext, filter: MunicipalityFilter = {}): Promise<MunicipalitySummary[]> {
  const params = municipalityListParams(filter);
  const shape = `municipalities.list:${params[0] ? 'county' : '-'}:${params[1] ? 'search' : '-'}`;
  return ctx.statements.all(
    shape,
    () => municipalityListQuery(ctx.db, filter),
    params.filter((p) => p !== undefined),
  );
}

export async function getMunicipality(db: Kysely<Database>, code: string): Promise<MunicipalityDetail> {
  const row = await db
    .selectFrom('municipalities as m')
    .innerJoin('counties as c', 'c.code', 'm.county_code')
    .select([
      'm.code',
      'm.name',
      'm.county_code as countyCode',
      'c.name as countyName',
      'c.county_library_seat as countyLibrarySeat',
      'm.seat',
      'm.lat',
      'm.lon',
    ])
    .where('m.code', '=', code)
    .executeTakeFirst();
  if (!row) throw AppError.of('NOT_FOUND', 'errors.municipalityNotFound', { code });

  const [units, contacts] = [await listLibraryUnits(db, code), await listContacts(db, code)];
  return {
    ...row,
    units,
    contacts,
    unitCount: units.length,
    staffCount: units.reduce((sum, u) => sum + (u.staffCount ?? 0), 0),
  };
}
