import { sql, type Kysely } from 'kysely';
import {
  needQuadrants,
  strengthQuadrants,
  swotMappingNotesLimit,
  type NoteKind,
  type SwotMapping,
  type SwotMappingFilter,
  type SwotMappingNote,
  type SwotMappingNotesFilter,
} from '../../../shared/domain/mapping';
import { perspectives, quadrants } from '../../../shared/domain/swot';
import type { CountyCode } from '../../../shared/domain/municipalities';
import type { Database } from '../db/schema';
import { listAreas } from './areas';

/*
 * The counts are made in SQL, in one pass over `swot_note_areas` (one row
 * per live note and area, kept by triggers, migration 0012) grouped in the
 * order of its index, plus one pass over the notes' own covering index for
 * the quadrant balance. Only the zero-filling of the fixed 3×4 grid, the
 * county sums of the municipality cells and the ordering are done here.
 */

type Db = Kysely<Database>;

/** Live days of the filtered municipalities and statuses. */
function filteredDays(db: Db, filter: SwotMappingFilter) {
  let query = db
    .selectFrom('swot_days as d')
    .innerJoin('municipalities as m', 'm.code', 'd.municipality_code')
    .where('d.deleted_at', 'is', null);
  if (filter.countyCode) query = query.where('m.county_code', '=', filter.countyCode);
  if (filter.municipalityCode) query = query.where('d.municipality_code', '=', filter.municipalityCode);
  const statuses = filter.statuses;
  // An empty list means the user unticked every status: nothing matches (and `in ()` is not SQL).
  if (statuses) query = statuses.length > 0 ? query.where('d.status', 'in', statuses) : query.where(sql<boolean>`0`);
  return query;
}

/**
 * Live notes in live days of the filtered municipalities and statuses. The
 * days come first (CROSS JOIN keeps that order in SQLite): a few hundred
 * days, each with its notes from the covering index, instead of a day
 * looked up for every note.
 */
function filteredNotes(db: Db, filter: SwotMappingFilter) {
  return filteredDays(db, filter).crossJoin('swot_notes as n').whereRef('n.swot_day_id', '=', 'd.id').where('n.deleted_at', 'is', null);
}

const quadrantsOf = (kind: NoteKind) => (kind === 'behov' ? needQuadrants : strengthQuadrants);

/** Ids of areas that exist: a deleted area's id on a note counts for nothing. */
function activeAreaIdsSql() {
  return sql<string>`(select ca.id from competence_areas ca where ca.deleted_at is null)`;
}

/** The note–area rows of the filter. The area test is kept off the index (`+`), so the scan runs in the mapping index's order and groups without sorting. */
function filteredNoteAreas(db: Db, filter: SwotMappingFilter) {
  let query = db.selectFrom('swot_note_areas as na').where(sql<boolean>`+na.area_id in ${activeAreaIdsSql()}`);
  if (filter.municipalityCode) query = query.where('na.municipality_code', '=', filter.municipalityCode);
  if (filter.countyCode) {
    const county = filter.countyCode;
    query = query.where('na.municipality_code', 'in', (eb) => eb.selectFrom('municipalities').select('code').where('county_code', '=', county));
  }
  const statuses = filter.statuses;
  if (statuses) query = statuses.length > 0 ? query.where('na.day_status', 'in', statuses) : query.where(sql<boolean>`0`);
  return query;
}

export interface MappingCell {
  municipalityCode: string;
  areaId: string;
  kind: NoteKind;
  noteCount: number;
}

/** Notes per municipality, area and kind (need or strength): the one pass every count of areas comes from. Exported for its query plan. */
export function mappingCellsQuery(db: Db, filter: SwotMappingFilter) {
  return filteredNoteAreas(db, filter)
    .select(['na.municipality_code as municipalityCode', 'na.area_id as areaId', 'na.kind', (eb) => eb.fn.countAll<number>().as('noteCount')])
    .groupBy(['na.municipality_code', 'na.area_id', 'na.kind']);
}

export async function mappingCells(db: Db, filter: SwotMappingFilter): Promise<MappingCell[]> {
  const rows = await mappingCellsQuery(db, filter).execute();
  return rows.map((r) => ({ municipalityCode: r.municipalityCode, areaId: r.areaId, kind: r.kind, noteCount: Number(r.noteCount) }));
}

/** A heat-map cell with its county, which the county sums need and the answer leaves out. */
type HeatCell = SwotMapping['heatmap'][number] & { countyCode: CountyCode };

/** The cells of one kind as heat-map rows, in municipality code and then area order. */
function heatRows(cells: readonly MappingCell[], kind: NoteKind, municipalities: ReadonlyMap<string, SwotMapping['municipalities'][number]>, areaOrder: ReadonlyMap<string, number>): HeatCell[] {
  return cells
    .filter((c) => c.kind === kind && municipalities.has(c.municipalityCode))
    .map((c) => {
      const m = municipalities.get(c.municipalityCode)!;
      return { municipalityCode: c.municipalityCode, countyCode: m.countyCode, areaId: c.areaId, noteCount: c.noteCount };
    })
    .sort((a, b) => (a.municipalityCode < b.municipalityCode ? -1 : a.municipalityCode > b.municipalityCode ? 1 : areaOrder.get(a.areaId)! - areaOrder.get(b.areaId)!));
}

