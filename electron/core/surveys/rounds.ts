import { sql, type Kysely, type Transaction } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { CountyCode } from '../../../shared/domain/municipalities';
import type { RoundGroup, SurveyRound } from '../../../shared/domain/surveys';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { newId } from '../ids';
import { questionnaireNotFound } from './questionnaires';

/*
 * A survey round: a questionnaire sent to a group (all libraries, a county,
 * an activity's participants) between two dates. The number asked is kept
 * per county, so the response rate is per group: by default one per
 * municipality in scope (the status survey goes to each library), an
 * activity's participants per county; editable, as a staff survey asks more.
 */

type Db = Kysely<Database> | Transaction<Database>;

export function roundNotFound(): AppError {
  return AppError.of('NOT_FOUND', 'surveys.errors.roundNotFound');
}

/** Percent to a tenth, null when there is no denominator. */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : null);

async function groupsOf(db: Db, roundId: string): Promise<RoundGroup[]> {
  const rows = await db
    .selectFrom('survey_round_groups as g')
    .innerJoin('counties as c', 'c.code', 'g.county_code')
    .select([
      'g.county_code as countyCode',
      'c.name as countyName',
      'g.asked',
      sql<number>`(select count(*) from survey_responses r where r.round_id = g.round_id and r.deleted_at is null and r.county_code = g.county_code)`.as('responses'),
    ])
    .where('g.round_id', '=', roundId)
    .where('g.deleted_at', 'is', null)
    .orderBy('g.county_code')
    .execute();
  return rows.map((g) => ({ ...g, responseRate: rate(g.responses, g.asked) }));
}

const roundColumns = [
  'o.id',
  'o.questionnaire_id as questionnaireId',
  'q.name as questionnaireName',
  'o.name',
  'o.target',
  'o.county_code as countyCode',
  'o.activity_id as activityId',
  'a.name as activityName',
  'o.opens_on as opensOn',
  'o.closes_on as closesOn',
  'o.compare_round_id as compareRoundId',
  'c.name as compareRoundName',
  'o.updated_at as updatedAt',
] as const;

function roundQuery(db: Db) {
  return db
    .selectFrom('survey_rounds as o')
    .innerJoin('questionnaires as q', 'q.id', 'o.questionnaire_id')
    .leftJoin('activities as a', 'a.id', 'o.activity_id')
    .leftJoin('survey_rounds as c', 'c.id', 'o.compare_round_id')
    .select(roundColumns)
    .select(sql<number>`(select count(*) from survey_responses r where r.round_id = o.id and r.deleted_at is null)`.as('responses'))
    .where('o.deleted_at', 'is', null)
    .where('q.deleted_at', 'is', null);
}

async function withGroups(db: Db, row: Awaited<ReturnType<ReturnType<typeof roundQuery>['executeTakeFirstOrThrow']>>): Promise<SurveyRound> {
  const groups = await groupsOf(db, row.id);
  const asked = groups.reduce((n, g) => n + g.asked, 0);
  return { ...row, groups, asked, responseRate: rate(row.responses, asked) };
}

export async function getRound(db: Db, id: string): Promise<SurveyRound> {
  const row = await roundQuery(db).where('o.id', '=', id).executeTakeFirst();
  if (!row) throw roundNotFound();
  return withGroups(db, row);
}

export async function listRounds(db: Kysely<Database>, input: ParsedInputOf<'surveyRounds.list'>): Promise<SurveyRound[]> {
  let query = roundQuery(db);
  if (input.questionnaireId) query = query.where('o.questionnaire_id', '=', input.questionnaireId);
  const rows = await query.orderBy('o.opens_on').orderBy('o.created_at').orderBy('o.id').execute();
  const out: SurveyRound[] = [];
  for (const row of rows) out.push(await withGroups(db, row));
  return out;
}

/** The default number asked per county: municipalities in scope, or the activity's participants. */
async function defaultGroups(db: Db, target: SurveyRound['target'], countyCode: string | null, activityId: string | null): Promise<{ countyCode: CountyCode; asked: number }[]> {
  if (target === 'aktivitet') {
    const rows = await sql<{ countyCode: CountyCode; asked: number }>`
      select m.county_code as countyCode, count(distinct p.id) as asked
      from activity_sessions s
      join attendance t on t.session_id = s.id and t.deleted_at is null
      join participants p on p.id = t.participant_id and p.deleted_at is null
      join municipalities m on m.code = p.municipality_code
      where s.activity_id = ${activityId} and s.deleted_at is null
      group by m.county_code order by m.county_code`.execute(db);
    return rows.rows;
  }
  let query = db.selectFrom('municipalities').select(['county_code as countyCode', sql<number>`count(*)`.as('asked')]).groupBy('county_code').orderBy('county_code');
  if (target === 'lan' && countyCode) query = query.where('county_code', '=', countyCode as CountyCode);
  return query.execute();
}

