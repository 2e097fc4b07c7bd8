import { sql, type Kysely } from 'kysely';
import { nextStepExampleLimit, type NextReport, type NextStep, type NextSteps } from '../../../shared/domain/view';
import { formatIsoDate } from '../../../shared/format';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { viewDate } from './view-date';

/*
 * Översikt's "Nästa steg": what is left to do as of the view date, each a
 * count with where it is fixed. Every step is one query that returns the
 * first few rows together with the total (`count(*) over ()`), so nothing
 * loads a whole table and an empty answer means zero.
 */

type Db = Kysely<Database>;

const total = sql<number>`count(*) over ()`.as('total');
const heldDayStatuses = ['genomford', 'rapporterad'] as const;

function step<R extends { total: number }>(key: NextStep['key'], to: string, rows: R[], example: (row: R) => { label: string; to: string }): NextStep {
  return { key, count: Number(rows[0]?.total ?? 0), to, examples: rows.map(example) };
}

/** Municipalities with neither a held visit nor a held SWOT day on or before the day ("visited" as on Besök, by either record). */
async function notVisited(db: Db, day: string): Promise<NextStep> {
  const rows = await db
    .selectFrom('municipalities as m')
    .select(['m.code', 'm.name', total])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('visits as v')
            .select(sql`1`.as('one'))
            .whereRef('v.municipality_code', '=', 'm.code')
            .where('v.deleted_at', 'is', null)
            .where('v.status', '=', 'genomford')
            .where('v.date', '<=', day),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('swot_days as d')
            .select(sql`1`.as('one'))
            .whereRef('d.municipality_code', '=', 'm.code')
            .where('d.deleted_at', 'is', null)
            .where('d.status', 'in', heldDayStatuses)
            .where('d.date', '<=', day),
        ),
      ),
    )
    .orderBy('m.code')
    .limit(nextStepExampleLimit)
    .execute();
  return step('notVisited', '/besok?vy=framsteg', rows, (r) => ({ label: r.name, to: `/kommuner/${r.code}` }));
}

/** Held SWOT days whose municipality has no plan yet: the plan is the next thing the day should lead to. */
async function swotDaysWithoutPlan(db: Db, day: string): Promise<NextStep> {
  const rows = await db
    .selectFrom('swot_days as d')
    .innerJoin('municipalities as m', 'm.code', 'd.municipality_code')
    .select(['m.code', 'm.name', 'd.date', total])
    .where('d.deleted_at', 'is', null)
    .where('d.status', 'in', heldDayStatuses)
    .where('d.date', '<=', day)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('plan_items as p')
            .select(sql`1`.as('one'))
            .whereRef('p.municipality_code', '=', 'd.municipality_code')
            .where('p.deleted_at', 'is', null),
        ),
      ),
    )
    .orderBy('d.date')
    .orderBy('m.code')
    .limit(nextStepExampleLimit)
    .execute();
  return step('swotDaysWithoutPlan', '/kommuner', rows, (r) => ({
    label: `${r.name} (${formatIsoDate(r.date)})`,
    to: `/kommuner/${r.code}`,
  }));
}

/** Needs in the municipality plans that no activity (other than a cancelled one) answers: the coverage view's rule. */
async function needsWithoutActivity(db: Db): Promise<NextStep> {
  const rows = await db
    .selectFrom('plan_items as p')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .innerJoin('competence_areas as c', 'c.id', 'p.area_id')
    .select(['p.id', 'm.name', 'c.name as area', total])
    .where('p.deleted_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('activity_needs as n')
            .innerJoin('activities as a', 'a.id', 'n.activity_id')
            .select(sql`1`.as('one'))
            .whereRef('n.plan_item_id', '=', 'p.id')
            .where('n.deleted_at', 'is', null)
            .where('a.deleted_at', 'is', null)
            .where('a.status', '!=', 'installd'),
        ),
      ),
    )
    .orderBy('m.code')
    .orderBy('c.sort_order')
    .limit(nextStepExampleLimit)
    .execute();
  return step('needsWithoutActivity', '/aktiviteter?vy=behov', rows, (r) => ({
    label: `${r.name}: ${r.area}`,
    to: `/aktiviteter/ny?behov=${r.id}`,
  }));
}

/**
 * Participants taking part by the day without a monthly salary: their hours
 * cannot be valued as co-financing. Erased participants are left out (the
 * erasure removed the salary on purpose).
 */
async function participantsWithoutSalary(db: Db, day: string): Promise<NextStep> {
  const rows = await db
    .selectFrom('participants as p')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .select(['p.id', 'p.first_name', 'p.last_name', 'm.name', total])
    .where('p.deleted_at', 'is', null)
    .where('p.erased_at', 'is', null)
    .where('p.monthly_salary', 'is', null)
    .where('p.start_date', '<=', day)
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .limit(nextStepExampleLimit)
    .execute();
  return step('participantsWithoutSalary', '/deltagare', rows, (r) => ({
    label: `${[r.first_name, r.last_name].filter(Boolean).join(' ')} (${r.name})`,
    to: `/deltagare/${r.id}`,
  }));
}

const DAY_MS = 86_400_000;

async function nextReport(db: Db, day: string): Promise<NextReport | null> {
  const row = await db
    .selectFrom('reporting_periods')
    .select(['id', 'name', 'due_date'])
    .where('deleted_at', 'is', null)
    .where('due_date', '>=', day)
    .orderBy('due_date')
    .orderBy('start_date')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const daysLeft = Math.round((Date.parse(`${row.due_date}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / DAY_MS);
  return { periodId: row.id, name: row.name, dueDate: row.due_date, daysLeft, to: `/rapporter?period=${row.id}` };
}

export async function nextSteps(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<NextSteps> {
  const day = await viewDate(ctx);
  const { db } = ctx;
  const [visits, plans, needs, salaries, report] = await Promise.all([
    notVisited(db, day),
    swotDaysWithoutPlan(db, day),
    needsWithoutActivity(db),
    participantsWithoutSalary(db, day),
    nextReport(db, day),
  ]);
  return { date: day, steps: [visits, plans, needs, salaries], nextReport: report };
}
