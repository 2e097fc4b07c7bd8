import { translate } from '../../../shared/i18n';
import {
  periodTextKeys,
  type BudgetOutcome,
  type BudgetOutcomeRow,
  type CoFinancing,
  type EsfSettings,
  type FinancingBalance,
  type FinancingOutcomeRow,
  type Indicators,
  type PeriodTextKey,
  type ProjectTextKey,
} from '../../../shared/domain/esf';
import type { Readiness } from '../../../shared/domain/readiness';
import type { ReportingPeriod } from '../../../shared/domain/project';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { coFinancing } from '../esf/cofinancing';
import { budgetOutcome } from '../esf/budget-outcome';
import { projectTexts } from '../esf/project-texts';
import { indicators } from '../esf/indicators';
import { periodTexts } from '../esf/period-texts';
import { getEsfSettings, overheadFor, reportId } from '../esf/settings';
import { readiness } from './readiness';
import { getChangeTheory } from '../change-theory/theory';
import type { ChangeTheory } from '../../../shared/domain/change-theory';
import { resultsForPeriod, resultsForProject, type ResultsAndEffects } from './results-effects-data';

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
  /** This period's rows of budget vs outcome, one per expense type, with the running totals. */
  budget: BudgetOutcomeRow[];
  /** The same for the financing side. */
  financing: FinancingOutcomeRow[];
  /** The period's two sides in total, and the ESF share and co-financing rate so far. */
  balance: FinancingBalance;
  grantedEsfOre: number;
  decidedCoFinancingPercent: number;
  /** Open items: a report made with any is marked UTKAST and lists them on its last page. */
  readiness: Readiness;
  activities: PeriodActivity[];
  texts: Record<PeriodTextKey, string>;
  /** The survey rounds of the period (the slutrapport: the project's, and the trainings spread). */
  results: ResultsAndEffects;
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
        kindLabel: translate(`activities.kinds.${s.kind}`),
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

export async function progressReportData(ctx: ServiceContext, periodId: string, kind: 'lagesrapport' | 'utbetalning' = 'lagesrapport'): Promise<ProgressReportData> {
  const row = await ctx.db
    .selectFrom('reporting_periods')
    .select(['id', 'name', 'start_date as startDate', 'end_date as endDate', 'due_date as dueDate', 'updated_at as updatedAt'])
    .where('id', '=', periodId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound();
  const settings = await getEsfSettings(ctx.db);
  const { startDate: from, endDate: to } = row;
  const [cofin, ind, outcome, activities, texts, ready, results] = await Promise.all([
    coFinancing(ctx.db, settings, from, to),
    indicators(ctx.db, settings, from, to),
    budgetOutcome(ctx.db, settings, to),
    activitiesInPeriod(ctx, from, to),
    periodTexts(ctx.db, periodId),
    readiness(ctx, { kind, periodId }),
    resultsForPeriod(ctx, from, to),
  ]);
  return {
    period: row,
    settings,
    reportId: reportId(settings, row),
    overheadPercent: overheadFor(settings, Number(from.slice(0, 4))),
    coFinancing: cofin,
    indicators: ind,
    ...periodMoney(outcome, periodId),
    readiness: ready,
    activities,
    texts,
    results,
    generatedAt: ctx.clock.now().toISOString(),
  };
}

function periodMoney(outcome: BudgetOutcome, periodId: string | undefined) {
  const balance = outcome.balance.find((b) => b.periodId === periodId) ?? emptyBalance;
  return {
    budget: outcome.expenses.filter((r) => r.periodId === periodId),
    financing: outcome.financing.filter((r) => r.periodId === periodId),
    balance,
    grantedEsfOre: outcome.grantedEsfOre,
    decidedCoFinancingPercent: outcome.decidedCoFinancingPercent,
  };
}

const emptyBalance: FinancingBalance = {
  periodId: '',
  periodName: '',
  startDate: '',
  endDate: '',
  expensesOre: 0,
  financingOre: 0,
  cumulativeExpensesOre: 0,
  cumulativeFinancingOre: 0,
  esfOre: 0,
  cumulativeEsfOre: 0,
  cumulativeEsfSharePercent: null,
  cumulativeCoFinancingPercent: null,
};

export interface FinalReportData extends ProgressReportData {
  projectTexts: Record<ProjectTextKey, string>;
  /** The project's theory of change, drawn in the slutrapport when it has boxes. */
  theory: ChangeTheory;
}

/**
 * The slutrapport's data: the same figures over the whole project (first
 * phase start to last phase end), the texts of every period gathered per
 * heading, and the budget as its final running totals.
 */
export async function finalReportData(ctx: ServiceContext): Promise<FinalReportData> {
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
  const [cofin, ind, outcome, activities, ownTexts, ready, results, theory] = await Promise.all([
    coFinancing(ctx.db, settings, from, to),
    indicators(ctx.db, settings, from, to),
    budgetOutcome(ctx.db, settings),
    activitiesInPeriod(ctx, from, to),
    projectTexts(ctx.db),
    readiness(ctx, { kind: 'slutrapport' }),
    resultsForProject(ctx),
    getChangeTheory(ctx.db),
  ]);
  // The whole project is the last period's running totals.
  const money = periodMoney(outcome, periods.at(-1)?.id);
  const whole = <T extends { budgetOre: number; outcomeOre: number; cumulativeBudgetOre: number; cumulativeOutcomeOre: number }>(r: T): T => ({
    ...r,
    budgetOre: r.cumulativeBudgetOre,
    outcomeOre: r.cumulativeOutcomeOre,
  });
  const b = money.balance;
  const now = ctx.clock.now().toISOString();
  return {
    period: { id: 'hela-projektet', name: 'Hela projektet', startDate: from, endDate: to, dueDate: to, updatedAt: now },
    settings,
    reportId: settings.caseNumber,
    overheadPercent: overheadFor(settings, Number(from.slice(0, 4))),
    coFinancing: cofin,
    indicators: ind,
    ...money,
    budget: money.budget.map(whole),
    financing: money.financing.map(whole),
    balance: { ...b, expensesOre: b.cumulativeExpensesOre, financingOre: b.cumulativeFinancingOre, esfOre: b.cumulativeEsfOre },
    readiness: ready,
    projectTexts: ownTexts,
    theory,
    activities,
    texts,
    results,
    generatedAt: now,
  };
}
