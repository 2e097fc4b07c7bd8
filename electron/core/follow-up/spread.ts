import { sql, type Kysely } from 'kysely';
import type { SpreadTrainings } from '../../../shared/domain/follow-up';
import type { Database } from '../db/schema';

/**
 * Trainings spread at the workplace, for the slutrapport: per live activity
 * with follow-ups, how many it has and how many are genomförda, counted in
 * SQL. A report calls this; it has no contract method of its own.
 */
export async function spreadTrainings(db: Kysely<Database>): Promise<SpreadTrainings> {
  const rows = await db
    .selectFrom('training_follow_ups as f')
    .innerJoin('activities as a', 'a.id', 'f.activity_id')
    .innerJoin('participants as p', 'p.id', 'f.participant_id')
    .select((eb) => [
      'a.id as activityId',
      'a.name as activityName',
      eb.fn.countAll<number>().as('followUps'),
      sql<number>`sum(f.status = 'genomford')`.as('done'),
    ])
    .where('f.deleted_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .groupBy('a.id')
    .orderBy('a.name')
    .execute();
  const activities = rows.map((r) => ({ ...r, followUps: Number(r.followUps), done: Number(r.done) }));
  return {
    activities,
    followUps: activities.reduce((n, a) => n + a.followUps, 0),
    done: activities.reduce((n, a) => n + a.done, 0),
    activitiesSpread: activities.filter((a) => a.done > 0).length,
  };
}
