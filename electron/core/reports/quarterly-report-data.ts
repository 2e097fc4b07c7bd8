import { translate } from '../../../shared/i18n';
import type { ChangeTheory } from '../../../shared/domain/change-theory';
import type { EsfSettings, PeriodTextKey } from '../../../shared/domain/esf';
import type { EsfPlusOutcome, EsfPlusPeriod } from '../../../shared/domain/esf-plus';
import type { EuIndicatorCounts } from '../../../shared/domain/eu-indicators';
import type { ReportingPeriod } from '../../../shared/domain/project';
import type { Readiness } from '../../../shared/domain/readiness';
import { getChangeTheory } from '../change-theory/theory';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { esfPlusOutcome } from '../esf-plus/outcome';
import { periodTexts } from '../esf/period-texts';
import { getEsfSettings, reportId } from '../esf/settings';
import { entrantsByCounty, euIndicatorCounts, type CountyEntrants } from '../eu-indicators/counts';
import { readiness } from './readiness';

/* Everything the ESF+ kvartalsrapport shows, from a fixed number of
 * aggregate queries: the activities of the period, the entrants and the
 * EU indicators, the money under the rule set (slice A's esfPlusOutcome,
 * the same figures as esfPlus.outcome), the period's texts and the theory
 * of change. */

export interface QuarterActivity {
  id: string;
  name: string;
  kindLabel: string;
  trackName: string | null;
  sessions: number;
  firstDate: string;
  lastDate: string;
  /** Distinct participants at the activity's sessions in the period. */
  participants: number;
  hours: number;
}

export interface QuarterMoney {
  /** The period's figures as esfPlus.outcome gives them. */
  period: EsfPlusPeriod;
  /** Eligible, co-financing and ESF+ from the project's first period up to and including this one. */
  cumulative: { eligibleOre: number; coFinancingOre: number; esfOre: number; recordedCoFinancingOre: number; staffHours: number; eligibleStaffHours: number };
  settings: EsfPlusOutcome['settings'];
  grantedEsfOre: number;
}

export interface QuarterlyReportData {
  period: ReportingPeriod;
  settings: EsfSettings;
  reportId: string;
  readiness: Readiness;
  activities: QuarterActivity[];
  entrants: CountyEntrants[];
  indicators: EuIndicatorCounts;
  money: QuarterMoney;
  texts: Record<PeriodTextKey, string>;
  theory: ChangeTheory;
  generatedAt: string;
}

/** Per activity with a session in the range: its sessions, the distinct participants and their hours there (two aggregates). */
export async function quarterActivities(ctx: ServiceContext, from: string, to: string): Promise<QuarterActivity[]> {
  const sessions = await ctx.db
    .selectFrom('activity_sessions as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .leftJoin('competence_areas as t', 't.id', 'a.track_id')
    .select((eb) => ['a.id', 'a.name', 'a.kind', 't.name as trackName', eb.fn.countAll<number>().as('sessions'), eb.fn.min('s.date').as('firstDate'), eb.fn.max('s.date').as('lastDate')])
    .where('s.deleted_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    // A cancelled activity was not carried out, as in the lägesrapport.
    .where('a.status', '!=', 'installd')
    .where('s.date', '>=', from)
    .where('s.date', '<=', to)
    .groupBy('a.id')
    .orderBy('firstDate')
    .orderBy('a.name')
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
  return sessions.map((s) => ({
    id: s.id,
    name: s.name,
    kindLabel: translate(`activities.kinds.${s.kind}`),
    trackName: s.trackName,
    sessions: Number(s.sessions),
    firstDate: String(s.firstDate),
    lastDate: String(s.lastDate),
    participants: Number(totals.get(s.id)?.participants ?? 0),
    hours: Number(totals.get(s.id)?.hours ?? 0),
  }));
}

export function quarterMoney(outcome: EsfPlusOutcome, periodId: string): QuarterMoney {
  const index = outcome.periods.findIndex((p) => p.periodId === periodId);
  if (index < 0) throw notFound();
  const upTo = outcome.periods.slice(0, index + 1);
  const sum = (pick: (p: EsfPlusPeriod) => number) => upTo.reduce((s, p) => s + pick(p), 0);
  return {
    period: outcome.periods[index]!,
    cumulative: {
      eligibleOre: sum((p) => p.eligibleOre),
      coFinancingOre: sum((p) => p.coFinancingOre),
      esfOre: sum((p) => p.esfOre),
      recordedCoFinancingOre: sum((p) => p.recordedCoFinancingOre),
      staffHours: sum((p) => p.staffHours),
      eligibleStaffHours: sum((p) => p.eligibleStaffHours),
    },
    settings: outcome.settings,
    grantedEsfOre: outcome.grantedEsfOre,
  };
}

export async function quarterlyReportData(ctx: ServiceContext, periodId: string): Promise<QuarterlyReportData> {
  const row = await ctx.db
    .selectFrom('reporting_periods')
    .select(['id', 'name', 'start_date as startDate', 'end_date as endDate', 'due_date as dueDate', 'updated_at as updatedAt'])
    .where('id', '=', periodId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound();
  const settings = await getEsfSettings(ctx.db);
  const { startDate: from, endDate: to } = row;
  const [activities, entrants, indicators, outcome, texts, theory, ready] = await Promise.all([
    quarterActivities(ctx, from, to),
    entrantsByCounty(ctx.db, from, to),
    euIndicatorCounts(ctx.db, from, to),
    esfPlusOutcome(ctx.db, settings, to),
    periodTexts(ctx.db, periodId),
    getChangeTheory(ctx.db),
    readiness(ctx, { kind: 'kvartalsrapport', periodId }),
  ]);
  return {
    period: row,
    settings,
    reportId: reportId(settings, row),
    readiness: ready,
    activities,
    entrants,
    indicators,
    money: quarterMoney(outcome, periodId),
    texts,
    theory,
    generatedAt: ctx.clock.now().toISOString(),
  };
}
