import type { EsfSettings } from '../../../shared/domain/esf';
import type { FlatRate } from '../../../shared/domain/esf-plus';
import { callOk, type TestProject } from '../../helpers/db';
import { participantInput } from '../../helpers/training';

/*
 * The recorded facts of the hand-computed ESF+ fixture (issue 17), written
 * through the API as a user would. The figures are worked out in
 * outcome.test.ts; here only the facts.
 *
 * Staff (2012, the seeded quarters):
 *   Karin Lund, Karlstad (Värmland, SE31 Norra Mellansverige, 40 %), 43 000 kr a month: 180 h in every month.
 *   Per Ek, Uppsala (SE12 Östra Mellansverige, 46 %), 37 500 kr a month: Jul 40, Aug 60,5, Sep 80,25, Oct 100 h.
 * Participants (municipality, monthly salary):
 *   SE31: Anna Karlstad 30 000, Bo Arvika 27 500, Cilla Falun 32 000, David Gävle 28 000
 *   SE12: Eva Uppsala 31 000, Fredrik Enköping 29 500, Greta Tierp 33 000, Hassan Uppsala 26 000
 * Sessions and hours attended:
 *   S1 2012-08-15 (3,25 h): Anna, Bo, Eva, Fredrik 3,25
 *   S2 2012-09-05 (3,5 h):  Anna, Cilla, Eva, Greta 3,5
 *   S3 2012-09-19 (3 h):    Anna, Bo, Eva 3; Hassan 2,5
 *   S4 2012-10-10 (6 h):    Cilla, Fredrik, Greta, Hassan 6; David 5,5
 *   S5 2012-11-14 (2,75 h): Anna, David, Greta 2,75
 * Costs: Q3 lön personal 50 000,00, lokal 12 000,00, resa 3 456,78, indirekta 5 000,00;
 *        Q4 köp av tjänst 25 000,01, ersättning till deltagare 1 500,00.
 * Financing: Q3 kontanta medel 20 000,00 (Region Värmland); Q4 other in-kind 4 000,00 (Uppsala kommun, premises).
 * ESF+ budget: Q3 personal 200 000, schablon 80 000, deltagarlön 12 000; Q4 personal 60 000 kr.
 */

export const Q1 = '01890000-0000-7000-8000-000000000111';
export const Q2 = '01890000-0000-7000-8000-000000000112';
export const Q3 = '01890000-0000-7000-8000-000000000113';
export const Q4 = '01890000-0000-7000-8000-000000000114';

export interface EsfPlusFixture {
  karinId: string;
  perId: string;
  participantIds: Record<string, string>;
}

