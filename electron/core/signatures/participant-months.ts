import { sql, type Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { CountyCode } from '../../../shared/domain/municipalities';
import type { ParticipantMonthPage, ParticipantMonthRow } from '../../../shared/domain/signatures';
import { stockholmToday } from '../../../shared/dates';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { naturalId } from '../ids';
import { searchCondition } from '../participants/participants';
import { monthInWords } from './months';

/*
 * Signed participant months (ESF+, issue 17): whoever attended in a month
 * confirms it, on ESF-rådet's Deltagarportal or on a signed närvarointyg.
 * The list is read from participant_month_hours (one row per participant
 * and month with live attendance), so it pages over one month's key range;
 * a signature is one row per participant and month, id from the natural
 * key, written by upsert so two laptops make one row.
 *
 * Erased participants are left out: their name is gone, nobody can sign
 * for them, and the hours they had stay counted where the money is summed.
 */

type Db = Kysely<Database>;
type ListInput = ParsedInputOf<'signatures.participantMonths'>;

const signatureId = (participantId: string, month: string) => naturalId('participant_month_signatures', participantId, month);

/** The month's participants with hours, with their municipality, search row and signature (if any). */
function monthRows(db: Db, filter: { month: string; countyCode?: string | undefined; search?: string | undefined }) {
  let query = db
    .selectFrom('participant_month_hours as h')
    .innerJoin('participants as p', 'p.id', 'h.participant_id')
    .innerJoin('participant_search as s', 's.participant_id', 'p.id')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .leftJoin('participant_month_signatures as g', (join) =>
      join.onRef('g.participant_id', '=', 'h.participant_id').onRef('g.month', '=', 'h.month').on('g.deleted_at', 'is', null),
    )
    .where('h.month', '=', filter.month)
    .where('p.deleted_at', 'is', null)
    .where('p.erased_at', 'is', null);
  if (filter.countyCode) query = query.where('m.county_code', '=', filter.countyCode as CountyCode);
  const search = searchCondition(filter.search);
  if (search) query = query.where(search);
  return query;
}

const signedExpr = sql<number>`(g.signed_on is not null)`;

function toRow(r: {
  participantId: string;
  firstName: string | null;
  lastName: string | null;
  municipalityCode: string;
  municipalityName: string;
  sessions: number;
  hours: number;
  signedOn: string | null;
}): ParticipantMonthRow {
  return {
    participantId: r.participantId,
    name: `${r.firstName ?? ''} ${r.lastName ?? ''}`.trim(),
    municipalityCode: r.municipalityCode,
    municipalityName: r.municipalityName,
    sessions: Number(r.sessions),
    hours: Number(r.hours),
    signed: r.signedOn !== null,
    signedOn: r.signedOn,
  };
}

const rowColumns = [
  'h.participant_id as participantId',
  'p.first_name as firstName',
  'p.last_name as lastName',
  'p.municipality_code as municipalityCode',
  'm.name as municipalityName',
  'h.sessions',
  'h.hours',
  'g.signed_on as signedOn',
] as const;

/**
 * One page of the month's participants in Swedish name order, filtered by
 * county, search and signed state; the signed and unsigned counts (of the
 * county and search, whatever `show` is) come from one aggregate.
 */
export async function participantMonths(db: Db, input: ListInput): Promise<ParticipantMonthPage> {
  let page = monthRows(db, input);
  if (input.show === 'signerade') page = page.where(signedExpr, '=', 1);
  if (input.show === 'osignerade') page = page.where(signedExpr, '=', 0);
  const [rows, counts] = await Promise.all([
    page.select(rowColumns).orderBy('s.name_key').orderBy('s.participant_id').limit(input.limit).offset(input.offset).execute(),
    monthRows(db, input)
      .select([sql<number>`count(*)`.as('all'), sql<number>`coalesce(sum(${signedExpr}), 0)`.as('signed')])
      .executeTakeFirstOrThrow(),
  ]);
  const signedCount = Number(counts.signed);
  const unsignedCount = Number(counts.all) - signedCount;
  const total = input.show === 'signerade' ? signedCount : input.show === 'osignerade' ? unsignedCount : signedCount + unsignedCount;
  return { rows: rows.map(toRow), total, offset: input.offset, limit: input.limit, month: input.month, signedCount, unsignedCount };
}

/** The day a signature is dated: the one given, else today in Sweden; never before the month it certifies began. */
function signingDay(ctx: ServiceContext, month: string, signedOn: string | null): string {
  const day = signedOn ?? stockholmToday(ctx.clock.now());
  if (day < `${month}-01`) throw AppError.invalidField('signedOn', 'signatures.errors.signedBeforeMonth', { month: monthInWords(month) });
  return day;
}

/** Marks one participant's month signed (dated) or explicitly not signed; only a month with attended hours can be. */
export async function setParticipantSignature(ctx: ServiceContext, input: ParsedInputOf<'signatures.setParticipant'>): Promise<ParticipantMonthRow> {
  const participant = await ctx.db
    .selectFrom('participants')
    .select(['first_name', 'last_name', 'erased_at'])
    .where('id', '=', input.participantId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!participant) throw notFound();
  if (participant.erased_at) throw AppError.of('CONFLICT', 'errors.participantErased');
  const hours = await ctx.db
    .selectFrom('participant_month_hours')
    .select('hours')
    .where('month', '=', input.month)
    .where('participant_id', '=', input.participantId)
    .executeTakeFirst();
  if (!hours) {
    const name = `${participant.first_name ?? ''} ${participant.last_name ?? ''}`.trim();
    throw AppError.of('VALIDATION', 'signatures.errors.noHours', { name, month: monthInWords(input.month) });
  }
  const signedOn = input.signed ? signingDay(ctx, input.month, input.signedOn) : null;
  const now = ctx.clock.now().toISOString();
  await ctx.db
    .insertInto('participant_month_signatures')
    .values({
      id: signatureId(input.participantId, input.month),
      participant_id: input.participantId,
      month: input.month,
      signed_on: signedOn,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    })
    .onConflict((oc) => oc.columns(['participant_id', 'month']).doUpdateSet({ signed_on: signedOn, updated_at: now, deleted_at: null }))
    .execute();
  const row = await monthRows(ctx.db, { month: input.month }).select(rowColumns).where('h.participant_id', '=', input.participantId).executeTakeFirstOrThrow();
  return toRow(row);
}

/** Rows per insert: seven values each, well inside SQLite's limit on bound parameters. */
const BATCH = 500;

/**
 * Every participant with hours in the month (optionally in one county) who
 * is not signed yet, marked signed on one day. The dispatcher runs the
 * mutation in one transaction; the ids are the natural ones, so the batch
 * upserts exactly the rows a one-by-one signing would.
 */
export async function signAllParticipants(ctx: ServiceContext, input: ParsedInputOf<'signatures.signAllParticipants'>): Promise<{ signed: number }> {
  const signedOn = signingDay(ctx, input.month, input.signedOn);
  const now = ctx.clock.now().toISOString();
  const pending = await monthRows(ctx.db, { month: input.month, countyCode: input.countyCode })
    .where('g.signed_on', 'is', null)
    .select('h.participant_id as participantId')
    .execute();
  for (let i = 0; i < pending.length; i += BATCH) {
    const values = pending.slice(i, i + BATCH).map(({ participantId }) => ({
      id: signatureId(participantId, input.month),
      participant_id: participantId,
      month: input.month,
      signed_on: signedOn,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    }));
    await ctx.db
      .insertInto('participant_month_signatures')
      .values(values)
      .onConflict((oc) => oc.columns(['participant_id', 'month']).doUpdateSet({ signed_on: signedOn, updated_at: now, deleted_at: null }))
      .execute();
  }
  return { signed: pending.length };
}
