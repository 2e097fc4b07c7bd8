import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ParticipantIndicators } from '../../../shared/domain/eu-indicators';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { naturalId } from '../ids';

/*
 * A participant's answers to the EU indicator questions (ESF+): one row per
 * participant, id a UUIDv5 of the participant, written by upsert so two
 * laptops answering for the same person make one row. Every answer may be
 * blank. An erased participant's row is blanked by the erasure (personal
 * data) and can no longer be written.
 */

export const indicatorRowId = (participantId: string) => naturalId('participant_indicators', participantId);

async function liveParticipant(db: Kysely<Database>, participantId: string): Promise<{ erased: boolean }> {
  const row = await db.selectFrom('participants').select('erased_at').where('id', '=', participantId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw AppError.of('NOT_FOUND', 'euIndicators.errors.participantNotFound');
  return { erased: row.erased_at !== null };
}

export async function getParticipantIndicators(db: Kysely<Database>, participantId: string): Promise<ParticipantIndicators> {
  await liveParticipant(db, participantId);
  const row = await db
    .selectFrom('participant_indicators')
    .select(['employment_status', 'isced_level', 'exit_situation', 'employed_after_six_months', 'updated_at'])
    .where('participant_id', '=', participantId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return {
    participantId,
    employmentStatus: row?.employment_status ?? null,
    iscedLevel: row?.isced_level ?? null,
    exitSituation: row?.exit_situation ?? null,
    employedAfterSixMonths: row?.employed_after_six_months == null ? null : row.employed_after_six_months === 1,
    updatedAt: row?.updated_at ?? null,
  };
}

export async function setParticipantIndicators(ctx: ServiceContext, input: ParsedInputOf<'euIndicators.set'>): Promise<ParticipantIndicators> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const { erased } = await liveParticipant(trx, input.participantId);
    if (erased) throw AppError.of('CONFLICT', 'errors.participantErased');
    const values = {
      employment_status: input.employmentStatus,
      isced_level: input.iscedLevel,
      exit_situation: input.exitSituation,
      employed_after_six_months: input.employedAfterSixMonths === null ? null : input.employedAfterSixMonths ? 1 : 0,
    } as const;
    await trx
      .insertInto('participant_indicators')
      .values({ id: indicatorRowId(input.participantId), participant_id: input.participantId, ...values, created_at: now, updated_at: now, deleted_at: null })
      .onConflict((oc) => oc.column('participant_id').doUpdateSet({ ...values, updated_at: now, deleted_at: null }))
      .execute();
    return getParticipantIndicators(trx, input.participantId);
  });
}
