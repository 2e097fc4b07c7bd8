import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { learningOrganisation, questionId, responseOf, type Questionnaire } from './support';

/*
 * Responses: saved as a batch in one transaction (the grid saves its rows),
 * anonymous unless the questionnaire collects names, and refused in Swedish
 * with nothing written when any one of them breaks a rule.
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

const dalarnaRound = () => callOk(project.dispatch, 'surveyRounds.create', { questionnaireId: q.id, name: 'Dalarna våren 2012', target: 'lan', countyCode: '20' });

describe('a round', () => {
  it('asks one per municipality of its county by default, and the number asked can be set', async () => {
    const round = await dalarnaRound();
    expect(round.groups).toEqual([{ countyCode: '20', countyName: 'Dalarnas län', asked: 15, responses: 0, responseRate: 0 }]);
    const staff = await callOk(project.dispatch, 'surveyRounds.setAsked', { roundId: round.id, countyCode: '20', asked: 120 });
    expect(staff).toMatchObject({ asked: 120, groups: [{ countyCode: '20', asked: 120 }] });
    const err = await callErr(project.dispatch, 'surveyRounds.setAsked', { roundId: round.id, countyCode: '17', asked: 10 });
    expect(err.fieldErrors?.countyCode).toBe('Omgången skickas bara till ett län.');
  });

  it('to all libraries asks each county’s municipalities', async () => {
    const round = await callOk(project.dispatch, 'surveyRounds.create', { questionnaireId: q.id, name: 'Statusenkät 1', target: 'alla' });
    expect(round.groups.map((g) => [g.countyCode, g.asked])).toEqual([
      ['03', 8],
      ['17', 16],
      ['20', 15],
      ['21', 10],
    ]);
    expect(round.asked).toBe(49);
  });
});

describe('saving responses', () => {
  it('saves a batch with the background on the response, lists it a page at a time, and replaces a row saved again', async () => {
    const round = await dalarnaRound();
    const saved = await callOk(project.dispatch, 'surveyResponses.save', {
      roundId: round.id,
      responses: [
        responseOf(q, { county: 'Dalarna', municipality: 'falun', role: 'chef', answers: { F1: 4, F2: 'vet ej', F9: 'Mer tid för lärande' } }),
        responseOf(q, { county: '20', answers: { F1: 2 } }),
      ],
    });
    expect(saved.saved).toBe(2);
    const page = await callOk(project.dispatch, 'surveyResponses.list', { roundId: round.id, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.rows[0]).toMatchObject({ countyCode: '20', countyName: 'Dalarnas län', municipalityCode: '2080', municipalityName: 'Falun', role: 'Chef', respondentName: null, source: 'papper' });
    expect(page.rows[0]!.answers).toEqual(
      expect.arrayContaining([
        { questionId: questionId(q, 'B1'), number: null, dontKnow: false, text: 'Dalarnas län', choices: null },
        { questionId: questionId(q, 'B2'), number: null, dontKnow: false, text: 'Falun', choices: null },
        { questionId: questionId(q, 'F2'), number: null, dontKnow: true, text: null, choices: null },
      ]),
    );
    const again = responseOf(q, { county: 'Dalarna', answers: { F1: 5 } });
    await callOk(project.dispatch, 'surveyResponses.save', { roundId: round.id, responses: [{ ...again, id: saved.ids[1] }] });
    expect(countRows(project.sqlite, 'survey_responses', 'deleted_at is null')).toBe(2);
    expect(project.sqlite.prepare('select number_value from survey_answers where response_id = ? and deleted_at is null and number_value is not null').pluck().all(saved.ids[1])).toEqual([5]);
    expect(await callOk(project.dispatch, 'surveyResponses.delete', { ids: [saved.ids[0]!] })).toEqual({ deleted: 1 });
    expect((await callOk(project.dispatch, 'surveyRounds.get', { id: round.id })).responses).toBe(1);
  });

  it('refuses a name when the questionnaire collects none, and writes nothing of the batch', async () => {
    const round = await dalarnaRound();
    const before = snapshot(project.sqlite);
    const err = await callErr(project.dispatch, 'surveyResponses.save', {
      roundId: round.id,
      responses: [responseOf(q, { county: 'Dalarna', answers: { F1: 4 } }), responseOf(q, { county: 'Dalarna', answers: { F1: 3 }, name: 'Eva Exempel' })],
    });
    expect(err).toEqual({ code: 'VALIDATION', message: 'Svar 2: Enkäten samlar inte in namn: svaren är anonyma. Ta bort namnet.' });
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });

  it('keeps a name when the questionnaire says it collects names', async () => {
    const named = await callOk(project.dispatch, 'surveys.update', { id: q.id, name: q.name, description: q.description, collectsNames: true });
    expect(named.collectsNames).toBe(true);
    const round = await dalarnaRound();
    await callOk(project.dispatch, 'surveyResponses.save', { roundId: round.id, responses: [responseOf(q, { county: 'Dalarna', answers: { F1: 4 }, name: 'Eva Exempel' })] });
    expect((await callOk(project.dispatch, 'surveyResponses.list', { roundId: round.id })).rows[0]!.respondentName).toBe('Eva Exempel');
    // Once answered, the questionnaire cannot turn anonymous (or named) behind the answers' back.
    expect((await callErr(project.dispatch, 'surveys.update', { id: q.id, name: q.name, collectsNames: false })).message).toBe(
      'Enkäten har redan svar. Om den samlar in namn kan inte längre ändras.',
    );
  });

  it('refuses an unknown round, a scale answer outside 1–5, an unknown option and a county outside the round, changing nothing', async () => {
    const round = await dalarnaRound();
    const before = snapshot(project.sqlite);
    const unknown = await callErr(project.dispatch, 'surveyResponses.save', { roundId: '01890000-0000-7000-8000-00000000dead', responses: [responseOf(q, { county: 'Dalarna', answers: { F1: 4 } })] });
    expect(unknown).toEqual({ code: 'NOT_FOUND', message: 'Enkätomgången finns inte (den kan ha tagits bort).' });
    const save = (answers: Record<string, number | string>, county = 'Dalarna') =>
      callErr(project.dispatch, 'surveyResponses.save', { roundId: round.id, responses: [responseOf(q, { county: 'Dalarna', answers: { F1: 4 } }), responseOf(q, { county, answers })] });
    expect((await save({ F1: 6 })).message).toBe('Svar 2: Svaret på F1 ska vara 1–5 eller ”vet ej”, inte ”6”.');
    expect((await save({ F1: 3.5 })).message).toBe('Svar 2: Svaret på F1 ska vara 1–5 eller ”vet ej”, inte ”3.5”.');
    expect((await save({ B3: 'Vaktmästare' })).message).toBe(
      'Svar 2: Svaret på B3, ”Vaktmästare”, är inget av alternativen Bibliotekarie, Biblioteksassistent, Chef eller Annan roll.',
    );
    expect((await save({ F1: 4 }, 'Värmland')).message).toBe('Svar 2: Svaret kommer från ett annat län än det omgången skickades till.');
    expect((await save({ F1: 4, B2: 'Karlstad' })).message).toBe('Svar 2: Karlstad ligger inte i Dalarnas län.');
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });
});

describe('questionnaires', () => {
  it('come from the four templates, editable and copyable, with codes unique and kinds fixed once answered', async () => {
    expect((await callOk(project.dispatch, 'surveys.templates', {})).map((t) => [t.key, t.name])).toEqual([
      ['larande_organisation', 'Lärande organisation'],
      ['statusenkat', 'Statusenkät till biblioteken'],
      ['efter_utbildning', 'Efter utbildningstillfället'],
      ['lett_lara_av_varandra', 'Till dem som lett lära-av-varandra'],
    ]);
    const statements = q.sections[1]!.questions.map((x) => x.text);
    expect(statements).toEqual(expect.arrayContaining(['Vi har blivit en mer lärande organisation.', 'Tvärgrupperna har förbättrat vi-känslan.', 'Det har blivit roligare att arbeta.']));
    const section = q.sections[1]!;
    const edited = await callOk(project.dispatch, 'surveys.saveQuestion', { questionnaireId: q.id, sectionId: section.id, code: 'F10', text: 'Ledningen stöttar lärandet.', kind: 'skala' });
    expect(edited.sections[1]!.questions.at(-1)).toMatchObject({ code: 'F10', position: 9, kind: 'skala', options: [] });
    expect((await callErr(project.dispatch, 'surveys.saveQuestion', { questionnaireId: q.id, sectionId: section.id, code: 'f1', text: 'Igen', kind: 'skala' })).fieldErrors?.code).toBe(
      'Koden f1 används redan av en annan fråga i enkäten.',
    );
    const copy = await callOk(project.dispatch, 'surveys.copy', { id: q.id });
    expect(copy).toMatchObject({ name: 'Lärande organisation (kopia)', templateKey: 'larande_organisation', hasResponses: false });
    expect(copy.sections.flatMap((s) => s.questions).map((x) => x.code)).toEqual(edited.sections.flatMap((s) => s.questions).map((x) => x.code));

    const round = await dalarnaRound();
    await callOk(project.dispatch, 'surveyResponses.save', { roundId: round.id, responses: [responseOf(q, { county: 'Dalarna', answers: { F1: 4 } })] });
    const f1 = q.sections[1]!.questions[0]!;
    const err = await callErr(project.dispatch, 'surveys.saveQuestion', { questionnaireId: q.id, sectionId: section.id, id: f1.id, code: 'F1', text: f1.text, kind: 'fritext' });
    expect(err.message).toBe('Enkäten har redan svar. Frågans typ och alternativ kan inte ändras, bara texten.');
    const reworded = await callOk(project.dispatch, 'surveys.saveQuestion', { questionnaireId: q.id, sectionId: section.id, id: f1.id, code: 'F1', text: 'Vi är en mer lärande organisation.', kind: 'skala' });
    expect(reworded.sections[1]!.questions[0]!.text).toBe('Vi är en mer lärande organisation.');
  });
});
