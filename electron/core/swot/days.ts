import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { SwotDay, SwotDaySummary } from '../../../shared/domain/swot';
import type { SwotDayCreateCheck } from '../../../shared/domain/visits';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { assertMunicipalityExists, assertUnitInMunicipality } from '../municipalities/guards';
import { linkVisitToSwotDay, swotDayRefs, unlinkedSwotVisitOn } from '../visits/swot-link';

const dayColumns = [
  'd.id',
  'd.municipality_code as municipalityCode',
  'd.date',
  'd.library_unit_id as libraryUnitId',
  'd.facilitators',
  'd.participants_women as participantsWomen',
  'd.participants_men as participantsMen',
  'd.participants_other as participantsOther',
  'd.status',
  'd.prep_omvarld as prepOmvarld',
  'd.prep_narvarld as prepNarvarld',
  'd.prep_invarld as prepInvarld',
  'd.updated_at as updatedAt',
] as const;

export async function listSwotDays(db: Kysely<Database>, municipalityCode?: string): Promise<SwotDaySummary[]> {
  let query = db
    .selectFrom('swot_days as d')
    .innerJoin('municipalities as m', 'm.code', 'd.municipality_code')
    .select(dayColumns)
    .select((eb) => [
      'm.name as municipalityName',
      eb
        .selectFrom('swot_notes as n')
        .select((s) => s.fn.countAll<number>().as('c'))
        .whereRef('n.swot_day_id', '=', 'd.id')
        .where('n.deleted_at', 'is', null)
        .as('noteCount'),
    ])
    .where('d.deleted_at', 'is', null)
    .orderBy('d.date')
    .orderBy('m.code');
  if (municipalityCode) query = query.where('d.municipality_code', '=', municipalityCode);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, noteCount: r.noteCount ?? 0 }));
}

export async function getSwotDayRow(db: Kysely<Database>, id: string): Promise<SwotDay> {
  const day = await db.selectFrom('swot_days as d').select(dayColumns).where('d.id', '=', id).where('d.deleted_at', 'is', null).executeTakeFirst();
  if (!day) throw notFound();
  return day;
}

function toColumns(input: ParsedInputOf<'swotDays.create'> | ParsedInputOf<'swotDays.update'>) {
  return {
    date: input.date,
    library_unit_id: input.libraryUnitId,
    facilitators: input.facilitators,
    participants_women: input.participantsWomen,
    participants_men: input.participantsMen,
    participants_other: input.participantsOther,
    status: input.status,
    prep_omvarld: input.prepOmvarld,
    prep_narvarld: input.prepNarvarld,
    prep_invarld: input.prepInvarld,
  };
}

/**
 * A new SWOT day. When a SWOT-day visit is booked in the municipality on
 * that date and holds no day yet, the day is that visit's: they are linked
 * in the same transaction, so the visit no longer offers to make another.
 * (Whether a second day in the municipality is wanted is asked before, with
 * swotDays.createCheck; a day on another date is allowed.)
 */
export async function createSwotDay(ctx: ServiceContext, input: ParsedInputOf<'swotDays.create'>): Promise<SwotDay> {
  const now = ctx.clock.now().toISOString();
  const id = newId(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await assertMunicipalityExists(trx, input.municipalityCode);
    await assertUnitInMunicipality(trx, input.libraryUnitId, input.municipalityCode);
    const visit = await unlinkedSwotVisitOn(trx, input.municipalityCode, input.date);
    await trx
      .insertInto('swot_days')
      .values({ id, municipality_code: input.municipalityCode, ...toColumns(input), created_at: now, updated_at: now, deleted_at: null })
      .execute();
    if (visit) await linkVisitToSwotDay(trx, visit.id, id, now);
  });
  return getSwotDayRow(ctx.db, id);
}

/** What the municipality page shows before it makes a day: the days already there and the visit the new one will belong to. */
export async function checkNewSwotDay(db: Kysely<Database>, input: ParsedInputOf<'swotDays.createCheck'>): Promise<SwotDayCreateCheck> {
  const municipality = await db.selectFrom('municipalities').select('name').where('code', '=', input.municipalityCode).executeTakeFirst();
  if (!municipality) throw AppError.of('NOT_FOUND', 'errors.municipalityNotFound', { code: input.municipalityCode });
  const visit = await unlinkedSwotVisitOn(db, input.municipalityCode, input.date);
  return { municipalityName: municipality.name, existing: await swotDayRefs(db, input.municipalityCode), visit: visit ?? null };
}

export async function updateSwotDay(ctx: ServiceContext, input: ParsedInputOf<'swotDays.update'>): Promise<SwotDay> {
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await getSwotDayRow(trx, input.id);
    await assertUnitInMunicipality(trx, input.libraryUnitId, existing.municipalityCode);
    await trx
      .updateTable('swot_days')
      .set({ ...toColumns(input), updated_at: ctx.clock.now().toISOString() })
      .where('id', '=', input.id)
      .execute();
  });
  return getSwotDayRow(ctx.db, input.id);
}

/** A deleted day lets its visit go, so the visit offers "Skapa SWOT-dag" again. */
export async function deleteSwotDay(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await softDelete(trx, 'swot_days', id, now);
    await trx.updateTable('visits').set({ swot_day_id: null, updated_at: now }).where('swot_day_id', '=', id).where('deleted_at', 'is', null).execute();
  });
  return { id };
}
