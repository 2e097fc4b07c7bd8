import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { projectTextKeys, type ProjectTextKey } from '../../../shared/domain/esf';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { newId } from '../ids';

/** The slutrapport's texts for the whole project, one per heading of ESF-rådet's guidance. */
export async function projectTexts(db: Kysely<Database>): Promise<Record<ProjectTextKey, string>> {
  const rows = await db.selectFrom('project_texts').select(['key', 'text']).where('deleted_at', 'is', null).execute();
  return Object.fromEntries(projectTextKeys.map((k) => [k, rows.find((r) => r.key === k)?.text ?? ''])) as Record<ProjectTextKey, string>;
}

export async function saveProjectText(ctx: ServiceContext, input: ParsedInputOf<'projectTexts.save'>): Promise<Record<ProjectTextKey, string>> {
  const now = ctx.clock.now().toISOString();
  await ctx.db
    .insertInto('project_texts')
    .values({ id: newId(ctx.clock), key: input.key, text: input.text, created_at: now, updated_at: now, deleted_at: null })
    .onConflict((oc) => oc.column('key').doUpdateSet({ text: input.text, updated_at: now, deleted_at: null }))
    .execute();
  return projectTexts(ctx.db);
}
