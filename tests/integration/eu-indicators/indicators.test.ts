import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { naturalId } from '../../../electron/core/ids';
import type { InputOf } from '../../../shared/contract';
import type { IndicatorCount } from '../../../shared/domain/eu-indicators';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { participantInput } from '../../helpers/training';

/* The EU common indicators (ESF+, Regulation (EU) 2021/1057 Annex I): a participant's answers, and the counts per period. */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const unknownId = '01900000-0000-7000-8000-000000000000';
const blank = { employmentStatus: null, iscedLevel: null, exitSituation: null, employedAfterSixMonths: null };
type Answers = Omit<InputOf<'euIndicators.set'>, 'participantId'>;

async function person(overrides: Partial<InputOf<'participants.create'>>, answers?: Partial<Answers>) {
  const p = await callOk(project.dispatch, 'participants.create', participantInput(overrides));
  if (answers) await callOk(project.dispatch, 'euIndicators.set', { participantId: p.id, ...blank, ...answers });
  return p;
}

/** One session a month from June to October 2012; `attend` gives each participant the months (1-based index into the list) they came. */
async function attend(who: Record<string, readonly string[]>) {
  const months = ['2012-06', '2012-07', '2012-08', '2012-09', '2012-10'];
  const activity = await callOk(project.dispatch, 'activities.create', {
    name: 'Läsfrämjande för vuxna',
    kind: 'kurs',
    status: 'genomford',
    sessions: months.map((m) => ({ date: `${m}-12`, startTime: '09:00', endTime: '12:00', place: 'Falu stadsbibliotek', municipalityCode: '2080' })),
  });
  const sessionOf = new Map(months.map((m, i) => [m, activity.sessions[i]!.id]));
  await callOk(project.dispatch, 'attendance.save', {
    activityId: activity.id,
    cells: Object.entries(who).flatMap(([participantId, ms]) => ms.map((m) => ({ sessionId: sessionOf.get(m)!, participantId, hours: 3 }))),
  });
}

const q3 = { from: '2012-07-01', to: '2012-09-30' };
const row = (counts: IndicatorCount[], code: string) => {
  const c = counts.find((x) => x.code === code)!;
  return [c.women, c.men, c.other, c.total];
};

describe('a participant’s EU indicators', () => {
  it('start unanswered and are written once per participant, with the participant’s natural id', async () => {
    const anna = await person({});
    expect(await callOk(project.dispatch, 'euIndicators.get', { id: anna.id })).toEqual({ participantId: anna.id, ...blank, updatedAt: null });
    const saved = await callOk(project.dispatch, 'euIndicators.set', { participantId: anna.id, ...blank, employmentStatus: 'anstalld', iscedLevel: 'isced_5_8' });
    expect(saved).toMatchObject({ employmentStatus: 'anstalld', iscedLevel: 'isced_5_8', exitSituation: null, employedAfterSixMonths: null });
    const again = await callOk(project.dispatch, 'euIndicators.set', { participantId: anna.id, ...blank, exitSituation: 'kvalifikation', employedAfterSixMonths: false });
    expect(again).toMatchObject({ employmentStatus: null, iscedLevel: null, exitSituation: 'kvalifikation', employedAfterSixMonths: false });
    expect(countRows(project.sqlite, 'participant_indicators')).toBe(1);
    const id = project.sqlite.prepare<[], { id: string }>('select id from participant_indicators').get()!.id;
    expect(id).toBe(naturalId('participant_indicators', anna.id));
    expect(await callOk(project.dispatch, 'euIndicators.get', { id: anna.id })).toEqual(again);
  });

  it('refuses an unknown participant and an answer outside the lists in Swedish, changing nothing', async () => {
    const anna = await person({});
    const before = snapshot(project.sqlite);
    const missing = await callErr(project.dispatch, 'euIndicators.set', { participantId: unknownId, ...blank });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'Deltagaren finns inte (den kan ha tagits bort).' });
    expect((await callErr(project.dispatch, 'euIndicators.get', { id: unknownId })).code).toBe('NOT_FOUND');
    const bad = await callErr(project.dispatch, 'euIndicators.set', { participantId: anna.id, ...blank, iscedLevel: 'isced_9' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fieldErrors?.iscedLevel).toBe('Ogiltigt värde.');
    expect(snapshot(project.sqlite)).toEqual(before);
  });

  it('are blanked when the participant is erased on request, and cannot be written after', async () => {
    const anna = await person({}, { employmentStatus: 'arbetslos', iscedLevel: 'isced_3_4', exitSituation: 'studier', employedAfterSixMonths: true });
    await callOk(project.dispatch, 'participants.erase', { id: anna.id, confirmName: 'Anna Andersson' });
    const stored = project.sqlite.prepare('select employment_status, isced_level, exit_situation, employed_after_six_months from participant_indicators').get();
    expect(stored).toEqual({ employment_status: null, isced_level: null, exit_situation: null, employed_after_six_months: null });
    expect(await callOk(project.dispatch, 'euIndicators.get', { id: anna.id })).toMatchObject(blank);
    const refused = await callErr(project.dispatch, 'euIndicators.set', { participantId: anna.id, ...blank, employmentStatus: 'anstalld' });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'Deltagaren är raderad på begäran och kan inte ändras.' });
  });
});