/** The compare round must be an earlier, live round of the same questionnaire (the "before" of this "after"). */
async function checkCompareRound(db: Db, questionnaireId: string, compareRoundId: string | null, selfId: string | null): Promise<void> {
  if (compareRoundId === null) return;
  if (compareRoundId === selfId) throw AppError.invalidField('compareRoundId', 'surveys.errors.compareSelf');
  const other = await db.selectFrom('survey_rounds').select(['questionnaire_id']).where('id', '=', compareRoundId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!other) throw AppError.invalidField('compareRoundId', 'surveys.errors.compareNotFound');
  if (other.questionnaire_id !== questionnaireId) throw AppError.invalidField('compareRoundId', 'surveys.errors.compareOtherQuestionnaire');
}

function checkDates(opensOn: string | null, closesOn: string | null): void {
  if (opensOn && closesOn && closesOn < opensOn) throw AppError.invalidField('closesOn', 'surveys.errors.closesBeforeOpens');
}

export async function createRound(ctx: Pick<ServiceContext, 'db' | 'clock'>, input: ParsedInputOf<'surveyRounds.create'>): Promise<SurveyRound> {
  if (input.target === 'lan' && !input.countyCode) throw AppError.invalidField('countyCode', 'surveys.errors.countyNeeded');
  if (input.target === 'aktivitet' && !input.activityId) throw AppError.invalidField('activityId', 'surveys.errors.activityNeeded');
  checkDates(input.opensOn, input.closesOn);
  const now = ctx.clock.now().toISOString();
  const id = newId(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const q = await trx.selectFrom('questionnaires').select('id').where('id', '=', input.questionnaireId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!q) throw questionnaireNotFound();
    if (input.target === 'aktivitet') {
      const activity = await trx.selectFrom('activities').select('id').where('id', '=', input.activityId!).where('deleted_at', 'is', null).executeTakeFirst();
      if (!activity) throw AppError.invalidField('activityId', 'surveys.errors.activityNotFound');
    }
    await checkCompareRound(trx, input.questionnaireId, input.compareRoundId, null);
    await trx
      .insertInto('survey_rounds')
      .values({
        id,
        questionnaire_id: input.questionnaireId,
        name: input.name,
        target: input.target,
        county_code: input.target === 'lan' ? input.countyCode : null,
        activity_id: input.target === 'aktivitet' ? input.activityId : null,
        opens_on: input.opensOn,
        closes_on: input.closesOn,
        compare_round_id: input.compareRoundId,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    for (const g of await defaultGroups(trx, input.target, input.countyCode, input.activityId)) {
      await trx
        .insertInto('survey_round_groups')
        .values({ id: newId(ctx.clock), round_id: id, county_code: g.countyCode, asked: g.asked, created_at: now, updated_at: now, deleted_at: null })
        .execute();
    }
    return getRound(trx, id);
  });
}

export async function updateRound(ctx: ServiceContext, input: ParsedInputOf<'surveyRounds.update'>): Promise<SurveyRound> {
  checkDates(input.opensOn, input.closesOn);
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const round = await getRound(trx, input.id);
    await checkCompareRound(trx, round.questionnaireId, input.compareRoundId, round.id);
    await trx
      .updateTable('survey_rounds')
      .set({ name: input.name, opens_on: input.opensOn, closes_on: input.closesOn, compare_round_id: input.compareRoundId, updated_at: now })
      .where('id', '=', round.id)
      .execute();
    return getRound(trx, round.id);
  });
}

/** Sets the number asked in one county of the round, adding the group when the county had none. */
export async function setAsked(ctx: Pick<ServiceContext, 'db' | 'clock'>, input: ParsedInputOf<'surveyRounds.setAsked'>): Promise<SurveyRound> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const round = await getRound(trx, input.roundId);
    if (round.target === 'lan' && round.countyCode !== input.countyCode) throw AppError.invalidField('countyCode', 'surveys.errors.countyOutsideRound');
    const updated = await trx
      .updateTable('survey_round_groups')
      .set({ asked: input.asked, updated_at: now })
      .where('round_id', '=', round.id)
      .where('county_code', '=', input.countyCode)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) {
      await trx
        .insertInto('survey_round_groups')
        .values({ id: newId(ctx.clock), round_id: round.id, county_code: input.countyCode, asked: input.asked, created_at: now, updated_at: now, deleted_at: null })
        .execute();
    }
    return getRound(trx, round.id);
  });
}

export async function removeRound(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await getRound(trx, id);
    const later = await trx.selectFrom('survey_rounds').select('name').where('compare_round_id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    if (later) throw AppError.of('CONFLICT', 'surveys.errors.roundCompared', { name: later.name });
    await trx.updateTable('survey_rounds').set({ deleted_at: now, updated_at: now }).where('id', '=', id).execute();
  });
  return { id };
}