export async function writeEsfPlusFixture(project: TestProject): Promise<EsfPlusFixture> {
  const d = project.dispatch;
  const karin = await callOk(d, 'staff.create', { name: 'Karin Lund', role: 'Projektledare', municipalityCode: '1780', monthlySalary: 43_000, startDate: '2012-01-01' });
  const per = await callOk(d, 'staff.create', { name: 'Per Ek', role: 'Utbildare', municipalityCode: '0380', monthlySalary: 37_500, startDate: '2012-07-01', endDate: '2012-12-31' });
  for (let m = 1; m <= 12; m++) {
    await callOk(d, 'staffTime.set', { staffId: karin.id, month: `2012-${String(m).padStart(2, '0')}`, hours: 180, signed: true, signedOn: '2013-01-10' });
  }
  for (const [month, hours] of [['2012-07', 40], ['2012-08', 60.5], ['2012-09', 80.25], ['2012-10', 100]] as const) {
    await callOk(d, 'staffTime.set', { staffId: per.id, month, hours, signed: false });
  }

  const people = [
    ['Anna', '1780', 30_000],
    ['Bo', '1784', 27_500],
    ['Cilla', '2080', 32_000],
    ['David', '2180', 28_000],
    ['Eva', '0380', 31_000],
    ['Fredrik', '0381', 29_500],
    ['Greta', '0360', 33_000],
    ['Hassan', '0380', 26_000],
  ] as const;
  const participantIds: Record<string, string> = {};
  for (const [firstName, municipalityCode, monthlySalary] of people) {
    participantIds[firstName] = (await callOk(d, 'participants.create', participantInput({ firstName, municipalityCode, monthlySalary, startDate: '2012-08-01' }))).id;
  }
  const activity = await callOk(d, 'activities.create', {
    name: 'Digitala verktyg',
    kind: 'kurs',
    status: 'genomford',
    sessions: [
      { date: '2012-08-15', startTime: '09:00', endTime: '12:15', place: 'Karlstad', municipalityCode: '1780' },
      { date: '2012-09-05', startTime: '13:00', endTime: '16:30', place: 'Uppsala', municipalityCode: '0380' },
      { date: '2012-09-19', startTime: '09:00', endTime: '12:00', place: 'Falun', municipalityCode: '2080' },
      { date: '2012-10-10', startTime: '09:00', endTime: '15:00', place: 'Uppsala', municipalityCode: '0380' },
      { date: '2012-11-14', startTime: '13:00', endTime: '15:45', place: 'Gävle', municipalityCode: '2180' },
    ],
  });
  const [s1, s2, s3, s4, s5] = activity.sessions.map((s) => s.id);
  const attended: [string | undefined, string, number][] = [
    ...(['Anna', 'Bo', 'Eva', 'Fredrik'] as const).map((p): [string | undefined, string, number] => [s1, p, 3.25]),
    ...(['Anna', 'Cilla', 'Eva', 'Greta'] as const).map((p): [string | undefined, string, number] => [s2, p, 3.5]),
    [s3, 'Anna', 3],
    [s3, 'Bo', 3],
    [s3, 'Eva', 3],
    [s3, 'Hassan', 2.5],
    ...(['Cilla', 'Fredrik', 'Greta', 'Hassan'] as const).map((p): [string | undefined, string, number] => [s4, p, 6]),
    [s4, 'David', 5.5],
    ...(['Anna', 'David', 'Greta'] as const).map((p): [string | undefined, string, number] => [s5, p, 2.75]),
  ];
  await callOk(d, 'attendance.save', { activityId: activity.id, cells: attended.map(([sessionId, p, hours]) => ({ sessionId: sessionId!, participantId: participantIds[p]!, hours })) });

  for (const [date, category, amount] of [
    ['2012-08-31', 'lon_personal', '50 000'],
    ['2012-09-05', 'lokal', '12 000'],
    ['2012-09-19', 'resa', '3 456,78'],
    ['2012-09-30', 'indirekta', '5 000'],
    ['2012-10-10', 'kop_av_tjanst', '25 000,01'],
    ['2012-11-14', 'ersattning_deltagare', '1 500'],
  ] as const) {
    await callOk(d, 'costs.create', { date, category, amount, supplier: 'Leverantör' });
  }
  await callOk(d, 'financing.create', { date: '2012-09-28', source: 'kontanta_medel', financier: 'Region Värmland', amount: '20 000' });
  await callOk(d, 'financing.create', { date: '2012-10-15', source: 'bidrag_annat_an_pengar', financier: 'Uppsala kommun', amount: '4 000', note: 'Lokaler utan kostnad' });
  for (const [periodId, line, amount] of [
    [Q3, 'personal', 200_000],
    [Q3, 'schablon', 80_000],
    [Q3, 'deltagarlon', 12_000],
    [Q4, 'personal', 60_000],
  ] as const) {
    await callOk(d, 'esfPlusBudget.set', { periodId, line, amount });
  }
  return { karinId: karin.id, perId: per.id, participantIds };
}

/** Switches the rule set (and optionally the ESF+ flat rate), as ESF-inställningar saves it. */
export async function useRules(project: TestProject, ruleSet: EsfSettings['ruleSet'], flatRate?: FlatRate): Promise<void> {
  const settings = await callOk(project.dispatch, 'esf.settings', {});
  await callOk(project.dispatch, 'esf.updateSettings', { ...settings, ruleSet, esfPlus: { ...settings.esfPlus, flatRate: flatRate ?? settings.esfPlus.flatRate } });
}
