import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * A participant erased on request keeps no EU indicator answers: their
 * employment situation, education and what became of them describe the
 * person, so they go with the personal data (the gender and the hours
 * stay, as in every other count). Beside the other erasures in this
 * folder; runs in the erasure's own transaction.
 */
export async function eraseIndicatorAnswers(trx: Kysely<Database>, participantId: string, now: string): Promise<void> {
  await trx
    .updateTable('participant_indicators')
    .set({ employment_status: null, isced_level: null, exit_situation: null, employed_after_six_months: null, updated_at: now })
    .where('participant_id', '=', participantId)
    .execute();
}
