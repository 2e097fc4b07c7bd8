import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { TimelineActivity, TimelineData } from '../../../shared/domain/timeline';
import type { ServiceContext } from '../context';
import { processStepMarks } from '../follow-up/processes';
import { getProjectPlan } from './project';
import { getViewDate } from './view-date';

/**
 * Phases, milestones, reporting periods, visits, activities and development-process steps for the Gantt
 * chart, as drawn: per activity its span, its sessions per week and its
 * attended hours, aggregated in SQL (hours from the covering index, so the
 * read stays fast with a million attendance rows), not its sessions.
 * "Today" (the today line, overdue marks) is the "Visa läget per" day when
 * one is chosen.
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
  if (filter.countyCode) {
    // An activity belongs to a county where one of its sessions is held.
    const county = filter.countyCode;
    activityQuery = activityQuery.where((eb) =>
      eb.exists(
        eb
          .selectFrom('activity_sessions as s')
          .innerJoin('municipalities as m', 'm.code', 's.municipality_code')
          .select('s.id')
          .whereRef('s.activity_id', '=', 'a.id')
          .where('s.deleted_at', 'is', null)
          .where('m.county_code', '=', county),
      ),
    );
  }
  const activities = await activityQuery.execute();

  // The marks the chart draws: sessions per activity and ISO week (the week's Monday), counted in SQL.
  const monday = sql<string>`date(s.date, '-' || ((cast(strftime('%w', s.date) as integer) + 6) % 7) || ' days')`;
  const weeks = await db
    .selectFrom('activity_sessions as s')
    .select((eb) => [
      's.activity_id as activityId',
      eb.fn.min('s.date').as('start'),
      eb.fn.max('s.date').as('end'),
      sql<string>`case when min(s.date) = max(s.date) then min(s.date) else min(s.date) || '/' || max(s.date) end`.as('mark'),
      eb.fn.countAll<number>().as('sessions'),
    ])
    .where('s.deleted_at', 'is', null)
    .groupBy(['s.activity_id', monday])
    .orderBy('s.activity_id')
    .orderBy(monday)
    .execute();
  // Attended hours per activity: each session's sum read in order from the narrow covering index, then added up per activity.
  const hoursRows = await db
    .selectFrom((eb) =>
      eb.selectFrom('attendance').select((e) => ['session_id', e.fn.sum<number>('hours').as('hours')]).where('deleted_at', 'is', null).groupBy('session_id').as('h'),
    )
    .innerJoin('activity_sessions as s', 's.id', 'h.session_id')
    .select((eb) => ['s.activity_id as activityId', eb.fn.sum<number>('h.hours').as('hours')])
    .where('s.deleted_at', 'is', null)
    .groupBy('s.activity_id')
    .execute();
  const hoursByActivity = new Map(hoursRows.map((r) => [r.activityId, Number(r.hours)]));
  const weeksByActivity = Map.groupBy(weeks, (w) => w.activityId);

  const rows: TimelineActivity[] = [];
  for (const a of activities) {
    const own = weeksByActivity.get(a.id) ?? [];
    if (own.length === 0) continue;
    const start = own[0]!.start;
    const end = own.at(-1)!.end;
    rows.push({
      ...a,
      start,
      end,
      sessionCount: own.reduce((sum, w) => sum + Number(w.sessions), 0),
      sessionWeeks: own.map((w) => w.mark),
      hours: hoursByActivity.get(a.id) ?? 0,
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
    processSteps: await processStepMarks(db, filter.countyCode ? { countyCode: filter.countyCode } : {}),
  };
}
