import type { ParsedInputOf } from '../../../shared/contract';
import type { TimelineActivity, TimelineData } from '../../../shared/domain/timeline';
import type { ServiceContext } from '../context';
import { getProjectPlan } from './project';
import { getViewDate } from './view-date';

export { stockholmToday } from './view-date';

/**
 * Phases, milestones, reporting periods, visits and activities for the Gantt
 * chart. Attended hours are summed per session on the covering index, so the
 * read stays fast with a million attendance rows. "Today" (the today line,
 * overdue marks) is the "Visa läget per" day when one is chosen.
 */
export async function timeline(ctx: ServiceContext, filter: ParsedInputOf<'timeline.get'>): Promise<TimelineData> {
  const { db } = ctx;
  const view = await getViewDate(ctx);
  const today = view.date;
  const plan = await getProjectPlan(db);

  let visitQuery = db
    .selectFrom('visits as v')
    .innerJoin('municipalities as m', 'm.code', 'v.municipality_code')
    .select(['v.id', 'v.date', 'm.name as municipalityName', 'm.county_code as countyCode', 'v.status'])
    .where('v.deleted_at', 'is', null)
    .orderBy('v.date');
  if (filter.countyCode) visitQuery = visitQuery.where('m.county_code', '=', filter.countyCode);
  const visits = await visitQuery.execute();

  let activityQuery = db
    .selectFrom('activities as a')
    .leftJoin('competence_areas as t', 't.id', 'a.track_id')
    .select(['a.id', 'a.name', 'a.kind', 'a.track_id as trackId', 't.name as trackName', 'a.status'])
    .where('a.deleted_at', 'is', null);
  if (filter.trackId) activityQuery = activityQuery.where('a.track_id', '=', filter.trackId);
  const activities = await activityQuery.execute();

  const sessions = await db
    .selectFrom('activity_sessions as s')
    .leftJoin('municipalities as m', 'm.code', 's.municipality_code')
    .select(['s.id', 's.activity_id as activityId', 's.date', 'm.county_code as countyCode'])
    .where('s.deleted_at', 'is', null)
    .orderBy('s.date')
    .execute();
  const hoursRows = await db
    .selectFrom('attendance')
    .select((eb) => ['session_id as sessionId', eb.fn.sum<number>('hours').as('hours')])
    .where('deleted_at', 'is', null)
    .groupBy('session_id')
    .execute();
  const hoursBySession = new Map(hoursRows.map((r) => [r.sessionId, Number(r.hours)]));
  const sessionsByActivity = Map.groupBy(sessions, (s) => s.activityId);

  const rows: TimelineActivity[] = [];
  for (const a of activities) {
    const own = sessionsByActivity.get(a.id) ?? [];
    if (own.length === 0) continue;
    if (filter.countyCode && !own.some((s) => s.countyCode === filter.countyCode)) continue;
    const start = own[0]!.date;
    const end = own.at(-1)!.date;
    rows.push({
      ...a,
      start,
      end,
      sessionDates: own.map((s) => s.date),
      hours: own.reduce((sum, s) => sum + (hoursBySession.get(s.id) ?? 0), 0),
      overdue: (a.status === 'planerad' || a.status === 'pagar') && end < today,
    });
  }
  rows.sort((x, y) => x.start.localeCompare(y.start) || x.name.localeCompare(y.name, 'sv'));

  return {
    today,
    asOfChosen: view.asOf !== null,
    phases: plan.phases,
    milestones: plan.milestones.map((m) => ({ ...m, overdue: !m.done && m.date < today })),
    periods: plan.periods,
    visits,
    activities: rows,
  };
}
