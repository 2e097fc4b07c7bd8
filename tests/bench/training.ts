import type BetterSqlite3 from 'better-sqlite3';
import { Faker, base, sv } from '@faker-js/faker';
import type { Clock } from '../../electron/core/clock';
import { newId } from '../../electron/core/ids';
import { validPersonnummer } from '../helpers/training';
import type { Scale } from './datasets';

/** Participants and attendance rows per scale: KUB's 750 staff, and the national roll-out of the issue. */
export const trainingScales: Record<Scale, { participants: number; activities: number; sessionsPerActivity: number; attendance: number; largeActivity: number }> = {
  kub: { participants: 750, activities: 40, sessionsPerActivity: 3, attendance: 15_000, largeActivity: 0 },
  // Plus one lecture series of two sessions that 5 000 participants attend: the attendance grid's worst case.
  national: { participants: 50_000, activities: 400, sessionsPerActivity: 5, attendance: 1_000_000, largeActivity: 5_000 },
};

/** The name of the national dataset's largest activity, for the cases that open its grid. */
export const largeActivityName = 'Föreläsningsserie för alla (5 000 deltagare)';

const trainingSeed = 2013;

/** A valid personnummer per index: birth dates spread over 1950–1989, serials over the index. */
export function benchPersonnummer(i: number): string {
  const year = 1950 + (i % 40);
  const month = 1 + (Math.floor(i / 40) % 12);
  const day = 1 + (Math.floor(i / 480) % 28);
  const serial = 100 + (Math.floor(i / 13_440) % 800);
  return validPersonnummer(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, serial);
}

/**
 * Participants, activities with sessions spread over the implementation
 * phase, and attendance: each session gets a contiguous block of participants
 * so the (session, participant) pairs are unique without bookkeeping.
 */
export function insertTraining(sqlite: BetterSqlite3.Database, scale: Scale, clock: Clock): void {
  const spec = trainingScales[scale];
  const faker = new Faker({ locale: [sv, base], seed: trainingSeed });
  const now = clock.now().toISOString();
  const municipalities = (sqlite.prepare('select code from municipalities order by code').pluck().all() as string[]);
  const tracks = sqlite.prepare('select id from competence_areas where is_track = 1 order by sort_order').pluck().all() as string[];

  const participant = sqlite.prepare(
    `insert into participants (id, first_name, last_name, gender, birth_year, personnummer, municipality_code, role, employment_rate, monthly_salary, start_date, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, 'Bibliotekarie', ?, ?, '2012-09-01', ?, ?)`,
  );
  const activity = sqlite.prepare(
    `insert into activities (id, name, kind, track_id, status, created_at, updated_at) values (?, ?, 'forelasning', ?, 'genomford', ?, ?)`,
  );
  const session = sqlite.prepare(
    `insert into activity_sessions (id, activity_id, date, start_time, end_time, place, municipality_code, created_at, updated_at)
     values (?, ?, ?, '09:00', '12:00', ?, ?, ?, ?)`,
  );
  const attendance = sqlite.prepare(`insert into attendance (id, session_id, participant_id, hours, created_at, updated_at) values (?, ?, ?, 3, ?, ?)`);

  sqlite.transaction(() => {
    const participantIds: string[] = [];
    for (let i = 0; i < spec.participants; i++) {
      const pn = benchPersonnummer(i);
      const id = newId(clock);
      participantIds.push(id);
      participant.run(
        id,
        faker.person.firstName(),
        faker.person.lastName(),
        i % 4 === 0 ? 'man' : 'kvinna',
        Number(pn.slice(0, 4)),
        pn,
        municipalities[i % municipalities.length]!,
        50 + (i % 51),
        24_000 + (i % 40) * 250,
        now,
        now,
      );
    }
    const sessionIds: string[] = [];
    const start = Date.UTC(2012, 8, 3);
    for (let a = 0; a < spec.activities; a++) {
      const activityId = newId(clock);
      activity.run(activityId, `Aktivitet ${a + 1}`, tracks[a % tracks.length]!, now, now);
      for (let s = 0; s < spec.sessionsPerActivity; s++) {
        const date = new Date(start + ((a * 3 + s * 7) % 640) * 86_400_000).toISOString().slice(0, 10);
        const code = municipalities[(a + s) % municipalities.length]!;
        const id = newId(clock);
        sessionIds.push(id);
        session.run(id, activityId, date, `Bibliotek ${code}`, code, now, now);
      }
    }
    if (spec.largeActivity > 0) {
      const activityId = newId(clock);
      activity.run(activityId, largeActivityName, tracks[0]!, now, now);
      for (const date of ['2013-03-12', '2013-03-19']) {
        const sessionId = newId(clock);
        session.run(sessionId, activityId, date, 'Digitalt', municipalities[0]!, now, now);
        for (let k = 0; k < spec.largeActivity; k++) attendance.run(newId(clock), sessionId, participantIds[k]!, now, now);
      }
    }
    const perSession = Math.ceil(spec.attendance / sessionIds.length);
    let written = 0;
    for (let s = 0; s < sessionIds.length && written < spec.attendance; s++) {
      const offset = (s * 997) % participantIds.length;
      for (let k = 0; k < perSession && written < spec.attendance; k++) {
        attendance.run(newId(clock), sessionIds[s]!, participantIds[(offset + k) % participantIds.length]!, now, now);
        written++;
      }
    }
  })();
}
