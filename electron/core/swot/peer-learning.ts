import type { Kysely } from 'kysely';
import type { PeerLearning, PeerLearningMunicipality, SwotMappingFilter } from '../../../shared/domain/mapping';
import type { Database } from '../db/schema';
import { getSwotMapping } from './mapping';

/*
 * "Lära av varandra", KUB's own peer-learning activities: for each area, the
 * municipalities whose SWOT shows it as a strength beside those that need
 * it, so the project can pair a library that has something to teach with one
 * that wants to learn it. A partner in the same county comes first (shorter
 * trips, the same county library), then the one with most strength notes.
 */

const MAX_PARTNERS = 3;

export async function peerLearning(db: Kysely<Database>, filter: SwotMappingFilter): Promise<PeerLearning> {
  const mapping = await getSwotMapping(db, filter);
  const sortByCount = (a: PeerLearningMunicipality, b: PeerLearningMunicipality) => b.noteCount - a.noteCount || a.code.localeCompare(b.code);
  const cells = (rows: typeof mapping.heatmap, areaId: string): PeerLearningMunicipality[] =>
    rows
      .filter((r) => r.areaId === areaId)
      .map((r) => ({ code: r.municipalityCode, name: r.municipalityName, countyCode: r.countyCode, noteCount: r.noteCount }))
      .sort(sortByCount);

  const areas = mapping.areas
    .map((area) => {
      const strong = cells(mapping.strengthHeatmap, area.id);
      const needing = cells(mapping.heatmap, area.id);
      const pairs = needing.map((need) => ({
        need,
        partners: strong
          // A municipality strong and weak in the same area learns within its own house, not from itself.
          .filter((s) => s.code !== need.code)
          .map((s) => ({ ...s, sameCounty: s.countyCode === need.countyCode }))
          .sort((a, b) => Number(b.sameCounty) - Number(a.sameCounty) || sortByCount(a, b))
          .slice(0, MAX_PARTNERS),
      }));
      return { areaId: area.id, areaName: area.name, strong, needing, pairs };
    })
    .filter((a) => a.strong.length > 0 || a.needing.length > 0);
  return { areas };
}
