import type { Kysely } from 'kysely';
import type { ReadinessItem } from '../../../shared/domain/readiness';
import { formatInteger } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import type { Database } from '../db/schema';
import { monthInWords } from './months';

/*
 * The readiness items of signed time (ESF+ only; reports/readiness.ts asks
 * for them under that rule set): participant months with attendance and
 * staff months with hours that nobody has signed. Each is one count and
 * ten examples over the months of the report, read from
 * participant_month_hours and staff_time by their month keys.
 */

const EXAMPLES = 10;

/** The months a report covers, first and last ('YYYY-MM'); null for every month (the slutrapport). */
export type MonthSpan = { first: string; last: string } | null;

const example = (name: string, month: string) => translate('signatures.readiness.example', { name, month: monthInWords(month) });

function found(key: ReadinessItem['key'], count: number, examples: string[], link: string): ReadinessItem {
  return {
    key,
    message: translate(`signatures.readiness.${key}`, { count, formattedCount: formatInteger(count) }),
    count,
    examples,
    link,
    linkLabel: translate('signatures.readiness.link'),
  };
}

/** Months with attendance of a live, not erased participant, without a signature dated. */
export async function unsignedParticipantMonths(db: Kysely<Database>, span: MonthSpan): Promise<ReadinessItem | null> {
  let query = db
    .selectFrom('participant_month_hours as h')
    .innerJoin('participants as p', 'p.id', 'h.participant_id')
    .leftJoin('participant_month_signatures as g', (join) =>
      join.onRef('g.participant_id', '=', 'h.participant_id').onRef('g.month', '=', 'h.month').on('g.deleted_at', 'is', null),
    )
    .where('p.deleted_at', 'is', null)
    .where('p.erased_at', 'is', null)
    .where('g.signed_on', 'is', null);
  if (span) query = query.where('h.month', '>=', span.first).where('h.month', '<=', span.last);
  const { n } = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const count = Number(n);
  if (count === 0) return null;
  const rows = await query
    .innerJoin('participant_search as s', 's.participant_id', 'p.id')
    .select(['h.month', 'p.first_name', 'p.last_name'])
    .orderBy('h.month')
    .orderBy('s.name_key')
    .orderBy('s.participant_id')
    .limit(EXAMPLES)
    .execute();
  const first = rows[0]!.month;
  return found(
    'unsignedParticipantMonths',
    count,
    rows.map((r) => example(`${r.first_name ?? ''} ${r.last_name ?? ''}`.trim(), r.month)),
    `/signering?manad=${first}&visa=osignerade`,
  );
}

/** Months with staff time recorded (hours above zero) whose time report is not signed. */
export async function unsignedStaffMonths(db: Kysely<Database>, span: MonthSpan): Promise<ReadinessItem | null> {
  let query = db
    .selectFrom('staff_time as t')
    .innerJoin('project_staff as s', 's.id', 't.staff_id')
    .where('t.deleted_at', 'is', null)
    .where('s.deleted_at', 'is', null)
    .where('t.hours', '>', 0)
    .where('t.signed_on', 'is', null);
  if (span) query = query.where('t.month', '>=', span.first).where('t.month', '<=', span.last);
  const { n } = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const count = Number(n);
  if (count === 0) return null;
  const rows = await query.select(['t.month', 's.name']).orderBy('t.month').orderBy('s.name').orderBy('s.id').limit(EXAMPLES).execute();
  return found(
    'unsignedStaffMonths',
    count,
    rows.map((r) => example(r.name, r.month)),
    `/signering?ar=${rows[0]!.month.slice(0, 4)}`,
  );
}
