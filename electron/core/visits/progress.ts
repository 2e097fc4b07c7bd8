import { sql, type Kysely } from 'kysely';
import type { MunicipalityVisitState, VisitProgress } from '../../../shared/domain/visits';
import { plannedVisitStatuses } from '../../../shared/domain/visits';
import type { CountyCode } from '../../../shared/domain/municipalities';
import type { Database } from '../db/schema';

interface StateInput {
  statuses: readonly string[];
}

/** A held visit outranks a planned one; a cancelled visit counts as nothing. */
export function municipalityState({ statuses }: StateInput): MunicipalityVisitState {
  if (statuses.includes('genomford')) return 'besokt';
  if (statuses.some((s) => (plannedVisitStatuses as readonly string[]).includes(s))) return 'planerad';
  return 'ej_planerad';
}

export async function visitProgress(db: Kysely<Database>, countyCode?: CountyCode): Promise<VisitProgress> {
  let municipalitiesQuery = db
    .selectFrom('municipalities as m')
    .select(['m.code', 'm.name', 'm.county_code as countyCode', 'm.lat', 'm.lon'])
    .orderBy('m.code');
  if (countyCode) municipalitiesQuery = municipalitiesQuery.where('m.county_code', '=', countyCode);
  // One row per municipality, counted in SQL: the visits themselves never leave the database.
  let perMunicipality = db
    .selectFrom('visits as v')
    .select((eb) => [
      'v.municipality_code as code',
      eb.fn.max(sql<number>`v.status = 'genomford'`).as('held'),
      eb.fn.max(sql<number>`v.status in (${sql.join(plannedVisitStatuses.map((s) => sql.lit(s)))})`).as('planned'),
      eb.fn.sum<number>(sql<number>`v.kind = 'swot_dag' and v.status != 'installd'`).as('swotVisitCount'),
    ])
    .where('v.deleted_at', 'is', null)
    .groupBy('v.municipality_code');
  if (countyCode) perMunicipality = perMunicipality.where('v.municipality_code', 'in', (eb) => eb.selectFrom('municipalities').select('code').where('county_code', '=', countyCode));
  const [municipalities, counts, counties] = await Promise.all([
    municipalitiesQuery.execute(),
    perMunicipality.execute(),
    db.selectFrom('counties').select(['code', 'name']).orderBy('code').execute(),
  ]);
  const byMunicipality = new Map(counts.map((c) => [c.code, c]));

  const rows = municipalities.map((m) => {
    const own = byMunicipality.get(m.code);
    const statuses = [...(own?.held ? ['genomford'] : []), ...(own?.planned ? ['bokad'] : [])];
    return { ...m, state: municipalityState({ statuses }), swotVisitCount: Number(own?.swotVisitCount ?? 0) };
  });

  const countyRows = counties
    .filter((c) => !countyCode || c.code === countyCode)
    .map((c) => {
      const mine = rows.filter((m) => m.countyCode === c.code);
      return {
        code: c.code,
        name: c.name,
        visited: mine.filter((m) => m.state === 'besokt').length,
        planned: mine.filter((m) => m.state === 'planerad').length,
        notPlanned: mine.filter((m) => m.state === 'ej_planerad').length,
        total: mine.length,
      };
    });

  const warnings: VisitProgress['warnings'] = [];
  for (const m of rows) {
    if (m.state === 'ej_planerad') {
      warnings.push({ code: 'not_planned', municipalityCode: m.code, message: `${m.name} har inget besök planerat.` });
    }
    if (m.swotVisitCount > 1) {
      warnings.push({ code: 'visited_twice', municipalityCode: m.code, message: `${m.name} har ${m.swotVisitCount} SWOT-dagar bokade.` });
    }
  }
  return { counties: countyRows, municipalities: rows, warnings };
}
