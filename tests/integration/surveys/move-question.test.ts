import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { learningOrganisation, questionId, type Questionnaire } from './support';

/* Moving a question within its section: one call, one transaction, the section numbered 1…n. */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const codesOf = (q: Questionnaire, sectionIndex: number) => q.sections[sectionIndex]!.questions.map((x) => x.code);
const sectionOf = (q: Questionnaire, code: string) => q.sections.findIndex((s) => s.questions.some((x) => x.code === code));

describe('moving a question', () => {
  it('swaps it with its neighbour, up or down, and numbers the section 1…n', async () => {
    const q = await learningOrganisation(project);
    const s = sectionOf(q, 'F2');
    const codes = codesOf(q, s);
    const at = codes.indexOf('F2');
    const down = await callOk(project.dispatch, 'surveys.moveQuestion', { id: questionId(q, 'F2'), direction: 'ner' });
    const expected = [...codes];
    [expected[at], expected[at + 1]] = [expected[at + 1]!, expected[at]!];
    expect(codesOf(down, s)).toEqual(expected);
    expect(down.sections[s]!.questions.map((x) => x.position)).toEqual(codes.map((_, i) => i + 1));
    const back = await callOk(project.dispatch, 'surveys.moveQuestion', { id: questionId(q, 'F2'), direction: 'upp' });
    expect(codesOf(back, s)).toEqual(codes);
  });

  it('leaves the first question where it is when moved up, writing nothing', async () => {
    const q = await learningOrganisation(project);
    const first = q.sections[0]!.questions[0]!;
    const before = snapshot(project.sqlite);
    const same = await callOk(project.dispatch, 'surveys.moveQuestion', { id: first.id, direction: 'upp' });
    expect(same.sections[0]!.questions[0]!.id).toBe(first.id);
    expect(snapshot(project.sqlite)).toEqual(before);
  });

  it('orders two questions with the same position (added by two peers at once)', async () => {
    const q = await learningOrganisation(project);
    const s = sectionOf(q, 'F2');
    const [a, b] = q.sections[s]!.questions;
    project.sqlite.prepare('update survey_questions set position = 1 where id in (?, ?)').run(a!.id, b!.id);
    // Whichever of the two reads second moves before the other.
    const tied = await callOk(project.dispatch, 'surveys.get', { id: q.id });
    const [first, second] = tied.sections[s]!.questions;
    const moved = await callOk(project.dispatch, 'surveys.moveQuestion', { id: second!.id, direction: 'upp' });
    expect(moved.sections[s]!.questions.slice(0, 2).map((x) => x.id)).toEqual([second!.id, first!.id]);
    expect(new Set(moved.sections[s]!.questions.map((x) => x.position)).size).toBe(moved.sections[s]!.questions.length);
  });

  it('numbers tied positions apart even when the first question is moved up', async () => {
    const q = await learningOrganisation(project);
    const s = sectionOf(q, 'F2');
    const [a, b] = q.sections[s]!.questions;
    project.sqlite.prepare('update survey_questions set position = 1 where id in (?, ?)').run(a!.id, b!.id);
    const first = (await callOk(project.dispatch, 'surveys.get', { id: q.id })).sections[s]!.questions[0]!;
    const moved = await callOk(project.dispatch, 'surveys.moveQuestion', { id: first.id, direction: 'upp' });
    expect(moved.sections[s]!.questions[0]!.id).toBe(first.id);
    expect(moved.sections[s]!.questions.map((x) => x.position)).toEqual(moved.sections[s]!.questions.map((_, i) => i + 1));
  });

  it('refuses an unknown question and a direction that is neither up nor down, in Swedish', async () => {
    const q = await learningOrganisation(project);
    expect((await callErr(project.dispatch, 'surveys.moveQuestion', { id: '01900000-0000-7000-8000-000000000000', direction: 'upp' })).code).toBe('NOT_FOUND');
    const bad = await callErr(project.dispatch, 'surveys.moveQuestion', { id: questionId(q, 'F2'), direction: 'sidledes' });
    expect(bad.code).toBe('VALIDATION');
    expect(JSON.stringify(bad)).toContain('Ange upp eller ner.');
  });
});
