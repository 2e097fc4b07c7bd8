import type { Kysely } from 'kysely';
import type { EsfSettings, Indicators } from '../../../shared/domain/esf';
import type { Database } from '../db/schema';

type GenderCount = { women: number; men: number; other: number };
const emptyCount = (): GenderCount => ({ women: 0, men: 0, other: 0 });
const add = (count: GenderCount, gender: string) => {
  if (gender === 'kvinna') count.women++;
  else if (gender === 'man') count.men++;
  else count.other++;
};

/**
 * Participants who started, took part (ongoing) and finished within the
 * range, by gender, county and role; attended hours; activities per track —
 * with the targets beside them.
 */
export async function indicators(db: Kysely<Database>, settings: EsfSettings, from: string, to: string): Promise<Indicators> {
  const people = await db
    .selectFrom('participants as p')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .select(['p.gender', 'p.role', 'p.start_date as startDate', 'p.end_date as endDate', 'm.county_code as countyCode'])
    .where('p.deleted_at', 'is', null)
    .execute();
  const counties = await db.selectFrom('counties').select(['code', 'name']).orderBy('code').execute();

  const started = emptyCount();
  const ongoing = emptyCount();
  const finished = emptyCount();
  const byCounty = new Map(counties.map((c) => [c.code, { code: c.code, name: c.name, ...emptyCount() }]));
  const byRole = new Map<string, number>();
  for (const p of people) {
    const active = p.startDate <= to && (p.endDate === null || p.endDate >= from);
    if (!active) continue;
    if (p.startDate >= from) add(started, p.gender);
    if (p.endDate !== null && p.endDate <= to) add(finished, p.gender);
    else add(ongoing, p.gender);
    add(byCounty.get(p.countyCode)!, p.gender);
    const role = p.role ?? 'Ej angiven';
    byRole.set(role, (byRole.get(role) ?? 0) + 1);
  }

  // The period's sessions first (CROSS JOIN keeps the order), their attendance from the covering index,
  // summed per participant; only then each participant's gender and county, once, not per attendance row.
  const hourRows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('activity_sessions as s')
        .crossJoin('attendance as a')
        .select((e) => ['a.participant_id', e.fn.sum<number>('a.hours').as('hours')])
        .whereRef('a.session_id', '=', 's.id')
        .where('a.deleted_at', 'is', null)
        .where('s.deleted_at', 'is', null)
        .where('s.date', '>=', from)
        .where('s.date', '<=', to)
        .groupBy('a.participant_id')
        .as('per'),
    )
    .innerJoin('participants as p', 'p.id', 'per.participant_id')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .select((eb) => ['p.gender', 'm.county_code as countyCode', eb.fn.sum<number>('per.hours').as('hours')])
    .groupBy(['p.gender', 'm.county_code'])
    .execute();
  const hoursOf = (pred: (r: (typeof hourRows)[number]) => boolean) => hourRows.filter(pred).reduce((s, r) => s + Number(r.hours), 0);

  const activities = await db
    .selectFrom('activities as a')
    .leftJoin('competence_areas as t', 't.id', 'a.track_id')
    .select((eb) => ['a.track_id as trackId', 't.name as trackName', eb.fn.countAll<number>().as('count')])
    .where('a.deleted_at', 'is', null)
    .where('a.status', '!=', 'installd')
    .where((eb) =>
      eb.exists(
        eb.selectFrom('activity_sessions as s').select('s.id').whereRef('s.activity_id', '=', 'a.id').where('s.deleted_at', 'is', null).where('s.date', '>=', from).where('s.date', '<=', to),
      ),
    )
    .groupBy('a.track_id')
    .orderBy('t.sort_order')
    .execute();

  return {
    from,
    to,
    participants: { started, ongoing, finished, byCounty: [...byCounty.values()], byRole: [...byRole].map(([role, count]) => ({ role, count })).sort((a, b) => b.count - a.count) },
    hours: {
      total: hoursOf(() => true),
      women: hoursOf((r) => r.gender === 'kvinna'),
      men: hoursOf((r) => r.gender === 'man'),
      other: hoursOf((r) => r.gender === 'annat'),
      byCounty: counties.map((c) => ({ code: c.code, name: c.name, hours: hoursOf((r) => r.countyCode === c.code) })),
    },
    activitiesPerTrack: activities.map((a) => ({
      trackId: a.trackId,
      trackName: a.trackName ?? 'Utan spår',
      count: a.count,
      target: a.trackId ? (settings.targets.activitiesPerTrack[a.trackId] ?? null) : null,
    })),
    targets: settings.targets,
  };
}
