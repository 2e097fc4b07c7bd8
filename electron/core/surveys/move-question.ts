import type { ParsedInputOf } from '../../../shared/contract';
import type { Questionnaire } from '../../../shared/domain/surveys';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { getQuestionnaire } from './questionnaires';

/**
 * A question one place up or down in its section, as one write: the
 * section's questions are numbered 1…n in the new order, so equal positions
 * (two peers' questions added at once) come out in a clear order too. Only
 * the rows whose position changes are written. Moving is allowed after
 * responses: the order of a form changes no answer.
 */
export async function moveQuestion(ctx: ServiceContext, input: ParsedInputOf<'surveys.moveQuestion'>): Promise<Questionnaire> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('survey_questions').select(['questionnaire_id']).where('id', '=', input.id).where('deleted_at', 'is', null).executeTakeFirst();
    if (!row) throw AppError.of('NOT_FOUND', 'surveys.errors.questionNotFound');
    const questionnaire = await getQuestionnaire(trx, row.questionnaire_id);
    const section = questionnaire.sections.find((s) => s.questions.some((q) => q.id === input.id))!;
    const order = section.questions.map((q) => q.id);
    const at = order.indexOf(input.id);
    const to = input.direction === 'upp' ? at - 1 : at + 1;
    // At the edge nothing moves, but equal positions are still numbered apart.
    if (to >= 0 && to < order.length) [order[at], order[to]] = [order[to]!, order[at]!];
    const positionOf = new Map(section.questions.map((q) => [q.id, q.position]));
    const changed = order.filter((id, i) => positionOf.get(id) !== i + 1);
    for (const id of changed) await trx.updateTable('survey_questions').set({ position: order.indexOf(id) + 1, updated_at: now }).where('id', '=', id).execute();
    return changed.length === 0 ? questionnaire : getQuestionnaire(trx, questionnaire.id);
  });
}
