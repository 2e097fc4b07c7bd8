import { sql, type Kysely, type Transaction } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { Questionnaire, QuestionnaireSummary, SurveyQuestion, SurveyTemplate } from '../../../shared/domain/surveys';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { newId } from '../ids';
import { surveyTemplates, templateOf, type TemplateQuestion } from './templates';

/*
 * Questionnaires, their sections and questions. A question's kind and
 * options are fixed once the questionnaire has responses (the answers were
 * given to those words); its text and position stay editable. Removing is
 * soft, as everywhere (sync needs tombstones).
 */

type Db = Kysely<Database> | Transaction<Database>;

export function questionnaireNotFound(): AppError {
  return AppError.of('NOT_FOUND', 'surveys.errors.questionnaireNotFound');
}

const parseOptions = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

/** The live questions of a questionnaire in section and question order. */
export async function questionsOf(db: Db, questionnaireId: string): Promise<SurveyQuestion[]> {
  const rows = await db
    .selectFrom('survey_questions as q')
    .innerJoin('questionnaire_sections as s', 's.id', 'q.section_id')
    .select([
      'q.id',
      'q.questionnaire_id as questionnaireId',
      'q.section_id as sectionId',
      'q.position',
      'q.code',
      'q.text',
      'q.kind',
      'q.options',
      'q.background',
      'q.required',
    ])
    .where('q.questionnaire_id', '=', questionnaireId)
    .where('q.deleted_at', 'is', null)
    .where('s.deleted_at', 'is', null)
    .orderBy('s.position')
    .orderBy('q.position')
    .orderBy('q.id')
    .execute();
  return rows.map((r) => ({ ...r, options: parseOptions(r.options), required: r.required === 1 }));
}

