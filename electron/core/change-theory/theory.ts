import type { Kysely } from 'kysely';
import { translate } from '../../../shared/i18n';
import { theoryLevels, type ChangeTheory, type TheoryBox, type TheoryLevel, type TheoryLink, type TheoryLinkKind } from '../../../shared/domain/change-theory';
import { indicatorCodes, type IndicatorCode } from '../../../shared/domain/eu-indicators';
import type { Database } from '../db/schema';

/*
 * The theory of change as read: the live boxes of each level in their
 * order, each with its live links and what the target is called now (its
 * title, name, code and text read at every get, so a renamed activity shows
 * its new name). A target deleted since reads "(borttagen)" after its old
 * name, so the gap shows instead of vanishing.
 */

type Db = Kysely<Database>;

export const levelIndex = (level: TheoryLevel) => theoryLevels.indexOf(level);
/** The level a box's arrows point to; the long-term effects point nowhere. */
export const nextLevel = (level: TheoryLevel): TheoryLevel | null => theoryLevels[levelIndex(level) + 1] ?? null;

export const isIndicatorCode = (code: string): code is IndicatorCode => (indicatorCodes as readonly string[]).includes(code);
export const indicatorLabel = (code: IndicatorCode) => `${code} ${translate(`euIndicators.codes.${code}`)}`;
export const questionLabel = (q: { code: string; text: string; questionnaire: string }) => `${q.code} ${q.text} (${q.questionnaire})`;

const deleted = (name: string | null) => (name ? `${name} ${translate('changeTheory.deleted')}` : translate('changeTheory.deleted'));

/** Every live box, by level and position (ties, from two laptops adding at once, by id so every reader agrees). */
export async function liveBoxes(db: Db) {
  const rows = await db
    .selectFrom('change_theory_boxes')
    .select(['id', 'level', 'position', 'title', 'description', 'updated_at as updatedAt'])
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.sort((a, b) => levelIndex(a.level) - levelIndex(b.level));
}

async function liveLinks(db: Db): Promise<(TheoryLink & { boxId: string })[]> {
  const rows = await db
    .selectFrom('change_theory_links as l')
    .innerJoin('change_theory_boxes as b', (j) => j.onRef('b.id', '=', 'l.box_id').on('b.deleted_at', 'is', null))
    .leftJoin('change_theory_boxes as tb', (j) => j.onRef('tb.id', '=', 'l.target_id').on('l.target_kind', '=', 'box'))
    .leftJoin('activities as a', (j) => j.onRef('a.id', '=', 'l.target_id').on('l.target_kind', '=', 'activity'))
    .leftJoin('survey_questions as q', (j) => j.onRef('q.id', '=', 'l.target_id').on('l.target_kind', '=', 'question'))
    .leftJoin('questionnaires as qn', 'qn.id', 'q.questionnaire_id')
    .select([
      'l.box_id as boxId',
      'l.target_kind as kind',
      'l.target_id as targetId',
      'tb.title as boxTitle',
      'tb.deleted_at as boxDeleted',
      'a.name as activityName',
      'a.deleted_at as activityDeleted',
      'q.code as questionCode',
      'q.text as questionText',
      'q.deleted_at as questionDeleted',
      'qn.name as questionnaireName',
      'qn.deleted_at as questionnaireDeleted',
    ])
    .where('l.deleted_at', 'is', null)
    .orderBy('l.target_kind')
    .orderBy('l.created_at')
    .orderBy('l.id')
    .execute();
  return rows.map((r) => {
    const label = (() => {
      switch (r.kind) {
        case 'box':
          return r.boxTitle !== null && r.boxDeleted === null ? r.boxTitle : deleted(r.boxTitle);
        case 'activity':
          return r.activityName !== null && r.activityDeleted === null ? r.activityName : deleted(r.activityName);
        case 'indicator':
          return isIndicatorCode(r.targetId) ? indicatorLabel(r.targetId) : deleted(r.targetId);
        case 'question': {
          if (r.questionCode === null || r.questionText === null) return deleted(null);
          const name = questionLabel({ code: r.questionCode, text: r.questionText, questionnaire: r.questionnaireName ?? '' });
          return r.questionDeleted === null && r.questionnaireDeleted === null ? name : deleted(name);
        }
      }
    })();
    return { boxId: r.boxId, kind: r.kind, targetId: r.targetId, label };
  });
}

const kindOrder: Record<TheoryLinkKind, number> = { box: 0, activity: 1, indicator: 2, question: 3 };
const collator = new Intl.Collator('sv');

/** A box's links by kind; arrows in the order of their target boxes, indicators as the regulation lists them, the rest by name. */
export async function getChangeTheory(db: Db): Promise<ChangeTheory> {
  const [boxes, links] = await Promise.all([liveBoxes(db), liveLinks(db)]);
  const byBox = Map.groupBy(links, (l) => l.boxId);
  const boxOrder = new Map(boxes.map((b, i) => [b.id, i]));
  const rank = (l: TheoryLink) => (l.kind === 'box' ? (boxOrder.get(l.targetId) ?? boxes.length) : l.kind === 'indicator' ? indicatorCodes.indexOf(l.targetId as IndicatorCode) : 0);
  const order = (x: TheoryLink, y: TheoryLink) => kindOrder[x.kind] - kindOrder[y.kind] || rank(x) - rank(y) || collator.compare(x.label, y.label);
  return {
    boxes: boxes.map(
      (b): TheoryBox => ({
        ...b,
        links: (byBox.get(b.id) ?? []).map(({ kind, targetId, label }) => ({ kind, targetId, label })).sort(order),
      }),
    ),
  };
}
