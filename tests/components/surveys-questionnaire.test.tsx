import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

/* The questionnaire page: sections and questions edited in order over the real dispatcher. */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

describe('Enkäter: a questionnaire’s questions', () => {
  it('edits a question’s text and adds a single-choice question with options, last in its section', async () => {
    const user = userEvent.setup();
    const questionnaire = await callOk(project.dispatch, 'surveys.createFromTemplate', { templateKey: 'efter_utbildning' });
    await renderApp(`/enkater/${questionnaire.id}`, { project });
    const first = questionnaire.sections.find((s) => s.questions.some((q) => q.background === null))!;
    const question = first.questions.find((q) => q.background === null)!;

    await user.click(await screen.findByRole('button', { name: `Redigera fråga ${question.code}` }));
    const form = await screen.findByRole('form', { name: `Redigera fråga ${question.code}` });
    await user.clear(within(form).getByLabelText(/^Frågetext/));
    await user.type(within(form).getByLabelText(/^Frågetext/), 'Utbildningen var värd tiden.');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Utbildningen var värd tiden.')).toBeTruthy();

    const section = screen.getByRole('region', { name: first.title });
    await user.click(within(section).getByRole('button', { name: 'Ny fråga' }));
    const added = await screen.findByRole('form', { name: 'Ny fråga' });
    await user.clear(within(added).getByLabelText(/^Kod/));
    await user.type(within(added).getByLabelText(/^Kod/), 'X1');
    await user.type(within(added).getByLabelText(/^Frågetext/), 'Hur fick du veta om utbildningen?');
    await user.selectOptions(within(added).getByLabelText('Typ'), 'enval');
    await user.type(within(added).getByLabelText(/^Alternativ/), 'Chefen{Enter}Kollega{Enter}Nyhetsbrev');
    await user.click(within(added).getByRole('button', { name: 'Spara' }));

    const codes = () => within(screen.getByRole('region', { name: first.title })).getAllByRole('rowheader').map((c) => c.textContent);
    // Last in its section, and the page shows the section in the stored order.
    await waitFor(() => expect(codes().at(-1)).toBe('X1'));
    const saved = project.sqlite.prepare("select options from survey_questions where code = 'X1' and deleted_at is null").get() as { options: string };
    expect(JSON.parse(saved.options)).toEqual(['Chefen', 'Kollega', 'Nyhetsbrev']);
    const order = project.sqlite.prepare('select code from survey_questions where section_id = ? and deleted_at is null order by position').all(first.id).map((r) => (r as { code: string }).code);
    expect(order).toEqual(codes());
  });

  it('moves a question down and up within its section in one call each, the first one not further up', async () => {
    const user = userEvent.setup();
    const questionnaire = await callOk(project.dispatch, 'surveys.createFromTemplate', { templateKey: 'larande_organisation' });
    const view = await renderApp(`/enkater/${questionnaire.id}`, { project });
    const section = questionnaire.sections.find((s) => s.questions.length >= 3 && s.questions.every((q) => q.background === null))!;
    const [a, b] = section.questions;
    const rowCodes = () => screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect((await screen.findByRole('button', { name: `Flytta upp fråga ${a!.code}` })).hasAttribute('disabled')).toBe(true);
    const before = rowCodes();

    await user.click(screen.getByRole('button', { name: `Flytta ned fråga ${a!.code}` }));
    await waitFor(() => expect(rowCodes().indexOf(a!.code)).toBe(before.indexOf(b!.code)));
    expect(rowCodes().indexOf(b!.code)).toBe(before.indexOf(a!.code));
    expect(view.calls.filter((m) => m === 'surveys.moveQuestion')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: `Flytta upp fråga ${a!.code}` }));
    await waitFor(() => expect(rowCodes()).toEqual(before));
    expect(project.sqlite.prepare('select code from survey_questions where section_id = ? and deleted_at is null order by position').all(section.id).map((r) => (r as { code: string }).code)).toEqual(section.questions.map((q) => q.code));
  });
});
