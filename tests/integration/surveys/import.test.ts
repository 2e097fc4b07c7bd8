import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { learningOrganisation, questionId, type Questionnaire } from './support';

/*
 * Answers from a file exported by any survey tool: columns found by a
 * question's code or text, background by Län, Kommun and Roll, a row's
 * problems named by row and column, and the import kit's rule: a file with
 * errors writes nothing unless only the valid rows are wanted.
 */

let project: TestProject;
let q: Questionnaire;
beforeEach(async () => {
  project = await openTestProject();
  q = await learningOrganisation(project);
});
afterEach(async () => {
  await project.cleanup();
});

const file = (lines: string[]) => ({ fileName: 'svar.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') });

const answers = file([
  'Län;Kommun;Roll;F1;F2. Tvärgrupperna har förbättrat vi-känslan.;Det har blivit roligare att arbeta.;F9;Datum',
  'Dalarnas län;Falun;Bibliotekarie;4;5;vet ej;Mer samarbete;2012-03-12',
  'Dalarna;Mora;chef;5;4;4;;2012-03-12',
  'Dalarna;Leksand;Bibliotekarie;7;3;2;;2012-03-13',
  'Dalarna;Borlänge;Annan roll;2;;Vet ej;;',
  ';;;;;;;',
  'Dalarna;Ludvika;Biblioteksassistent;3;3;3;Tid;2012-03-14',
]);

describe('the answer import', () => {
  it('previews the file: the columns it found, the rows it can use and the bad row named by row and column', async () => {
    const round = await callOk(project.dispatch, 'surveyRounds.create', { questionnaireId: q.id, name: 'Dalarna', target: 'lan', countyCode: '20' });
    const preview = await callOk(project.dispatch, 'surveyResponses.importPreview', { roundId: round.id, ...answers });
    expect(preview).toMatchObject({
      totalRows: 5,
      valid: 4,
      invalidRows: 1,
      errors: [{ row: 4, message: 'Rad 4: Svaret på F1 ska vara 1–5 eller ”vet ej”, inte ”7”.' }],
    });
    expect(preview.sample[0]).toEqual({ row: 2, countyCode: '20', municipalityCode: '2080', role: 'Bibliotekarie', answered: 7 });
    expect(preview.columns.map((c) => c.heading)).toContain('F6');
  });

  it('writes nothing from a file with a bad row unless only valid rows are wanted, then the rest with their answers', async () => {
    const round = await callOk(project.dispatch, 'surveyRounds.create', { questionnaireId: q.id, name: 'Dalarna', target: 'lan', countyCode: '20' });
    const before = snapshot(project.sqlite);
    expect(await callErr(project.dispatch, 'surveyResponses.import', { roundId: round.id, ...answers, onlyValid: false })).toEqual({
      code: 'VALIDATION',
      message: 'Filen har fel på 1 rad. Inget importerades.',
    });
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);

    expect(await callOk(project.dispatch, 'surveyResponses.import', { roundId: round.id, ...answers, onlyValid: true })).toEqual({ imported: 4, skipped: 1 });
    expect(countRows(project.sqlite, 'survey_responses', "source = 'import'")).toBe(4);
    const listed = await callOk(project.dispatch, 'surveyResponses.list', { roundId: round.id });
    expect(listed.rows.map((r) => [r.municipalityName, r.role, r.answeredOn])).toEqual([
      ['Falun', 'Bibliotekarie', '2012-03-12'],
      ['Mora', 'Chef', '2012-03-12'],
      ['Borlänge', 'Annan roll', null],
      ['Ludvika', 'Biblioteksassistent', '2012-03-14'],
    ]);
    const f6 = (r: (typeof listed.rows)[number]) => r.answers.find((a) => a.questionId === questionId(q, 'F6'));
    expect(listed.rows.map((r) => f6(r)?.dontKnow ?? null)).toEqual([true, false, true, false]);
    // Captured for sync by the bulk path: one marker per table naming every row written, responses and answers both.
    const markers = project.sqlite.prepare('select tbl, json_array_length(keys) as n from sync_pending_bulk order by tbl').all();
    expect(markers).toEqual([
      { tbl: 'survey_answers', n: countRows(project.sqlite, 'survey_answers') },
      { tbl: 'survey_responses', n: 4 },
    ]);
    const results = await callOk(project.dispatch, 'surveyRounds.results', { roundId: round.id });
    expect(results.questions.find((r) => r.code === 'F1')).toMatchObject({ tooFew: true });
  });

  it('refuses a file none of whose columns is a question, and a name column the questionnaire does not collect is not read', async () => {
    const round = await callOk(project.dispatch, 'surveyRounds.create', { questionnaireId: q.id, name: 'Dalarna', target: 'lan', countyCode: '20' });
    const err = await callErr(project.dispatch, 'surveyResponses.importPreview', { roundId: round.id, ...file(['Fråga A;Fråga B', '1;2']) });
    expect(err.message).toMatch(/^Ingen kolumn i filen motsvarar en fråga i enkäten/);
    const preview = await callOk(project.dispatch, 'surveyResponses.importPreview', { roundId: round.id, ...file(['Namn;F1', 'Eva Exempel;4']) });
    expect(preview).toMatchObject({ totalRows: 1, valid: 1 });
    await callOk(project.dispatch, 'surveyResponses.import', { roundId: round.id, ...file(['Namn;F1', 'Eva Exempel;4']), onlyValid: false });
    expect(project.sqlite.prepare('select respondent_name from survey_responses').pluck().all()).toEqual([null]);
  });

  it('hands out a template with the questionnaire’s columns', async () => {
    const round = await callOk(project.dispatch, 'surveyRounds.create', { questionnaireId: q.id, name: 'Dalarna', target: 'lan', countyCode: '20' });
    const template = await callOk(project.dispatch, 'surveyResponses.importTemplate', { roundId: round.id });
    expect(template.fileName).toBe('enkatsvar-mall.xlsx');
    const preview = await callOk(project.dispatch, 'surveyResponses.importPreview', { roundId: round.id, fileName: template.fileName, contentBase64: template.contentBase64 });
    expect(preview).toMatchObject({ totalRows: 1, valid: 1, invalidRows: 0 });
  });
});
