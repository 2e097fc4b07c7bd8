import type { Kysely } from 'kysely';
import { peerLearningListLimit, type NoteKind, type PeerLearning, type PeerLearningFilter, type PeerLearningMunicipality } from '../../../shared/domain/mapping';
import type { Database } from '../db/schema';
import { listAreas } from './areas';
import { mappingCells, municipalityList } from './mapping';

/*
 * "Lära av varandra", KUB's own peer-learning activities: for each area, the
 * municipalities whose SWOT shows it as a strength beside those that need
 * it, so the project can pair a library that has something to teach with one
 * that wants to learn it. A partner in the same county comes first (shorter
 * trips, the same county library), then the one with most strength notes.
 */

const MAX_PARTNERS = 3;

export async function peerLearning(db: Kysely<Database>, { areaId, ...filter }: PeerLearningFilter): Promise<PeerLearning> {
  // The cells alone (one pass over the note–area table), not the whole mapping with its balance and totals.
  const [areaList, cells, municipalities] = await Promise.all([listAreas(db), mappingCells(db, filter), municipalityList(db, filter)]);
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const sortByCount = (a: PeerLearningMunicipality, b: PeerLearningMunicipality) => b.noteCount - a.noteCount || a.code.localeCompare(b.code);
  const cellsOf = (kind: NoteKind, area: string): PeerLearningMunicipality[] =>
    cells
      .filter((c) => c.kind === kind && c.areaId === area && byCode.has(c.municipalityCode))
      .map((c) => {
        const m = byCode.get(c.municipalityCode)!;
        return { code: m.code, name: m.name, countyCode: m.countyCode, noteCount: c.noteCount };
      })
      .sort(sortByCount);

  // The first read is bounded whatever the country's size; one area asked for comes whole.
  const limit = areaId ? Infinity : peerLearningListLimit;
  const areas = areaList
    .filter((area) => !areaId || area.id === areaId)
    .map((area) => {
      const allStrong = cellsOf('styrka', area.id);
      const allNeeding = cellsOf('behov', area.id);
      const strong = allStrong.slice(0, limit);
      const needing = allNeeding.slice(0, limit);
      const pairs = needing.map((need) => ({
        need,
        partners: allStrong
          // A municipality strong and weak in the same area learns within its own house, not from itself.
          .filter((s) => s.code !== need.code)
          .map((s) => ({ ...s, sameCounty: s.countyCode === need.countyCode }))
          .sort((a, b) => Number(b.sameCounty) - Number(a.sameCounty) || sortByCount(a, b))
          .slice(0, MAX_PARTNERS),
      }));
      return { areaId: area.id, areaName: area.name, strong, needing, pairs, strongCount: allStrong.length, needingCount: allNeeding.length };
    })
    .filter((a) => a.strongCount > 0 || a.needingCount > 0);
  return { areas };
}
