import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { lectureWithTwoSessions, participantInput } from '../../helpers/training';

/* The "before" form of a training imported from a spreadsheet onto the activity's follow-ups. */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const csv = (lines: string[]) => ({ fileName: 'fore.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') });

async function activityWithThree() {
  const activity = await lectureWithTwoSessions(project);
  const anna = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Anna', lastName: 'Berg', birthYear: 1970 }));
  const bo = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Bo', lastName: 'Ek', personnummer: '19800101-2387' }));
  const cecilia = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Cecilia', lastName: 'Lind' }));
  // Registered on another activity only.
  const dan = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Dan', lastName: 'Ås' }));
  await callOk(project.dispatch, 'attendance.save', {
    activityId: activity.id,
    cells: [anna, bo, cecilia].map((p) => ({ sessionId: activity.sessions[0]!.id, participantId: p.id, hours: 3 })),
  });
  return { activity, anna, bo, cecilia, dan };
}

const header = 'Personnummer;Förnamn;Efternamn;Förväntad nytta;Hur kunskapen sprids;Återföring på APT;Ansvarig';

describe('importing the before form of a training', () => {
  it('previews each row’s participant and problem, and writes only the valid rows when asked to', async () => {
    const { activity } = await activityWithThree();
    const file = csv([
      header,
      ';anna;BERG;Kan visa e-böcker;Visar på APT;2012-11-12;Anna Berg',
      '19800101-2387;;;Bättre bemötande;Tar upp på nästa APT;;',
      ';Dan;Ås;Något;Något;;',
      ';Okänd;Person;Något;Något;;',
      ';Cecilia;Lind;;;12/11 2012;',
      ';Anna;Berg;Igen;Igen;;',
    ]);
    const preview = await callOk(project.dispatch, 'followUps.importPreview', { activityId: activity.id, ...file });
    expect(preview).toMatchObject({ totalRows: 6, valid: 2, invalidRows: 4 });
    expect(preview.sample.map((r) => [r.row, r.participant, r.expectedBenefit])).toEqual([
      [2, 'Anna Berg', 'Kan visa e-böcker'],
      [3, 'Bo Ek', 'Bättre bemötande'],
    ]);
    expect(preview.errors.map((e) => e.message)).toEqual([
      'Rad 4: deltagaren är inte registrerad på aktiviteten.',
      'Rad 5: ingen deltagare med det namnet (och födelseåret).',
      expect.stringMatching(/^Rad 6: .*Återföring på APT/),
      'Rad 7: samma deltagare som rad 2.',
    ]);

    // Errors and no choice: nothing is written.
    const before = snapshot(project.sqlite);
    const refused = await callErr(project.dispatch, 'followUps.import', { activityId: activity.id, ...file, onlyValid: false });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toContain('4 rader');
    expect(snapshot(project.sqlite)).toEqual(before);

    expect(await callOk(project.dispatch, 'followUps.import', { activityId: activity.id, ...file, onlyValid: true })).toEqual({ imported: 2, skipped: 4 });
    const list = await callOk(project.dispatch, 'followUps.forActivity', { activityId: activity.id });
    expect(list.rows.map((r) => [r.participantName, r.followUp?.expectedBenefit ?? null, r.followUp?.taskDate ?? null, r.loop.beforeFilled])).toEqual([
      ['Anna Berg', 'Kan visa e-böcker', '2012-11-12', true],
      ['Bo Ek', 'Bättre bemötande', null, true],
      ['Cecilia Lind', null, null, false],
    ]);
    expect(list.rows[0]!.followUp).toMatchObject({ status: 'planerad', taskKind: 'apt', responsible: 'Anna Berg' });
  });

  it('fills in an existing follow-up and keeps what the file leaves blank', async () => {
    const { activity, anna } = await activityWithThree();
    await callOk(project.dispatch, 'followUps.createForActivity', { activityId: activity.id });
    const [row] = (await callOk(project.dispatch, 'followUps.forActivity', { activityId: activity.id })).rows;
    await callOk(project.dispatch, 'followUps.update', { id: row!.followUp!.id, sharingPlan: 'Skrivet i appen', status: 'planerad', responsible: 'Chefen' });
    const result = await callOk(project.dispatch, 'followUps.import', { activityId: activity.id, ...csv([header, ';Anna;Berg;Från filen;;;']), onlyValid: false });
    expect(result).toEqual({ imported: 1, skipped: 0 });
    const after = (await callOk(project.dispatch, 'followUps.forActivity', { activityId: activity.id })).rows.find((r) => r.participantId === anna.id)!;
    expect(after.followUp).toMatchObject({ id: row!.followUp!.id, expectedBenefit: 'Från filen', sharingPlan: 'Skrivet i appen', responsible: 'Chefen' });
    expect(project.sqlite.prepare('select count(*) as n from training_follow_ups where deleted_at is null').get()).toEqual({ n: 3 });
  });

  it('offers a template listing the activity’s participants that skips the rows not filled in', async () => {
    const { activity } = await activityWithThree();
    const template = await callOk(project.dispatch, 'followUps.importTemplate', { activityId: activity.id });
    expect(template.fileName).toMatch(/\.xlsx$/);
    const preview = await callOk(project.dispatch, 'followUps.importPreview', { activityId: activity.id, ...template });
    expect(preview).toMatchObject({ totalRows: 3, valid: 0, invalidRows: 0, errors: [] });
    // An unfilled template imports nothing.
    expect((await callErr(project.dispatch, 'followUps.import', { activityId: activity.id, ...template, onlyValid: false })).code).toBe('VALIDATION');
  });

  it('refuses a file without the person or the form columns, naming what is missing', async () => {
    const { activity } = await activityWithThree();
    const noPerson = await callErr(project.dispatch, 'followUps.importPreview', { activityId: activity.id, ...csv(['Förnamn;Förväntad nytta', 'Anna;Något']) });
    expect(noPerson.message).toContain('Kolumnen Personnummer eller kolumnerna Förnamn och Efternamn saknas.');
    const noForm = await callErr(project.dispatch, 'followUps.importPreview', { activityId: activity.id, ...csv(['Förnamn;Efternamn;Kommentar', 'Anna;Berg;x']) });
    expect(noForm.message).toContain('Kolumnen Förväntad nytta eller Hur kunskapen sprids saknas.');
  });

  it('refuses a SWOT day: there is no training to bring back', async () => {
    const day = await callOk(project.dispatch, 'activities.create', { name: 'SWOT-dag Falun', kind: 'swot_dag', status: 'planerad', sessions: [] } as never);
    const err = await callErr(project.dispatch, 'followUps.importPreview', { activityId: day.id, ...csv([header, ';Anna;Berg;x;y;;']) });
    expect(err.code).toBe('CONFLICT');
  });
});
