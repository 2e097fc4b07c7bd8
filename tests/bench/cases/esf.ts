import type BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../../electron/core/db/open';
import { overview } from '../../../electron/core/esf/overview';
import { DEFAULT_ESF_SETTINGS } from '../../../electron/core/esf/settings';
import { progressReportData } from '../../../electron/core/reports/progress-report-data';
import { buildProgressReportDocx } from '../../../electron/core/reports/progress-report';
import { readiness } from '../../../electron/core/reports/readiness';
import type { BenchCase } from '../case';

/**
 * What a hand-written data layer would run for the landing page: the same
 * aggregates as plain prepared statements, no query builder.
 */
function rawOverview(sqlite: BetterSqlite3.Database, today: string) {
  const statements = [
    sqlite.prepare('select name, start_date, end_date from project_phases where deleted_at is null order by start_date'),
    sqlite.prepare(
      `select m.county_code, count(distinct h.code) from (
         select municipality_code as code from swot_days where deleted_at is null and status in ('genomford', 'rapporterad')
         union select municipality_code from visits where deleted_at is null and kind = 'swot_dag' and status = 'genomford'
       ) h join municipalities m on m.code = h.code group by m.county_code`,
    ),
    sqlite.prepare('select county_code, count(*) from municipalities group by county_code'),
    sqlite.prepare('select code, name from counties order by code'),
    sqlite.prepare('select gender, count(*) from participants where deleted_at is null group by gender'),
    sqlite.prepare('select sum(hours) from attendance where deleted_at is null'),
    sqlite.prepare('select sum(amount_ore) from budget_lines where deleted_at is null'),
    sqlite.prepare('select sum(amount_ore) from costs where deleted_at is null'),
  ];
  const milestones = sqlite.prepare('select name, date from milestones where deleted_at is null and done = 0 and date >= ? order by date limit 5');
  const periods = sqlite.prepare('select name, due_date from reporting_periods where deleted_at is null and due_date >= ? order by due_date limit 5');
  return () => [...statements.map((s) => s.all()), milestones.all(today), periods.all(today)];
}

const overviewCase: BenchCase = {
  name: 'overview data',
  scale: 'national',
  target: { kind: 'maxRatio', ratio: 1.5 },
  options: { runs: 21, warmup: 5 },
  prepare: async (datasets) => {
    const opened = await openDatabase(datasets.byScale.national.file, { clock: datasets.clock });
    const today = '2013-03-14';
    const data = await overview(opened.db, DEFAULT_ESF_SETTINGS, today);
    const rawHours = Number(opened.sqlite.prepare('select sum(hours) from attendance where deleted_at is null').pluck().get());
    if (data.hours.total !== rawHours || data.participants.women + data.participants.men + data.participants.other !== 50_000) {
      throw new Error('overview figures differ from the raw ones');
    }
    const raw = rawOverview(opened.sqlite, today);
    return {
      subject: { run: () => overview(opened.db, DEFAULT_ESF_SETTINGS, today) },
      baseline: { run: raw },
      dispose: () => opened.close(),
    };
  },
};


/** The Word lägesrapport of one quarter at national scale, data, charts (SVG → PNG) and docx packing included. */
const progressReportCase: BenchCase = {
  name: 'lägesrapport, charts included',
  scale: 'national',
  target: { kind: 'maxMs', ms: 3000 },
  options: { runs: 7, warmup: 2 },
  prepare: async (datasets) => {
    const opened = await openDatabase(datasets.byScale.national.file, { clock: datasets.clock });
    const ctx = { db: opened.db, clock: datasets.clock, statements: opened.statements };
    // The busiest quarter of the generated data.
    const periodId = String(
      opened.sqlite
        .prepare(
          `select p.id from reporting_periods p join activity_sessions s on s.date between p.start_date and p.end_date
           join attendance a on a.session_id = s.id group by p.id order by count(*) desc limit 1`,
        )
        .pluck()
        .get(),
    );
    const make = async () => buildProgressReportDocx(await progressReportData(ctx, periodId));
    const first = await make();
    if (first.length < 10_000) throw new Error('the report is unexpectedly small');
    const perSession = opened.sqlite.prepare(
      `select s.activity_id, count(distinct a.participant_id), sum(a.hours) from attendance a join activity_sessions s on s.id = a.session_id
       join reporting_periods p on s.date between p.start_date and p.end_date where p.id = ? group by s.activity_id`,
    );
    return {
      subject: { run: make },
      baseline: { run: () => perSession.all(periodId) },
      dispose: () => opened.close(),
    };
  },
};

const busiestQuarter = `select p.id from reporting_periods p join activity_sessions s on s.date between p.start_date and p.end_date
  join attendance a on a.session_id = s.id group by p.id order by count(*) desc limit 1`;

/** Readiness before the lägesrapport of the busiest quarter: every check, as the Rapporter page asks for it. */
const readinessCase: BenchCase = {
  name: 'readiness, lägesrapport of the busiest quarter',
  scale: 'national',
  target: { kind: 'maxMs', ms: 300 },
  options: { runs: 11, warmup: 3 },
  prepare: async (datasets) => {
    const opened = await openDatabase(datasets.byScale.national.file, { clock: datasets.clock });
    const ctx = { db: opened.db, clock: datasets.clock, statements: opened.statements };
    const periodId = String(opened.sqlite.prepare(busiestQuarter).pluck().get());
    const first = await readiness(ctx, { kind: 'lagesrapport', periodId });
    if (!first.scope) throw new Error('readiness answered without a scope');
    // The two checks that read attendance, hand-written: the rest are single-row lookups.
    const period = opened.sqlite.prepare<[string], { start_date: string; end_date: string }>('select start_date, end_date from reporting_periods where id = ?').get(periodId)!;
    const missingSalary = opened.sqlite.prepare(
      `select p.id from activity_sessions s join attendance a on a.session_id = s.id join participants p on p.id = a.participant_id
       where s.deleted_at is null and a.deleted_at is null and s.date between ? and ? and p.monthly_salary is null group by p.id`,
    );
    const withoutAttendance = opened.sqlite.prepare(
      `select s.activity_id from activity_sessions s where s.deleted_at is null and s.date between ? and ?
       and not exists (select 1 from attendance r where r.session_id = s.id and r.deleted_at is null) group by s.activity_id`,
    );
    return {
      subject: { run: () => readiness(ctx, { kind: 'lagesrapport', periodId }) },
      baseline: { run: () => [missingSalary.all(period.start_date, period.end_date), withoutAttendance.all(period.start_date, period.end_date)] },
      dispose: () => opened.close(),
    };
  },
};

export const esfCases: BenchCase[] = [overviewCase, progressReportCase, readinessCase];