describe('the counts of a period', () => {
  async function fixture() {
    // Entrants of the third quarter: first attended in July, August or September 2012.
    const a = await person({ firstName: 'Alva', gender: 'kvinna', birthYear: 1990 }, { employmentStatus: 'arbetslos', iscedLevel: 'isced_3_4' });
    const b = await person({ firstName: 'Bo', gender: 'man', birthYear: 1950 }, { employmentStatus: 'langtidsarbetslos', iscedLevel: 'isced_5_8' });
    const c = await person({ firstName: 'Cleo', gender: 'annat', birthYear: 1996 }, { employmentStatus: 'inaktiv' });
    const e = await person({ firstName: 'Eva', gender: 'kvinna', birthYear: 1980, startDate: '2012-07-01', endDate: '2012-08-20' }, { employmentStatus: 'egenforetagare', iscedLevel: 'isced_0_2' });
    const h = await person({ firstName: 'Hugo', gender: 'man', birthYear: 1957 });
    // Not entrants: first came in June; one of them leaves in the quarter.
    const d = await person({ firstName: 'Disa', gender: 'kvinna', birthYear: 1970, startDate: '2012-06-01', endDate: '2012-09-15' }, { employmentStatus: 'anstalld', exitSituation: 'anstalld' });
    // Left on 31 March: six months later is 30 September, the quarter's last day.
    const f = await person({ firstName: 'Filip', gender: 'man', startDate: '2012-02-01', endDate: '2012-03-31' }, { exitSituation: 'studier', employedAfterSixMonths: true });
    // Registered, leaving in the quarter, never attended: no participant of the fund.
    await person({ firstName: 'Gun', gender: 'kvinna', startDate: '2012-08-01', endDate: '2012-09-01' }, { exitSituation: 'arbetssokande' });
    await attend({ [a.id]: ['2012-09', '2012-10'], [b.id]: ['2012-08'], [c.id]: ['2012-07', '2012-08'], [e.id]: ['2012-07'], [h.id]: ['2012-09'], [d.id]: ['2012-06', '2012-09'] });
    // Filip came before the sessions of this fixture: an attended month of his own in March.
    const march = await callOk(project.dispatch, 'activities.create', {
      name: 'Introduktion',
      kind: 'kurs',
      status: 'genomford',
      sessions: [{ date: '2012-03-06', startTime: '09:00', endTime: '11:00', place: 'Mora bibliotek', municipalityCode: '2062' }],
    });
    await callOk(project.dispatch, 'attendance.save', { activityId: march.id, cells: [{ sessionId: march.sessions[0]!.id, participantId: f.id, hours: 2 }] });
  }

  it('counts the entrants by situation, age and education, and the leavers by result, per gender', async () => {
    await fixture();
    const { counts, missingEntry, missingExit } = await callOk(project.dispatch, 'euIndicators.counts', q3);
    expect(counts.map((c) => c.code)).toEqual(['EECO01', 'EECO02', 'EECO03', 'EECO04', 'EECO05', 'EECO06', 'EECO07', 'EECO08', 'EECO09', 'EECO10', 'EECO11', 'EECR01', 'EECR02', 'EECR03', 'EECR04', 'EECR05']);
    //                            women men other total
    expect(row(counts, 'EECO01')).toEqual([2, 2, 1, 5]);
    expect(row(counts, 'EECO02')).toEqual([1, 1, 0, 2]);
    expect(row(counts, 'EECO03')).toEqual([0, 1, 0, 1]);
    expect(row(counts, 'EECO04')).toEqual([0, 0, 1, 1]);
    expect(row(counts, 'EECO05')).toEqual([1, 0, 0, 1]);
    expect(row(counts, 'EECO06')).toEqual([0, 0, 1, 1]); // Cleo, 16 in 2012
    expect(row(counts, 'EECO07')).toEqual([1, 0, 0, 1]); // Alva, 22
    expect(row(counts, 'EECO08')).toEqual([0, 2, 0, 2]); // Bo 62, Hugo 55 in his entry year
    expect(row(counts, 'EECO09')).toEqual([1, 0, 0, 1]);
    expect(row(counts, 'EECO10')).toEqual([1, 0, 0, 1]);
    expect(row(counts, 'EECO11')).toEqual([0, 1, 0, 1]);
    expect(row(counts, 'EECR01')).toEqual([0, 0, 0, 0]); // Gun never attended
    expect(row(counts, 'EECR02')).toEqual([0, 0, 0, 0]); // Filip left in March, not in the quarter
    expect(row(counts, 'EECR04')).toEqual([1, 0, 0, 1]); // Disa
    expect(row(counts, 'EECR05')).toEqual([0, 1, 0, 1]); // Filip, six months after 31 March
    expect(missingEntry).toBe(2); // Cleo without education, Hugo without any answer
    expect(missingExit).toBe(1); // Eva left in August without an answer
  });

  it('puts a participant in the period of their first attended month only', async () => {
    await fixture();
    const q4 = await callOk(project.dispatch, 'euIndicators.counts', { from: '2012-10-01', to: '2012-12-31' });
    expect(row(q4.counts, 'EECO01')).toEqual([0, 0, 0, 0]); // Alva came again in October, but entered in September
    const q2 = await callOk(project.dispatch, 'euIndicators.counts', { from: '2012-04-01', to: '2012-06-30' });
    expect(row(q2.counts, 'EECO01')).toEqual([1, 0, 0, 1]); // Disa
    expect(row(q2.counts, 'EECO05')).toEqual([1, 0, 0, 1]);
    const q1 = await callOk(project.dispatch, 'euIndicators.counts', { from: '2012-01-01', to: '2012-03-31' });
    expect(row(q1.counts, 'EECO01')).toEqual([0, 1, 0, 1]); // Filip
    expect(row(q1.counts, 'EECR02')).toEqual([0, 1, 0, 1]);
  });

  it('keeps an erased participant in the counts by gender, without their answers', async () => {
    await fixture();
    const alva = project.sqlite.prepare<[], { id: string }>("select id from participants where first_name = 'Alva'").get()!;
    await callOk(project.dispatch, 'participants.erase', { id: alva.id, confirmName: 'Alva Andersson' });
    const { counts, missingEntry } = await callOk(project.dispatch, 'euIndicators.counts', q3);
    expect(row(counts, 'EECO01')).toEqual([2, 2, 1, 5]);
    expect(row(counts, 'EECO02')).toEqual([0, 1, 0, 1]);
    expect(row(counts, 'EECO07')).toEqual([0, 0, 0, 0]);
    expect(missingEntry).toBe(3);
  });

  it('refuses a period that ends before it starts', async () => {
    const bad = await callErr(project.dispatch, 'euIndicators.counts', { from: '2012-09-30', to: '2012-07-01' });
    expect(bad.code).toBe('VALIDATION');
  });
});
