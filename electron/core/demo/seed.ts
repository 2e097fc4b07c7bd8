import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { generateLibraries } from './generate';
import { fillDemoTours } from './tours';
import { fillDemoTraining } from './training';
import { fillDemoEsf } from './esf';
import { fillDemoSwot } from './swot';
import { fillDemoFollowUp } from './follow-up';
import { fillDemoSurveys } from './surveys';
import { setViewDate } from '../project/view-date';

/** About 750 staff, as in the real KUB project. */
export const demoStaffTotal = 750;

/**
 * The day the demo is shown as of ("Visa läget per"): mid-October 2012, the
 * mobilisation over, the first lecture series running and the 2012 Q3
 * lägesrapport due at the end of the month. Without it a 2012–2014 project
 * viewed today would be 100 % done with nothing ahead.
 */
export const demoViewDate = '2012-10-15';

/**
 * Fills an empty project with synthetic libraries and contacts for all
 * municipalities, tours with visits in three counties, the SWOT days of the
 * held visits with their notes and the plans made from them, the
 * implementation phase's participants, activities and attendance, the
 * money, the follow-up of the trainings, and a before and an after round of
 * the lärande organisation survey; the pages are shown as of
 * {@link demoViewDate}. Does nothing (returns false) if anything was entered
 * already.
 */
export async function fillDemoProject(ctx: Pick<ServiceContext, 'db' | 'clock' | 'statements'>): Promise<boolean> {
  const { db, clock } = ctx;
  const existing = await db
    .selectFrom('library_units')
    .select((s) => s.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const existingContacts = await db
    .selectFrom('contacts')
    .select((s) => s.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (existing.n > 0 || existingContacts.n > 0) return false;

  const municipalities = await db.selectFrom('municipalities').select(['code', 'name', 'seat']).orderBy('code').execute();
  const { units, contacts } = generateLibraries(municipalities, demoStaffTotal, 2012);
  const now = clock.now().toISOString();

  await db.transaction().execute(async (trx) => {
    const unitIds = units.map(() => newId(clock));
    for (const [i, u] of units.entries()) {
      await trx
        .insertInto('library_units')
        .values({
          id: unitIds[i]!,
          municipality_code: u.municipalityCode,
          name: u.name,
          kind: u.kind,
          street_address: u.streetAddress,
          postal_code: u.postalCode,
          city: u.city,
          staff_count: u.staffCount,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .execute();
    }
    for (const c of contacts) {
      await trx
        .insertInto('contacts')
        .values({
          id: newId(clock),
          municipality_code: c.municipalityCode,
          library_unit_id: c.unitIndex === null ? null : unitIds[c.unitIndex]!,
          name: c.name,
          role: c.role,
          email: c.email,
          phone: c.phone,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .execute();
    }
  });
  await fillDemoTours(ctx);
  await fillDemoTraining(ctx);
  await fillDemoEsf(ctx);
  // After the training: plan needs in a track are linked to that track's lecture series.
  await fillDemoSwot(ctx);
  await fillDemoFollowUp(ctx, demoViewDate);
  await fillDemoSurveys(ctx);
  await setViewDate(ctx, demoViewDate);
  return true;
}
