import { Faker, base, sv } from '@faker-js/faker';
import type { ServiceContext } from '../context';
import { newId } from '../ids';

/*
 * The implementation phase of the demo project: a participant for about every
 * member of staff, the five tracks as lecture series each given in three
 * places, a study trip and a seminar, and attendance at every session. No
 * personnummer: made-up people get no real-looking identity numbers.
 */
const trainingSeed = 2012_09;

const series = [
  { track: '01890000-0000-7000-8000-000000000001', name: 'Lärande: bibliotekets pedagogiska roll', month: 9 },
  { track: '01890000-0000-7000-8000-000000000002', name: 'Marknadsföring: nå nya målgrupper', month: 10 },
  { track: '01890000-0000-7000-8000-000000000003', name: 'Bemötande: möten över disk och nät', month: 11 },
  { track: '01890000-0000-7000-8000-000000000004', name: 'IT: e-böcker och surfplattor', month: 2 },
  { track: '01890000-0000-7000-8000-000000000005', name: 'Ledarskap: leda i förändring', month: 3 },
] as const;

/** Each lecture is given in three county-library towns, a week apart. */
const places = [
  { code: '2080', place: 'Dalarnas länsbibliotek, Falun' },
  { code: '2180', place: 'Gävle stadsbibliotek' },
  { code: '1780', place: 'Karlstads stadsbibliotek' },
  { code: '0380', place: 'Uppsala stadsbibliotek' },
] as const;

export async function fillDemoTraining(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<void> {
  const { db, clock } = ctx;
  const faker = new Faker({ locale: [sv, base], seed: trainingSeed });
  const now = clock.now().toISOString();
  const units = await db
    .selectFrom('library_units as u')
    .innerJoin('municipalities as m', 'm.code', 'u.municipality_code')
    .select(['u.id', 'u.municipality_code as code', 'u.staff_count as staff', 'm.county_code as county'])
    .where('u.deleted_at', 'is', null)
    .orderBy('u.municipality_code')
    .orderBy('u.name')
    .execute();

  await db.transaction().execute(async (trx) => {
    const people: { id: string; county: string }[] = [];
    for (const unit of units) {
      for (let i = 0; i < (unit.staff ?? 0); i++) {
        const woman = faker.number.float() < 0.82;
        const id = newId(clock);
        people.push({ id, county: unit.county });
        await trx
          .insertInto('participants')
          .values({
            id,
            first_name: faker.person.firstName(woman ? 'female' : 'male'),
            last_name: faker.person.lastName(),
            gender: woman ? 'kvinna' : 'man',
            birth_year: faker.number.int({ min: 1950, max: 1988 }),
            personnummer: null,
            municipality_code: unit.code,
            library_unit_id: unit.id,
            role: faker.helpers.arrayElement(['Bibliotekarie', 'Bibliotekarie', 'Biblioteksassistent', 'Bibliotekschef']),
            employment_rate: faker.helpers.arrayElement([75, 80, 100, 100, 100]),
            monthly_salary: faker.number.int({ min: 96, max: 136 }) * 250,
            start_date: '2012-09-01',
            end_date: null,
            erased_at: null,
            created_at: now,
            updated_at: now,
            deleted_at: null,
          })
          .execute();
      }
    }

    for (const [n, s] of series.entries()) {
      const year = s.month >= 9 ? 2012 : 2013;
      const activityId = newId(clock);
      await trx
        .insertInto('activities')
        .values({
          id: activityId,
          name: s.name,
          kind: 'forelasning',
          track_id: s.track,
          area_ids: '[]',
          provider: faker.helpers.arrayElement(['Länsbiblioteket', 'Högskolan i Borås', 'Folkbildningsförbundet']),
          cost_ore: faker.number.int({ min: 20, max: 60 }) * 1_000_00,
          capacity: 60,
          status: 'genomford',
          description: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .execute();
      for (const [k, p] of places.entries()) {
        const day = 4 + k * 7 + n;
        const date = `${year}-${String(s.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const sessionId = newId(clock);
        await trx
          .insertInto('activity_sessions')
          .values({ id: sessionId, activity_id: activityId, date, start_time: '09:30', end_time: '15:30', place: p.place, municipality_code: p.code, created_at: now, updated_at: now, deleted_at: null })
          .execute();
        const county = p.code.slice(0, 2);
        const local = people.filter((x) => x.county === county);
        for (const person of faker.helpers.arrayElements(local, { min: 15, max: Math.min(40, local.length) })) {
          await trx
            .insertInto('attendance')
            .values({ id: newId(clock), session_id: sessionId, participant_id: person.id, hours: faker.helpers.arrayElement([6, 6, 6, 5.5, 4]), created_at: now, updated_at: now, deleted_at: null })
            .execute();
        }
      }
    }
  });
}
