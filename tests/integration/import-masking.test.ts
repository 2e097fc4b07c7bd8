import { afterEach, beforeEach, expect, it } from 'vitest';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { lectureWithTwoSessions } from '../helpers/training';

/*
 * A personnummer typed into the wrong column comes back in a row error
 * masked, never in full, in every import (one helper masks them all).
 */

let p: TestProject;
beforeEach(async () => {
  p = await openTestProject();
});
afterEach(async () => p.cleanup());

const file = (name: string, lines: string[]) => ({ fileName: name, contentBase64: Buffer.from(`\uFEFF${lines.join('\r\n')}`, 'utf8').toString('base64') });

it('masks a personnummer in the row errors of the SWOT-note and cost imports', async () => {
  const day = await callOk(p.dispatch, 'swotDays.create', { municipalityCode: '2062', date: '2012-04-18', status: 'genomford' });
  const swot = await callOk(p.dispatch, 'swotNotes.importPreview', {
    swotDayId: day.id,
    ...file('mora.csv', ['Perspektiv;Kvadrant;Text;Områden', 'Nya utmaningar;19800101-2387;Kunnig personal;']),
  });
  const costs = await callOk(p.dispatch, 'costs.importPreview', file('kostnader.csv', ['Datum;Kategori;Belopp', '2012-09-14;19800101-2387;100']));
  for (const errors of [swot.errors, costs.errors]) {
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('19800101-****');
    expect(errors[0]!.message).not.toContain('2387');
  }
});

it('masks a personnummer in the row errors of the participant and attendance imports', async () => {
  const participants = await callOk(
    p.dispatch,
    'participants.importPreview',
    file('deltagare.csv', ['Förnamn;Efternamn;Kön;Kommun;Startdatum', 'Anna;Andersson;19800101-2387;Falun;2012-09-01']),
  );
  const activity = await lectureWithTwoSessions(p);
  const attendance = await callOk(p.dispatch, 'attendance.importPreview', {
    activityId: activity.id,
    ...file('narvaro.csv', ['Personnummer;Datum;Timmar', '19800101-2387;2012-10-02;19800101-2387']),
  });
  for (const errors of [participants.errors, attendance.errors]) {
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('19800101-****');
    expect(errors[0]!.message).not.toContain('2387');
  }
});
