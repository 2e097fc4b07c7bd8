import { Faker, base, sv } from '@faker-js/faker';
import { sql } from 'kysely';
import type { ServiceContext } from '../context';
import { templateSteps } from '../follow-up/templates';
import { newId } from '../ids';

/*
 * The demo's follow-up of its trainings and one development process: every
 * participant of a lecture series held by the view date has a follow-up,
 * most with the expected benefit and how it is spread written in before,
 * the feedback at APT three to eight weeks after their session — genomförd when
 * that day has passed, planerad otherwise. Falun's library is under way
 * with the Digital målbild process: three steps klar, the fourth running.
 */
const followUpSeed = 2012_10;

const benefits = [
  'Bättre stöd till låntagare som vill låna e-böcker',
  'Fler sätt att nå unga vuxna som inte besöker biblioteket',
  'Tryggare bemötande i svåra samtal vid disken',
  'Att kunna visa skolklasser hur man söker och värderar källor',
  'En gemensam syn på bibliotekets pedagogiska roll',
  'Idéer till programverksamhet för nya målgrupper',
];
const sharing = [
  'Berättar om föreläsningen på nästa APT',
  'Gör en lathund till kollegorna',
  'Visar ett exempel på arbetsplatsträffen och leder en diskussion',
  'Tar upp det i arbetsgruppen och skriver en kort sammanfattning',
  'Bjuder in kollegorna till en halvtimmes genomgång',
];

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function fillDemoFollowUp(ctx: Pick<ServiceContext, 'db' | 'clock'>, viewDate: string): Promise<void> {
  const { db, clock } = ctx;
  const faker = new Faker({ locale: [sv, base], seed: followUpSeed });
  const now = clock.now().toISOString();
  // Each participant once per held activity, with the day they attended (their last session), in a stable order.
  const registered = await db
    .selectFrom('attendance as t')
    .innerJoin('activity_sessions as s', 's.id', 't.session_id')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .innerJoin('participants as p', 'p.id', 't.participant_id')
    .select((eb) => ['a.id as activityId', 'p.id as participantId', eb.fn.max('s.date').as('attended')])
    .where('t.deleted_at', 'is', null)
    .where('s.deleted_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .where('a.kind', '!=', 'swot_dag')
    .where('a.id', 'in', (eb) => eb.selectFrom('activity_sessions').select('activity_id').where('deleted_at', 'is', null).groupBy('activity_id').having((h) => h.fn.max('date'), '<=', viewDate))
    .groupBy(['a.id', 'p.id'])
    .orderBy(sql`min(s.rowid)`)
    .orderBy(sql`p.rowid`)
    .execute();

  await db.transaction().execute(async (trx) => {
    for (const r of registered) {
      const filledBefore = faker.number.float() < 0.85;
      const taskDate = addDays(r.attended, faker.number.int({ min: 21, max: 56 }));
      await trx
        .insertInto('training_follow_ups')
        .values({
          id: newId(clock),
          activity_id: r.activityId,
          participant_id: r.participantId,
          expected_benefit: filledBefore ? faker.helpers.arrayElement(benefits) : null,
          sharing_plan: filledBefore ? faker.helpers.arrayElement(sharing) : null,
          task_kind: 'apt',
          task_date: taskDate,
          responsible: faker.helpers.arrayElement(['Bibliotekschefen', 'Enhetschefen', null]),
          status: taskDate <= viewDate ? 'genomford' : 'planerad',
          note: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .execute();
    }

    const processId = newId(clock);
    await trx
      .insertInto('development_processes')
      .values({ id: processId, municipality_code: '2080', name: 'Digital målbild för Falu bibliotek', template_key: 'digital_malbild', started_on: '2012-08-20', created_at: now, updated_at: now, deleted_at: null })
      .execute();
    const owners = ['Bibliotekschefen', 'Länsbiblioteket', 'Arbetsgruppen'];
    for (const [i, title] of templateSteps('digital_malbild').entries()) {
      await trx
        .insertInto('development_process_steps')
        .values({
          id: newId(clock),
          process_id: processId,
          position: i + 1,
          title,
          owner: owners[i % owners.length]!,
          // A step a month from September 2012; the first three are behind, the fourth under way at the view date.
          due_date: addDays('2012-09-10', i * 30),
          status: i < 3 ? 'klar' : i === 3 ? 'pagar' : 'ej_paborjad',
          note: i === 3 ? 'Dialog på APT i oktober och november' : null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .execute();
    }
  });
}
