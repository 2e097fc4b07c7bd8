import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { TheoryLinkOption } from '../../../shared/domain/change-theory';
import { indicatorCodes } from '../../../shared/domain/eu-indicators';
import { anyContains, sortKey } from '../db/list-search';
import type { Database } from '../db/schema';
import { indicatorLabel, questionLabel } from './theory';

/* What a box can name as its evidence, found by a search: activities and questions are many at national scale, so at most 20 come back. */

const limit = 20;

export async function linkOptions(db: Kysely<Database>, input: ParsedInputOf<'changeTheory.linkOptions'>): Promise<TheoryLinkOption[]> {
  const search = input.search;
  switch (input.kind) {
    case 'indicator': {
      const words = search.toLocaleLowerCase('sv-SE');
      return indicatorCodes
        .map((code) => ({ kind: 'indicator' as const, targetId: code, label: indicatorLabel(code) }))
        .filter((o) => o.label.toLocaleLowerCase('sv-SE').includes(words))
        .slice(0, limit);
    }
    case 'activity': {
      let q = db.selectFrom('activities').select(['id', 'name']).where('deleted_at', 'is', null);
      if (search) q = q.where((eb) => anyContains(eb, ['name'], search));
      const rows = await q.orderBy(sortKey('name')).orderBy('id').limit(limit).execute();
      return rows.map((r) => ({ kind: 'activity', targetId: r.id, label: r.name }));
    }
    case 'question': {
      let q = db
        .selectFrom('survey_questions as q')
        .innerJoin('questionnaires as qn', 'qn.id', 'q.questionnaire_id')
        .select(['q.id', 'q.code', 'q.text', 'qn.name as questionnaire'])
        .where('q.deleted_at', 'is', null)
        .where('qn.deleted_at', 'is', null);
      if (search) q = q.where((eb) => anyContains(eb, ['q.code', 'q.text', 'qn.name'], search));
      const rows = await q.orderBy(sortKey('qn.name')).orderBy('q.questionnaire_id').orderBy('q.position').orderBy('q.id').limit(limit).execute();
      return rows.map((r) => ({ kind: 'question', targetId: r.id, label: questionLabel(r) }));
    }
  }
}
