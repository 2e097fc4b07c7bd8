import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, openTestProject, type TestProject } from '../../helpers/db';
import { lectureWithTwoSessions, participantInput, validPersonnummer } from '../../helpers/training';
import { bodyBlocks, openDocx } from './docx-xml';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

describe('monthly time report', () => {
  it('lists the month’s sessions with hours and the total, masks the personnummer, and has signature lines', async () => {
    const activity = await lectureWithTwoSessions(project);
    const pn = validPersonnummer('1980-05-05', 777);
    const anna = await callOk(project.dispatch, 'participants.create', participantInput({ personnummer: pn, role: 'Bibliotekarie' }));
    await callOk(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: [
        { sessionId: activity.sessions[0]!.id, participantId: anna.id, hours: 2.5 },
        { sessionId: activity.sessions[1]!.id, participantId: anna.id, hours: 3.5 },
      ],
    });
    const file = await callOk(project.dispatch, 'reports.timeReport', { participantId: anna.id, month: '2012-10' });
    expect(file.fileName).toBe('tidrapport-anna-andersson-2012-10.docx');
    const { documentXml } = await openDocx(Buffer.from(file.contentBase64, 'base64'));
    const text = bodyBlocks(documentXml)
      .map((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join(' | ')).join('\n') : b.text))
      .join('\n');
    expect(text).toContain('Tidrapport – oktober 2012');
    expect(text).toContain('Anna Andersson');
    expect(text).toContain('19800505-****');
    expect(documentXml).not.toContain(pn.slice(8));
    expect(text).toContain('IT-spåret: e-böcker');
    expect(text).toContain('2,5');
    // November's session is not in October's report.
    expect(text).not.toContain('Mora bibliotek');
    expect(text).toContain('Deltagarens underskrift');
    const erased = await callOk(project.dispatch, 'participants.erase', { id: anna.id, confirmName: 'Anna Andersson' });
    expect(erased.attendanceRowsKept).toBe(2);
    expect((await callErr(project.dispatch, 'reports.timeReport', { participantId: anna.id, month: '2012-10' })).message).toBe('Deltagaren är raderad på begäran och kan inte ändras.');
  });
});
