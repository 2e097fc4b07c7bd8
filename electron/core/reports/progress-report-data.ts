import { activityKindLabels } from '../../../shared/domain/activities';
import type { BudgetOutcomeRow, CoFinancing, EsfSettings, Indicators, PeriodTextKey } from '../../../shared/domain/esf';
import type { ReportingPeriod } from '../../../shared/domain/project';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { coFinancing } from '../esf/cofinancing';
import { budgetVsOutcome } from '../esf/costs';
import { indicators } from '../esf/indicators';
import { periodTexts } from '../esf/period-texts';
import { getEsfSettings, overheadFor, reportId } from '../esf/settings';

/* Everything the lägesrapport shows, gathered with a fixed number of
 * aggregate queries whatever the size of the project. */

export interface PeriodActivity {
  id: string;
  name: string;
  kindLabel: string;
  trackName: string | null;
  /** The activity's session dates inside the period, ascending. */
  dates: string[];
  places: string[];
  participants: number;
  hours: number;
}

export interface ProgressReportData {
  period: ReportingPeriod;
  settings: EsfSettings;
  reportId: string;
  /** The PO-pålägg co-financing was computed with, in percent. */
  overheadPercent: number;
  coFinancing: CoFinancing;
  indicators: Indicators;
  /** This period's rows of budget vs outcome, one per cost category, with the running totals. */
  budget: BudgetOutcomeRow[];
  activities: PeriodActivity[];
  texts: Record<PeriodTextKey, string>;
  generatedAt: string;
}

async function activitiesInPeriod(ctx: ServiceContext, from: string, to: string): Promise<PeriodActivity[]> {
  const sessions = await ctx.db
    .selectFrom('activity_sessions as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .leftJoin('competence_areas as t', 't.id', 'a.track_id')
    .select(['a.id', 'a.name', 'a.kind', 't.name as trackName', 's.date', 's.place'])
    .where('s.deleted_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    // A cancelled activity was not carried out, and the indicators leave it out too.
    .where('a.status', '!=', 'installd')
    .where('s.date', '>=', from)
    .where('s.date', '<=', to)
    .orderBy('s.date')
    .orderBy('s.start_time')
    .execute();
  const attendance = await ctx.db
    .selectFrom('attendance as r')
    .innerJoin('activity_sessions as s', 's.id', 'r.session_id')
    .select((eb) => ['s.activity_id as activityId', eb.fn.count<number>('r.participant_id').distinct().as('participants'), eb.fn.sum<number>('r.hours').as('hours')])
    .where('r.deleted_at', 'is', null)
    .where('s.deleted_at', 'is', null)
    .where('s.date', '>=', from)
    .where('s.date', '<=', to)
    .groupBy('s.activity_id')
    .execute();
  const totals = new Map(attendance.map((a) => [a.activityId, a]));

  const byActivity = new Map<string, PeriodActivity>();
  for (const s of sessions) {
    let activity = byActivity.get(s.id);
    if (!activity) {
      const t = totals.get(s.id);
      activity = {
        id: s.id,
        name: s.name,
        kindLabel: activityKindLabels[s.kind],
        trackName: s.trackName,
        dates: [],
        places: [],
        participants: Number(t?.participants ?? 0),
        hours: Number(t?.hours ?? 0),
      };
      byActivity.set(s.id, activity);
    }
    if (!activity.dates.includes(s.date)) activity.dates.push(s.date);
    if (!activity.places.includes(s.place)) activity.places.push(s.place);
  }
  // In order of first session, so the appendix reads as the quarter's calendar.
  return [...byActivity.values()];
}

export async function progressReportData(ctx: ServiceContext, periodId: string): Promise<ProgressReportData> {
  const row = await ctx.db
    .selectFrom('reporting_periods')
    .select(['id', 'name', 'start_date as startDate', 'end_date as endDate', 'due_date as dueDate', 'updated_at as updatedAt'])
    .where('id', '=', periodId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound();
  const settings = await getEsfSettings(ctx.db);
  const { startDate: from, endDate: to } = row;
  const [cofin, ind, outcome, activities, texts] = await Promise.all([
    coFinancing(ctx.db, settings, from, to),
    indicators(ctx.db, settings, from, to),
    budgetVsOutcome(ctx.db),
    activitiesInPeriod(ctx, from, to),
    periodTexts(ctx.db, periodId),
  ]);
  return {
    period: row,
    settings,
    reportId: reportId(settings, row),
    overheadPercent: overheadFor(settings, Number(from.slice(0, 4))),
    coFinancing: cofin,
    indicators: ind,
    budget: outcome.filter((r) => r.periodId === periodId),
    activities,
    texts,
    generatedAt: ctx.clock.now().toISOString(),
  };
}
