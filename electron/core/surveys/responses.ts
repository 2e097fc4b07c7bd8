import { sql, type Kysely, type Transaction } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { AnswerValue, ResponsePage, SurveyResponse } from '../../../shared/domain/surveys';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { newId } from '../ids';
import { withBulkCapture } from '../sync/bulk-capture';
import { checkResponse, placeLookup, type StoredResponse } from './answer-rules';
import { questionsOf } from './questionnaires';
import { getRound } from './rounds';

/*
 * Responses of a round: a batch saved in one transaction (the keyboard grid
 * saves the rows typed since the last save; a row saved again replaces its
 * answers), listed a page at a time, deleted softly.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** The round, its questions and whether it collects names: what every write of responses checks against. */
export async function responseContext(db: Db, roundId: string) {
  const round = await getRound(db, roundId);
  const questionnaire = await db.selectFrom('questionnaires').select('collects_names').where('id', '=', round.questionnaireId).executeTakeFirstOrThrow();
  const questions = await questionsOf(db, round.questionnaireId);
  return { round, questions, collectsNames: questionnaire.collects_names === 1 };
}

/** Inserts one checked response and its answers; `id` given, an existing response of the round is replaced. */
export async function writeResponse(trx: Transaction<Database>, ctx: ServiceContext, roundId: string, r: StoredResponse, now: string, id?: string): Promise<string> {
  const fields = {
    county_code: r.countyCode,
    municipality_code: r.municipalityCode,
    role: r.role,
    role_key: r.roleKey,
    respondent_name: r.respondentName,
    source: r.source,
    answered_on: r.answeredOn,
    updated_at: now,
  };
  let responseId = id;
  if (responseId === undefined) {
    responseId = newId(ctx.clock);
    await trx.insertInto('survey_responses').values({ id: responseId, round_id: roundId, ...fields, created_at: now, deleted_at: null }).execute();
  } else {
    await trx.updateTable('survey_responses').set(fields).where('id', '=', responseId).execute();
    await trx.updateTable('survey_answers').set({ deleted_at: now, updated_at: now }).where('response_id', '=', responseId).where('deleted_at', 'is', null).execute();
  }
  for (const a of r.answers) {
    await trx
      .insertInto('survey_answers')
      .values({
        id: newId(ctx.clock),
        response_id: responseId,
        question_id: a.questionId,
        number_value: a.number,
        dont_know: a.dontKnow,
        text_value: a.text,
        choices: a.choices,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
  }
  return responseId;
}

export async function saveResponses(ctx: ServiceContext, input: ParsedInputOf<'surveyResponses.save'>): Promise<{ saved: number; ids: string[] }> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const { round, questions, collectsNames } = await responseContext(trx, input.roundId);
    const places = await placeLookup(trx);
    const checked: { stored: StoredResponse; id?: string }[] = [];
    for (const [i, draft] of input.responses.entries()) {
      const problems: string[] = [];
      const stored = checkResponse(draft, questions, { round, collectsNames, places }, problems);
      if (!stored) throw AppError.of('VALIDATION', 'surveys.responses.rowProblem', { row: i + 1, problem: problems.join(' ') });
      if (draft.id !== undefined) {
        const own = await trx.selectFrom('survey_responses').select('id').where('id', '=', draft.id).where('round_id', '=', round.id).where('deleted_at', 'is', null).executeTakeFirst();
        if (!own) throw AppError.of('NOT_FOUND', 'surveys.errors.responseNotFound');
      }
      checked.push({ stored, id: draft.id });
    }
    const ids: string[] = [];
    for (const c of checked) ids.push(await writeResponse(trx, ctx, round.id, c.stored, now, c.id));
    return { saved: ids.length, ids };
  });
}

/** A new response as the contract takes it, without the id a replaced one carries. */
export type NewResponse = Omit<ParsedInputOf<'surveyResponses.save'>['responses'][number], 'id'>;

/**
 * Checks and writes many new responses of a round at once, the way an
 * import writes them: one transaction of cached prepared inserts, captured
 * for sync as one marker per table rather than a change row per field (the
 * demo's two rounds are a thousand responses and twelve thousand answers).
 * The rules are those of {@link saveResponses}; one broken response writes
 * nothing.
 */
