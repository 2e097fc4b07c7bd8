import { callOk, type TestProject } from '../../helpers/db';
import { participantInput } from '../../helpers/training';

/*
 * A small ESF+ project in early 2025 for the signing tests: one period
 * (2025 kvartal 1), a course with sessions in February and March in Falun
 * (Dalarna) and Uppsala (Uppsala län), and participants in both counties.
 * Anna's March has two live sessions, one removed registration, one session
 * of a deleted activity and a February session beside it; Bo attends one
 * March session only (in Borlänge); Cia is in Uppsala; Dan has no hours at all.
 */

export async function esfPlusProject(project: TestProject) {
  const { dispatch } = project;
  const settings = await callOk(dispatch, 'esf.settings', {});
  await callOk(dispatch, 'esf.updateSettings', { ...settings, ruleSet: 'esf_plus_2021_2027', projectName: 'BiblioLyft', caseNumber: '2024/00123' });
  const period = await callOk(dispatch, 'periods.create', { name: '2025 kvartal 1', startDate: '2025-01-01', endDate: '2025-03-31', dueDate: '2025-04-30' });
  const course = await callOk(dispatch, 'activities.create', {
    name: 'Digital delaktighet',
    kind: 'kurs',
    status: 'genomford',
    sessions: [
      { date: '2025-02-18', startTime: '09:00', endTime: '12:00', place: 'Falu stadsbibliotek', municipalityCode: '2080' },
      { date: '2025-03-04', startTime: '09:00', endTime: '12:00', place: 'Falu stadsbibliotek', municipalityCode: '2080' },
      { date: '2025-03-18', startTime: '13:00', endTime: '16:30', place: 'Borlänge bibliotek', municipalityCode: '2081' },
      { date: '2025-03-25', startTime: '09:00', endTime: '11:00', place: 'Uppsala stadsbibliotek', municipalityCode: '0380' },
    ],
  });
  const [feb, mar4, mar18, mar25] = course.sessions;
  const dropped = await callOk(dispatch, 'activities.create', {
    name: 'Borttaget seminarium',
    kind: 'seminarium',
    status: 'genomford',
    sessions: [{ date: '2025-03-11', startTime: '09:00', endTime: '12:00', place: 'Ludvika bibliotek', municipalityCode: '2085' }],
  });
  const person = (firstName: string, lastName: string, municipalityCode = '2080') =>
    callOk(dispatch, 'participants.create', participantInput({ firstName, lastName, municipalityCode, startDate: '2025-02-01' }));
  const anna = await person('Anna', 'Andersson');
  const bo = await person('Bo', 'Berg', '2081');
  const cia = await person('Cia', 'Carlsson', '0380');
  const dan = await person('Dan', 'Dahl');
  await callOk(dispatch, 'attendance.save', {
    activityId: course.id,
    cells: [
      { sessionId: feb!.id, participantId: anna.id, hours: 3 },
      { sessionId: mar4!.id, participantId: anna.id, hours: 3 },
      { sessionId: mar18!.id, participantId: anna.id, hours: 3.5 },
      { sessionId: mar25!.id, participantId: anna.id, hours: 2 },
      { sessionId: mar18!.id, participantId: bo.id, hours: 2.5 },
      { sessionId: mar25!.id, participantId: cia.id, hours: 2 },
    ],
  });
  // Anna's Uppsala registration is removed again.
  await callOk(dispatch, 'attendance.save', { activityId: course.id, cells: [{ sessionId: mar25!.id, participantId: anna.id, hours: null }] });
  // The seminar she attended is deleted with its session on another laptop, and the deletion arrives by sync
  // (the app itself refuses to delete a session with attendance): its attendance row stays live, its session not.
  await callOk(dispatch, 'attendance.save', { activityId: dropped.id, cells: [{ sessionId: dropped.sessions[0]!.id, participantId: anna.id, hours: 3 }] });
  const deletedAt = '2025-03-20T10:00:00.000Z';
  project.sqlite.prepare('update activities set deleted_at = ?, updated_at = ? where id = ?').run(deletedAt, deletedAt, dropped.id);
  project.sqlite.prepare('update activity_sessions set deleted_at = ?, updated_at = ? where activity_id = ?').run(deletedAt, deletedAt, dropped.id);
  return { period, course, anna, bo, cia, dan };
}