/** A county's count is the sum of its municipalities' (a note lies in one municipality): in area order, then county code. */
function countyRows(heat: readonly HeatCell[], areaOrder: ReadonlyMap<string, number>): SwotMapping['needsByCounty'] {
  const sums = new Map<string, SwotMapping['needsByCounty'][number]>();
  for (const h of heat) {
    const key = `${h.areaId}/${h.countyCode}`;
    const row = sums.get(key) ?? { areaId: h.areaId, countyCode: h.countyCode, noteCount: 0 };
    row.noteCount += h.noteCount;
    sums.set(key, row);
  }
  return [...sums.values()].sort((a, b) => areaOrder.get(a.areaId)! - areaOrder.get(b.areaId)! || a.countyCode.localeCompare(b.countyCode));
}

const withoutCounty = ({ countyCode: _county, ...cell }: HeatCell): SwotMapping['heatmap'][number] => cell;

export async function getSwotMapping(db: Db, filter: SwotMappingFilter): Promise<SwotMapping> {
  const [areas, cells, balance, municipalities, dayCount, withArea] = await Promise.all([
    listAreas(db),
    mappingCells(db, filter),
    filteredNotes(db, filter)
      .select(['n.perspective', 'n.quadrant', (eb) => eb.fn.countAll<number>().as('noteCount')])
      .groupBy(['n.perspective', 'n.quadrant'])
      .execute(),
    municipalityList(db, filter),
    filteredDays(db, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    filteredNoteAreas(db, filter)
      .select(sql<number>`count(distinct na.note_id)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);

  const areaOrder = new Map(areas.map((a, i) => [a.id, i]));
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const heatmap = heatRows(cells, 'behov', byCode, areaOrder);
  const strengthHeatmap = heatRows(cells, 'styrka', byCode, areaOrder);
  const balanceCount = new Map(balance.map((b) => [`${b.perspective}/${b.quadrant}`, Number(b.noteCount)]));
  const notes = balance.reduce((sum, b) => sum + Number(b.noteCount), 0);
  return {
    areas: areas.map((a) => ({ id: a.id, name: a.name, isTrack: a.isTrack })),
    needsByCounty: countyRows(heatmap, areaOrder),
    strengthsByCounty: countyRows(strengthHeatmap, areaOrder),
    quadrantBalance: perspectives.flatMap((perspective) =>
      quadrants.map((quadrant) => ({ perspective, quadrant, noteCount: balanceCount.get(`${perspective}/${quadrant}`) ?? 0 })),
    ),
    heatmap: heatmap.map(withoutCounty),
    strengthHeatmap: strengthHeatmap.map(withoutCounty),
    municipalities,
    totals: { swotDays: Number(dayCount.n), notes, notesWithoutArea: notes - Number(withArea.n) },
  };
}

/** The municipalities of the county (or municipality) filter, with their SWOT days in the filter. */
export async function municipalityList(db: Db, filter: SwotMappingFilter): Promise<SwotMapping['municipalities']> {
  const days = filteredDays(db, filter)
    .select(['d.municipality_code', (eb) => eb.fn.countAll<number>().as('dayCount')])
    .groupBy('d.municipality_code')
    .as('dc');
  let query = db
    .selectFrom('municipalities as m')
    .leftJoin(days, 'dc.municipality_code', 'm.code')
    .select(['m.code', 'm.name', 'm.county_code as countyCode', (eb) => eb.fn.coalesce('dc.dayCount', sql<number>`0`).as('swotDayCount')])
    .orderBy('m.code');
  if (filter.countyCode) query = query.where('m.county_code', '=', filter.countyCode);
  if (filter.municipalityCode) query = query.where('m.code', '=', filter.municipalityCode);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, swotDayCount: Number(r.swotDayCount) }));
}

/** Board order rather than alphabetical, so the list reads like the SWOT board it came from. */
function boardOrder(column: 'n.perspective' | 'n.quadrant', values: readonly string[]) {
  return sql<number>`case ${sql.ref(column)} ${sql.join(
    values.map((v, i) => sql`when ${v} then ${i}`),
    sql` `,
  )} end`;
}

export async function listSwotMappingNotes(db: Db, filter: SwotMappingNotesFilter): Promise<SwotMappingNote[]> {
  let query = filteredNotes(db, filter);
  if (filter.perspective) query = query.where('n.perspective', '=', filter.perspective);
  if (filter.quadrant) query = query.where('n.quadrant', '=', filter.quadrant);
  if (filter.kind) query = query.where('n.quadrant', 'in', quadrantsOf(filter.kind));
  if (filter.areaId) {
    // Same rows as the counts: a deleted area has no notes behind it.
    const areaId = filter.areaId;
    query = query.where('n.id', 'in', (eb) =>
      eb
        .selectFrom('swot_note_areas as na')
        .select('na.note_id')
        .where('na.area_id', '=', areaId)
        .where(sql<boolean>`na.area_id in ${activeAreaIdsSql()}`),
    );
  }
  const rows = await query
    .select([
      'n.id',
      'n.swot_day_id',
      'm.code',
      'm.name',
      'd.date',
      'n.perspective',
      'n.quadrant',
      'n.text',
      sql<string>`(select coalesce(json_group_array(j.value), '[]') from json_each(n.area_ids) j where j.value in ${activeAreaIdsSql()})`.as(
        'areaIds',
      ),
    ])
    .orderBy('m.code')
    .orderBy('d.date')
    .orderBy(boardOrder('n.perspective', perspectives))
    .orderBy(boardOrder('n.quadrant', quadrants))
    .orderBy('n.position')
    .orderBy('n.id')
    .limit(swotMappingNotesLimit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    swotDayId: r.swot_day_id,
    municipalityCode: r.code,
    municipalityName: r.name,
    date: r.date,
    perspective: r.perspective,
    quadrant: r.quadrant,
    text: r.text,
    areaIds: JSON.parse(r.areaIds) as string[],
  }));
}