async function hasResponses(db: Db, questionnaireId: string): Promise<boolean> {
  const row = await db
    .selectFrom('survey_responses as r')
    .innerJoin('survey_rounds as o', 'o.id', 'r.round_id')
    .select('r.id')
    .where('o.questionnaire_id', '=', questionnaireId)
    .where('o.deleted_at', 'is', null)
    .where('r.deleted_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function getQuestionnaire(db: Db, id: string): Promise<Questionnaire> {
  const row = await db
    .selectFrom('questionnaires')
    .select(['id', 'name', 'description', 'template_key as templateKey', 'collects_names', 'updated_at as updatedAt'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw questionnaireNotFound();
  const sections = await db
    .selectFrom('questionnaire_sections')
    .select(['id', 'position', 'title'])
    .where('questionnaire_id', '=', id)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const questions = Map.groupBy(await questionsOf(db, id), (q) => q.sectionId);
  const { collects_names, ...rest } = row;
  return {
    ...rest,
    collectsNames: collects_names === 1,
    sections: sections.map((s) => ({ ...s, questions: questions.get(s.id) ?? [] })),
    hasResponses: await hasResponses(db, id),
  };
}

export async function listQuestionnaires(db: Kysely<Database>): Promise<QuestionnaireSummary[]> {
  const rows = await db
    .selectFrom('questionnaires as q')
    .select([
      'q.id',
      'q.name',
      'q.description',
      'q.template_key as templateKey',
      'q.collects_names',
      'q.updated_at as updatedAt',
      sql<number>`(select count(*) from survey_questions x where x.questionnaire_id = q.id and x.deleted_at is null)`.as('questionCount'),
      sql<number>`(select count(*) from survey_rounds o where o.questionnaire_id = q.id and o.deleted_at is null)`.as('roundCount'),
      sql<number>`(select count(*) from survey_responses r join survey_rounds o on o.id = r.round_id
        where o.questionnaire_id = q.id and o.deleted_at is null and r.deleted_at is null)`.as('responseCount'),
    ])
    .where('q.deleted_at', 'is', null)
    .orderBy('q.name')
    .orderBy('q.id')
    .execute();
  return rows.map(({ collects_names, ...r }) => ({ ...r, collectsNames: collects_names === 1 }));
}

export function listTemplates(): SurveyTemplate[] {
  return surveyTemplates.map((t) => ({
    key: t.key,
    name: t.name,
    description: t.description,
    questionCount: t.sections.reduce((n, s) => n + s.questions.length, 0),
  }));
}

interface NewQuestionnaire {
  name: string;
  description: string | null;
  templateKey: Questionnaire['templateKey'];
  collectsNames: boolean;
  sections: readonly { title: string; questions: readonly TemplateQuestion[] }[];
}

/** Writes a whole questionnaire (from a template or a copy) in the caller's transaction. */
async function insertQuestionnaire(ctx: Pick<ServiceContext, 'clock'>, trx: Transaction<Database>, spec: NewQuestionnaire): Promise<string> {
  const now = ctx.clock.now().toISOString();
  const id = newId(ctx.clock);
  await trx
    .insertInto('questionnaires')
    .values({ id, name: spec.name, description: spec.description, template_key: spec.templateKey, collects_names: spec.collectsNames ? 1 : 0, created_at: now, updated_at: now, deleted_at: null })
    .execute();
  for (const [i, section] of spec.sections.entries()) {
    const sectionId = newId(ctx.clock);
    await trx
      .insertInto('questionnaire_sections')
      .values({ id: sectionId, questionnaire_id: id, position: i + 1, title: section.title, created_at: now, updated_at: now, deleted_at: null })
      .execute();
    for (const [j, q] of section.questions.entries()) {
      await trx
        .insertInto('survey_questions')
        .values({
          id: newId(ctx.clock),
          questionnaire_id: id,
          section_id: sectionId,
          position: j + 1,
          code: q.code,
          text: q.text,
          kind: q.kind,
          options: JSON.stringify(q.options ?? []),
          background: q.background ?? null,
          required: q.required ? 1 : 0,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .execute();
    }
  }
  return id;
}

export async function createQuestionnaire(ctx: ServiceContext, input: ParsedInputOf<'surveys.create'>): Promise<Questionnaire> {
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertQuestionnaire(ctx, trx, { ...input, templateKey: null, sections: [{ title: translate('surveys.defaults.sectionTitle'), questions: [] }] });
    return getQuestionnaire(trx, id);
  });
}

export async function createFromTemplate(ctx: Pick<ServiceContext, 'db' | 'clock'>, input: ParsedInputOf<'surveys.createFromTemplate'>): Promise<Questionnaire> {
  const spec = templateOf(input.templateKey);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertQuestionnaire(ctx, trx, { name: input.name ?? spec.name, description: spec.description, templateKey: spec.key, collectsNames: false, sections: spec.sections });
    return getQuestionnaire(trx, id);
  });
}

export async function copyQuestionnaire(ctx: ServiceContext, input: ParsedInputOf<'surveys.copy'>): Promise<Questionnaire> {
  return ctx.db.transaction().execute(async (trx) => {
    const source = await getQuestionnaire(trx, input.id);
    const id = await insertQuestionnaire(ctx, trx, {
      name: input.name ?? translate('surveys.defaults.copyName', { name: source.name }),
      description: source.description,
      templateKey: source.templateKey,
      collectsNames: source.collectsNames,
      sections: source.sections.map((s) => ({
        title: s.title,
        questions: s.questions.map((q) => ({ code: q.code, text: q.text, kind: q.kind, options: q.options, background: q.background ?? undefined, required: q.required })),
      })),
    });
    return getQuestionnaire(trx, id);
  });
}

export async function updateQuestionnaire(ctx: ServiceContext, input: ParsedInputOf<'surveys.update'>): Promise<Questionnaire> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const current = await getQuestionnaire(trx, input.id);
    // Answers given anonymously must not be joined later by answers with names, nor the reverse.
    if (current.hasResponses && current.collectsNames !== input.collectsNames) throw AppError.of('CONFLICT', 'surveys.errors.collectsNamesFixed');
    await trx
      .updateTable('questionnaires')
      .set({ name: input.name, description: input.description, collects_names: input.collectsNames ? 1 : 0, updated_at: now })
      .where('id', '=', input.id)
      .execute();
    return getQuestionnaire(trx, input.id);
  });
}

/** Soft-deletes the questionnaire and its rounds; their responses stay for sync but are no longer reachable. */
export async function removeQuestionnaire(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await getQuestionnaire(trx, id);
    await trx.updateTable('survey_rounds').set({ deleted_at: now, updated_at: now }).where('questionnaire_id', '=', id).where('deleted_at', 'is', null).execute();
    await trx.updateTable('questionnaires').set({ deleted_at: now, updated_at: now }).where('id', '=', id).execute();
  });
  return { id };
}

export async function saveSection(ctx: ServiceContext, input: ParsedInputOf<'surveys.saveSection'>): Promise<Questionnaire> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const q = await getQuestionnaire(trx, input.questionnaireId);
    if (input.id === undefined) {
      const position = input.position ?? q.sections.length + 1;
      await trx
        .insertInto('questionnaire_sections')
        .values({ id: newId(ctx.clock), questionnaire_id: q.id, position, title: input.title, created_at: now, updated_at: now, deleted_at: null })
        .execute();
    } else {
      const section = q.sections.find((s) => s.id === input.id);
      if (!section) throw AppError.of('NOT_FOUND', 'surveys.errors.sectionNotFound');
      await trx
        .updateTable('questionnaire_sections')
        .set({ title: input.title, position: input.position ?? section.position, updated_at: now })
        .where('id', '=', section.id)
        .execute();
    }
    return getQuestionnaire(trx, q.id);
  });
}

