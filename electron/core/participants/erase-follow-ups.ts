import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Erasure reaches every table that holds words about the person, so it
 * lives with the participants rather than in follow-up/ (which reads
 * participants through import-people; the folders import one way only).
 *
 * A participant erased on request keeps no words in their follow-ups: the
 * expected benefit, how it is spread, who is responsible and the note may
 * describe the person, so they go with the personal data. The status and
 * date stay, as the hours do, so the slutrapport's count of trainings
 * spread is unchanged. Runs in the erasure's own transaction.
 */
export async function eraseFollowUpTexts(trx: Kysely<Database>, participantId: string, now: string): Promise<void> {
  await trx
    .updateTable('training_follow_ups')
    .set({ expected_benefit: null, sharing_plan: null, responsible: null, note: null, updated_at: now })
    .where('participant_id', '=', participantId)
    .where((eb) => eb.or([eb('expected_benefit', 'is not', null), eb('sharing_plan', 'is not', null), eb('responsible', 'is not', null), eb('note', 'is not', null)]))
    .execute();
}
