import Personnummer from 'personnummer';
import type { InputOf } from '../../shared/contract';
import { callOk, type TestProject } from './db';

/** A valid personnummer for a birth date and serial: the check digit is computed, as Skatteverket does. */
export function validPersonnummer(date: string, serial: number): string {
  const base = `${date.replace(/-/g, '').slice(2)}${String(serial).padStart(3, '0')}`;
  for (let check = 0; check <= 9; check++) {
    const candidate = `${date.replace(/-/g, '')}${String(serial).padStart(3, '0')}${check}`;
    if (Personnummer.valid(candidate)) return candidate;
  }
  throw new Error(`no check digit for ${base}`);
}

export function participantInput(overrides: Partial<InputOf<'participants.create'>> = {}): InputOf<'participants.create'> {
  return {
    firstName: 'Anna',
    lastName: 'Andersson',
    gender: 'kvinna',
    municipalityCode: '2080',
    startDate: '2012-09-01',
    ...overrides,
  };
}

/** An activity with sessions in Falun and Mora, for attendance tests. */
export async function lectureWithTwoSessions(project: TestProject) {
  return callOk(project.dispatch, 'activities.create', {
    name: 'IT-spåret: e-böcker',
    kind: 'forelasning',
    status: 'planerad',
    sessions: [
      { date: '2012-10-02', startTime: '09:00', endTime: '12:00', place: 'Falu stadsbibliotek', municipalityCode: '2080' },
      { date: '2012-11-06', startTime: '13:00', endTime: '16:30', place: 'Mora bibliotek', municipalityCode: '2062' },
    ],
  });
}