export async function insertResponses(ctx: Pick<ServiceContext, 'db' | 'clock' | 'statements'>, roundId: string, drafts: readonly NewResponse[]): Promise<{ saved: number; ids: string[] }> {
  const { round, questions, collectsNames } = await responseContext(ctx.db, roundId);
  const places = await placeLookup(ctx.db);
  const checked = drafts.map((draft, i) => {
    const problems: string[] = [];
    const stored = checkResponse(draft, questions, { round, collectsNames, places }, problems);
    if (!stored) throw AppError.of('VALIDATION', 'surveys.responses.rowProblem', { row: i + 1, problem: problems.join(' ') });
    return { ...stored, id: newId(ctx.clock) };
  });
  const now = ctx.clock.now().toISOString();
  const sqlite = ctx.statements.connection;
  const responseKeys = { sql: 'select id from survey_responses where round_id = ? and created_at = ?', params: [round.id, now] };
  const answerKeys = { sql: 'select a.id from survey_answers a join survey_responses r on r.id = a.response_id where r.round_id = ? and a.created_at = ?', params: [round.id, now] };
  const writeAnswers = () =>
    ctx.statements.runMany(
      'surveyAnswers.insertMany',
      () =>
        ctx.db.insertInto('survey_answers').values({
          id: '',
          response_id: '',
          question_id: '',
          number_value: null,
          dont_know: 0,
          text_value: null,
          choices: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        }),
      checked.flatMap((r) => r.answers.map((a) => [newId(ctx.clock), r.id, a.questionId, a.number, a.dontKnow, a.text, a.choices, now, now, null])),
    );
  const writeResponses = () =>
    ctx.statements.runMany(
      'surveyResponses.insertMany',
      () =>
        ctx.db.insertInto('survey_responses').values({
          id: '',
          round_id: '',
          county_code: null,
          municipality_code: null,
          role: null,
          role_key: null,
          respondent_name: null,
          source: 'app',
          answered_on: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        }),
      checked.map((r) => [r.id, round.id, r.countyCode, r.municipalityCode, r.role, r.roleKey, r.respondentName, r.source, r.answeredOn, now, now, null]),
    );
  // As the import: the answers are the second table of one write, both captured by the bulk path in one transaction.
  sqlite.transaction(() =>
    withBulkCapture(
      sqlite,
      'survey_responses',
      Date.parse(now),
      () => {
        writeResponses();
        withBulkCapture(sqlite, 'survey_answers', Date.parse(now), writeAnswers, answerKeys);
      },
      responseKeys,
    ),
  )();
  return { saved: checked.length, ids: checked.map((r) => r.id) };
}

function answerValue(a: { questionId: string; number: number | null; dontKnow: 0 | 1; text: string | null; choices: string | null }): AnswerValue {
  const choices: unknown = a.choices === null ? null : JSON.parse(a.choices);
  return {
    questionId: a.questionId,
    number: a.number,
    dontKnow: a.dontKnow === 1,
    text: a.text,
    choices: Array.isArray(choices) ? choices.filter((c): c is string => typeof c === 'string') : null,
  };
}

export async function listResponses(db: Kysely<Database>, input: ParsedInputOf<'surveyResponses.list'>): Promise<ResponsePage> {
  await getRound(db, input.roundId);
  const base = db.selectFrom('survey_responses as r').where('r.round_id', '=', input.roundId).where('r.deleted_at', 'is', null);
  const total = Number((await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base
    .leftJoin('counties as c', 'c.code', 'r.county_code')
    .leftJoin('municipalities as m', 'm.code', 'r.municipality_code')
    .select([
      'r.id',
      'r.round_id as roundId',
      'r.county_code as countyCode',
      'c.name as countyName',
      'r.municipality_code as municipalityCode',
      'm.name as municipalityName',
      'r.role',
      'r.respondent_name as respondentName',
      'r.source',
      'r.answered_on as answeredOn',
    ])
    // Entry order: the grid shows the rows as they were typed (ids made in one millisecond need not sort so).
    .orderBy('r.created_at')
    .orderBy(sql`r.rowid`)
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  const answers =
    rows.length === 0
      ? []
      : await db
          .selectFrom('survey_answers')
          .select(['response_id as responseId', 'question_id as questionId', 'number_value as number', 'dont_know as dontKnow', 'text_value as text', 'choices'])
          .where(
            'response_id',
            'in',
            rows.map((r) => r.id),
          )
          .where('deleted_at', 'is', null)
          .execute();
  const byResponse = Map.groupBy(answers, (a) => a.responseId);
  const out: SurveyResponse[] = rows.map((r) => ({ ...r, answers: (byResponse.get(r.id) ?? []).map(answerValue) }));
  return { rows: out, total, offset: input.offset, limit: input.limit };
}

export async function deleteResponses(ctx: ServiceContext, input: ParsedInputOf<'surveyResponses.delete'>): Promise<{ deleted: number }> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const live = await trx.selectFrom('survey_responses').select('id').where('id', 'in', input.ids).where('deleted_at', 'is', null).execute();
    if (live.length !== new Set(input.ids).size) throw AppError.of('NOT_FOUND', 'surveys.errors.responseNotFound');
    await trx.updateTable('survey_answers').set({ deleted_at: now, updated_at: now }).where('response_id', 'in', input.ids).where('deleted_at', 'is', null).execute();
    await trx.updateTable('survey_responses').set({ deleted_at: now, updated_at: now }).where('id', 'in', input.ids).execute();
    return { deleted: live.length };
  });
}