/** Removes a section with its questions; refused once answers exist (they would lose their question). */
export async function removeSection(ctx: ServiceContext, id: string): Promise<Questionnaire> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const section = await trx.selectFrom('questionnaire_sections').select(['questionnaire_id']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    if (!section) throw AppError.of('NOT_FOUND', 'surveys.errors.sectionNotFound');
    const q = await getQuestionnaire(trx, section.questionnaire_id);
    if (q.hasResponses) throw AppError.of('CONFLICT', 'surveys.errors.hasResponses');
    await trx.updateTable('survey_questions').set({ deleted_at: now, updated_at: now }).where('section_id', '=', id).where('deleted_at', 'is', null).execute();
    await trx.updateTable('questionnaire_sections').set({ deleted_at: now, updated_at: now }).where('id', '=', id).execute();
    return getQuestionnaire(trx, q.id);
  });
}

function checkQuestionShape(input: ParsedInputOf<'surveys.saveQuestion'>): void {
  const withOptions = input.kind === 'enval' || input.kind === 'flerval';
  if (withOptions && input.options.length < 2) throw AppError.invalidField('options', 'surveys.errors.optionsNeeded');
  if (!withOptions && input.options.length > 0) throw AppError.invalidField('options', 'surveys.errors.optionsNotAllowed');
  if (new Set(input.options.map((o) => o.toLocaleLowerCase('sv'))).size !== input.options.length) throw AppError.invalidField('options', 'surveys.errors.optionsTwice');
  if (input.background === 'lan' && input.kind !== 'enval') throw AppError.invalidField('kind', 'surveys.errors.backgroundKind');
  if ((input.background === 'kommun' || input.background === 'roll') && input.kind !== 'enval' && input.kind !== 'fritext') {
    throw AppError.invalidField('kind', 'surveys.errors.backgroundKind');
  }
}

export async function saveQuestion(ctx: ServiceContext, input: ParsedInputOf<'surveys.saveQuestion'>): Promise<Questionnaire> {
  checkQuestionShape(input);
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const q = await getQuestionnaire(trx, input.questionnaireId);
    const section = q.sections.find((s) => s.id === input.sectionId);
    if (!section) throw AppError.of('NOT_FOUND', 'surveys.errors.sectionNotFound');
    const all = q.sections.flatMap((s) => s.questions);
    if (all.some((x) => x.id !== input.id && x.code.toLocaleLowerCase('sv') === input.code.toLocaleLowerCase('sv'))) {
      throw AppError.invalidField('code', 'surveys.errors.codeTaken', { code: input.code });
    }
    if (input.background && all.some((x) => x.id !== input.id && x.background === input.background)) {
      throw AppError.invalidField('background', 'surveys.errors.backgroundTwice');
    }
    const options = JSON.stringify(input.options);
    if (input.id === undefined) {
      if (q.hasResponses && input.required) throw AppError.of('CONFLICT', 'surveys.errors.requiredAfterResponses');
      await trx
        .insertInto('survey_questions')
        .values({
          id: newId(ctx.clock),
          questionnaire_id: q.id,
          section_id: section.id,
          position: input.position ?? section.questions.length + 1,
          code: input.code,
          text: input.text,
          kind: input.kind,
          options,
          background: input.background,
          required: input.required ? 1 : 0,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .execute();
    } else {
      const current = all.find((x) => x.id === input.id);
      if (!current) throw AppError.of('NOT_FOUND', 'surveys.errors.questionNotFound');
      const changesMeaning = current.kind !== input.kind || JSON.stringify(current.options) !== options || current.background !== input.background;
      if (q.hasResponses && changesMeaning) throw AppError.of('CONFLICT', 'surveys.errors.kindFixed');
      await trx
        .updateTable('survey_questions')
        .set({
          section_id: section.id,
          position: input.position ?? (current.sectionId === section.id ? current.position : section.questions.length + 1),
          code: input.code,
          text: input.text,
          kind: input.kind,
          options,
          background: input.background,
          required: input.required ? 1 : 0,
          updated_at: now,
        })
        .where('id', '=', current.id)
        .execute();
    }
    return getQuestionnaire(trx, q.id);
  });
}

export async function removeQuestion(ctx: ServiceContext, id: string): Promise<Questionnaire> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const question = await trx.selectFrom('survey_questions').select(['questionnaire_id']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    if (!question) throw AppError.of('NOT_FOUND', 'surveys.errors.questionNotFound');
    const q = await getQuestionnaire(trx, question.questionnaire_id);
    if (q.hasResponses) throw AppError.of('CONFLICT', 'surveys.errors.hasResponses');
    await trx.updateTable('survey_questions').set({ deleted_at: now, updated_at: now }).where('id', '=', id).execute();
    return getQuestionnaire(trx, q.id);
  });
}
