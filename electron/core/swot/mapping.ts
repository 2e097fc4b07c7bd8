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
import type { Database } from '../db/schema';
import { listAreas } from './areas';

/*
 * The counts are made in SQL so the view stays quick with every note of all
 * 49 municipalities; only the zero-filling of the fixed 3×4 grid is done here.
 */

type Db = Kysely<Database>;

/** Live notes in live days of the filtered municipalities and statuses. */
function filteredNotes(db: Db, filter: SwotMappingFilter) {
  let query = db
    .selectFrom('swot_notes as n')
    .innerJoin('swot_days as d', 'd.id', 'n.swot_day_id')
    .innerJoin('municipalities as m', 'm.code', 'd.municipality_code')
    .where('n.deleted_at', 'is', null)
    .where('d.deleted_at', 'is', null);
  if (filter.countyCode) query = query.where('m.county_code', '=', filter.countyCode);
  if (filter.statuses) {
    // An empty list means the user unticked every status: nothing matches (and `in ()` is not SQL).
    query = filter.statuses.length > 0 ? query.where('d.status', 'in', filter.statuses) : query.where(sql<boolean>`0`);
  }
  return query;
}

const quadrantsOf = (kind: NoteKind) => (kind === 'behov' ? needQuadrants : strengthQuadrants);

/** One row per (note, live area it carries) of one kind; an id of a deleted area drops out here. */
function filteredNoteAreas(db: Db, filter: SwotMappingFilter, kind: NoteKind) {
  return filteredNotes(db, filter)
    .where('n.quadrant', 'in', quadrantsOf(kind))
    .innerJoin(sql<{ value: string }>`json_each(n.area_ids)`.as('j'), (join) => join.onTrue())
    .innerJoin('competence_areas as ca', 'ca.id', 'j.value')
    .where('ca.deleted_at', 'is', null);
}

function byCounty(db: Db, filter: SwotMappingFilter, kind: NoteKind) {
  return filteredNoteAreas(db, filter, kind)
    .select(['ca.id as areaId', 'm.county_code as countyCode', sql<number>`count(distinct n.id)`.as('noteCount')])
    .groupBy(['ca.id', 'm.county_code'])
    .orderBy('ca.sort_order')
    .orderBy('m.county_code')
    .execute();
}

function byMunicipality(db: Db, filter: SwotMappingFilter, kind: NoteKind) {
  return filteredNoteAreas(db, filter, kind)
    .select([
      'm.code as municipalityCode',
      'm.name as municipalityName',
      'm.county_code as countyCode',
      'ca.id as areaId',
      sql<number>`count(distinct n.id)`.as('noteCount'),
    ])
    .groupBy(['m.code', 'ca.id'])
    .orderBy('m.code')
    .orderBy('ca.sort_order')
    .execute();
}

const counted = <T extends { noteCount: number }>(rows: T[]) => rows.map((r) => ({ ...r, noteCount: Number(r.noteCount) }));

function filteredDays(db: Db, filter: SwotMappingFilter) {
  let query = db
    .selectFrom('swot_days as d')
    .innerJoin('municipalities as m', 'm.code', 'd.municipality_code')
    .where('d.deleted_at', 'is', null);
  if (filter.countyCode) query = query.where('m.county_code', '=', filter.countyCode);
  if (filter.statuses) query = filter.statuses.length > 0 ? query.where('d.status', 'in', filter.statuses) : query.where(sql<boolean>`0`);
  return query;
}

/** Ids of areas that exist, to leave deleted ones out of a note's list. */
function activeAreaIdsSql() {
  return sql<string>`(select ca.id from competence_areas ca where ca.deleted_at is null)`;
}

export async function getSwotMapping(db: Db, filter: SwotMappingFilter): Promise<SwotMapping> {
  const [areas, needs, strengths, balance, heat, strengthHeat, municipalities, dayCount, noteCounts] = await Promise.all([
    listAreas(db),
    byCounty(db, filter, 'behov'),
    byCounty(db, filter, 'styrka'),
    filteredNotes(db, filter)
      .select(['n.perspective', 'n.quadrant', (eb) => eb.fn.countAll<number>().as('noteCount')])
      .groupBy(['n.perspective', 'n.quadrant'])
      .execute(),
    byMunicipality(db, filter, 'behov'),
    byMunicipality(db, filter, 'styrka'),
    listMunicipalities(db, filter),
    filteredDays(db, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    filteredNotes(db, filter)
      .select([
        (eb) => eb.fn.countAll<number>().as('notes'),
        sql<number>`coalesce(sum(not exists (select 1 from json_each(n.area_ids) j where j.value in ${activeAreaIdsSql()})), 0)`.as(
          'withoutArea',
        ),
      ])
      .executeTakeFirstOrThrow(),
  ]);

  const balanceCount = new Map(balance.map((b) => [`${b.perspective}/${b.quadrant}`, Number(b.noteCount)]));
  return {
    areas: areas.map((a) => ({ id: a.id, name: a.name, isTrack: a.isTrack })),
    needsByCounty: counted(needs),
    strengthsByCounty: counted(strengths),
    quadrantBalance: perspectives.flatMap((perspective) =>
      quadrants.map((quadrant) => ({ perspective, quadrant, noteCount: balanceCount.get(`${perspective}/${quadrant}`) ?? 0 })),
    ),
    heatmap: counted(heat),
    strengthHeatmap: counted(strengthHeat),
    municipalities,
    totals: { swotDays: Number(dayCount.n), notes: Number(noteCounts.notes), notesWithoutArea: Number(noteCounts.withoutArea) },
  };
}

async function listMunicipalities(db: Db, filter: SwotMappingFilter): Promise<SwotMapping['municipalities']> {
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
  if (filter.municipalityCode) query = query.where('m.code', '=', filter.municipalityCode);
  if (filter.perspective) query = query.where('n.perspective', '=', filter.perspective);
  if (filter.quadrant) query = query.where('n.quadrant', '=', filter.quadrant);
  if (filter.kind) query = query.where('n.quadrant', 'in', quadrantsOf(filter.kind));
  if (filter.areaId) {
    // Same rule as the counts: a deleted area has no notes behind it.
    const areaId = filter.areaId;
    query = query.where(
      sql<boolean>`exists (select 1 from json_each(n.area_ids) j where j.value = ${areaId} and j.value in ${activeAreaIdsSql()})`,
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
