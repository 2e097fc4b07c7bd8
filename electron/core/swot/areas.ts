import type { Kysely, Selectable } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { CompetenceArea } from '../../../shared/domain/swot';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import type { CompetenceAreaTable, Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
type AreaRow = Pick<Selectable<CompetenceAreaTable>, (typeof columns)[number]>;

function toArea(row: AreaRow): CompetenceArea {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    isTrack: row.is_track === 1,
    keywords: JSON.parse(row.keywords) as string[],
    sortOrder: row.sort_order,
  };
}

const columns = ['id', 'name', 'description', 'is_track', 'keywords', 'sort_order'] as const;

export async function listAreas(db: Kysely<Database>): Promise<CompetenceArea[]> {
  const rows = await db.selectFrom('competence_areas').select(columns).where('deleted_at', 'is', null).orderBy('sort_order').orderBy('name').execute();
  return rows.map(toArea);
}

async function assertNameFree(db: Kysely<Database>, name: string, exceptId?: string): Promise<void> {
  const clash = await db
    .selectFrom('competence_areas')
    .select('id')
    .where('deleted_at', 'is', null)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLocaleLowerCase('sv-SE')))
    .executeTakeFirst();
  if (clash && clash.id !== exceptId) {
    throw AppError.of('VALIDATION', 'areas.nameTaken', undefined, { name: translate('areas.nameTaken') });
  }
}

export async function createArea(ctx: ServiceContext, input: ParsedInputOf<'areas.create'>): Promise<CompetenceArea> {
  const now = ctx.clock.now().toISOString();
  const id = newId(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await assertNameFree(trx, input.name);
    const last = await trx.selectFrom('competence_areas').select((s) => s.fn.max('sort_order').as('max')).executeTakeFirst();
    await trx
      .insertInto('competence_areas')
      .values({
        id,
        name: input.name,
        description: input.description,
        is_track: input.isTrack ? 1 : 0,
        keywords: JSON.stringify(input.keywords),
        sort_order: (last?.max ?? 0) + 1,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
  });
  return getArea(ctx.db, id);
}

export async function getArea(db: Kysely<Database>, id: string): Promise<CompetenceArea> {
  const row = await db.selectFrom('competence_areas').select(columns).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw notFound();
  return toArea(row);
}

export async function updateArea(ctx: ServiceContext, input: ParsedInputOf<'areas.update'>): Promise<CompetenceArea> {
  await ctx.db.transaction().execute(async (trx) => {
    await getArea(trx, input.id);
    await assertNameFree(trx, input.name, input.id);
    await trx
      .updateTable('competence_areas')
      .set({
        name: input.name,
        description: input.description,
        is_track: input.isTrack ? 1 : 0,
        keywords: JSON.stringify(input.keywords),
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', input.id)
      .execute();
  });
  return getArea(ctx.db, input.id);
}

/** Soft delete: notes keep the id, and views skip areas that no longer exist. */
export async function deleteArea(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  await softDelete(ctx.db, 'competence_areas', id, ctx.clock.now().toISOString());
  return { id };
}
