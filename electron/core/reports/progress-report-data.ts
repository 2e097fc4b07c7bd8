import { activityKindLabels } from '../../../shared/domain/activities';
import { periodTextKeys, type BudgetOutcomeRow, type CoFinancing, type EsfSettings, type Indicators, type PeriodTextKey } from '../../../shared/domain/esf';
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

export async function activitiesInPeriod(ctx: ServiceContext, from: string, to: string): Promise<PeriodActivity[]> {
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

/**
 * The slutrapport's data: the same figures over the whole project (first
 * phase start to last phase end), the texts of every period gathered per
 * heading, and the budget as its final running totals.
 */
export async function finalReportData(ctx: ServiceContext): Promise<ProgressReportData> {
  const phases = await ctx.db.selectFrom('project_phases').select(['start_date', 'end_date']).where('deleted_at', 'is', null).execute();
  if (phases.length === 0) throw notFound();
  const from = phases.map((p) => p.start_date).sort()[0]!;
  const to = phases.map((p) => p.end_date).sort().at(-1)!;
  const settings = await getEsfSettings(ctx.db);
  const periods = await ctx.db.selectFrom('reporting_periods').select(['id', 'name']).where('deleted_at', 'is', null).orderBy('start_date').execute();
  const allTexts = await Promise.all(periods.map(async (p) => ({ name: p.name, texts: await periodTexts(ctx.db, p.id) })));
  const texts = Object.fromEntries(
    periodTextKeys.map((k) => [
      k,
      allTexts
        .filter((t) => t.texts[k].trim())
        .map((t) => `${t.name}: ${t.texts[k].trim()}`)
        .join('\n\n'),
    ]),
  ) as Record<PeriodTextKey, string>;
  const [cofin, ind, outcome, activities] = await Promise.all([
    coFinancing(ctx.db, settings, from, to),
    indicators(ctx.db, settings, from, to),
    budgetVsOutcome(ctx.db),
    activitiesInPeriod(ctx, from, to),
  ]);
  const lastPeriod = periods.at(-1)?.id;
  const budget = outcome
    .filter((r) => r.periodId === lastPeriod)
    .map((r) => ({ ...r, budgetOre: r.cumulativeBudgetOre, outcomeOre: r.cumulativeOutcomeOre }));
  const now = ctx.clock.now().toISOString();
  return {
    period: { id: 'hela-projektet', name: 'Hela projektet', startDate: from, endDate: to, dueDate: to, updatedAt: now },
    settings,
    reportId: settings.caseNumber,
    overheadPercent: overheadFor(settings, Number(from.slice(0, 4))),
    coFinancing: cofin,
    indicators: ind,
    budget,
    activities,
    texts,
    generatedAt: now,
  };
}
