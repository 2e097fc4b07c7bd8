import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Perspective, Quadrant } from '../../shared/domain/swot';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

let project: TestProject | undefined;
afterEach(async () => {
  await project?.cleanup();
  project = undefined;
});

async function dayWith(notes: { perspective: Perspective; quadrant: Quadrant; text: string }[] = []) {
  project = await openTestProject();
  const day = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '1780', date: '2012-05-09', status: 'genomford' });
  const ids: string[] = [];
  for (const note of notes) ids.push((await callOk(project.dispatch, 'swotNotes.add', { swotDayId: day.id, ...note })).id);
  return { day, ids, project };
}

/** The note (the focusable card) with this text. */
const note = (text: string) => screen.getByText(text).closest<HTMLElement>('[data-note-id]')!;
const cellOf = (element: Element) => element.closest('[data-testid^="cell-"]')?.getAttribute('data-testid');
const active = () => document.activeElement as HTMLElement;

describe('SWOT board drafts and address', () => {
  it('keeps a typed draft per day, perspective and quadrant across a remount, and forgets it once entered or emptied', async () => {
    const user = userEvent.setup();
    const { day, project: p } = await dayWith();
    const first = await renderApp(`/swot/${day.id}`, { project: p });
    await user.type(await screen.findByLabelText('Ny anteckning i Hot, Nya utmaningar'), 'Minskade anslag');
    await user.click(screen.getByRole('tab', { name: /^Nya möjligheter/ }));
    await user.type(await screen.findByLabelText('Ny anteckning i Styrkor, Nya möjligheter'), 'Nytt bibliotekshus');
    expect(window.localStorage.getItem(`kub.swotDraft.v1.${day.id}.nya_utmaningar.hot`)).toBe('Minskade anslag');
    expect(window.localStorage.getItem(`kub.swotDraft.v1.${day.id}.nya_mojligheter.styrkor`)).toBe('Nytt bibliotekshus');
    first.unmount();

    // As after a reload: the drafts and the open perspective come back.
    const second = await renderApp(`/swot/${day.id}${first.router.state.location.search}`, { project: p });
    expect(second.router.state.location.search).toContain('perspektiv=nya_mojligheter');
    expect(((await screen.findByLabelText('Ny anteckning i Styrkor, Nya möjligheter')) as HTMLInputElement).value).toBe('Nytt bibliotekshus');
    await user.click(screen.getByRole('tab', { name: /^Nya utmaningar/ }));
    const hot = (await screen.findByLabelText('Ny anteckning i Hot, Nya utmaningar')) as HTMLInputElement;
    expect(hot.value).toBe('Minskade anslag');

    await user.type(hot, '{Enter}');
    await within(screen.getByTestId('cell-hot')).findByText('Minskade anslag');
    await waitFor(() => expect(hot.value).toBe(''));
    expect(window.localStorage.getItem(`kub.swotDraft.v1.${day.id}.nya_utmaningar.hot`)).toBeNull();

    await user.click(screen.getByRole('tab', { name: /^Nya möjligheter/ }));
    await user.clear(await screen.findByLabelText('Ny anteckning i Styrkor, Nya möjligheter'));
    expect(window.localStorage.getItem(`kub.swotDraft.v1.${day.id}.nya_mojligheter.styrkor`)).toBeNull();
  });

  it('keeps the draft when the note cannot be saved', async () => {
    const user = userEvent.setup();
    const { day, project: p } = await dayWith();
    await renderApp(`/swot/${day.id}`, { project: p });
    const input = (await screen.findByLabelText('Ny anteckning i Styrkor, Nya utmaningar')) as HTMLInputElement;
    // A note longer than the contract allows: the save is refused, the text stays.
    const long = 'x'.repeat(3000);
    await user.click(input);
    await user.paste(long);
    await user.keyboard('{Enter}');
    await screen.findByRole('alert');
    expect(input.value).toBe(long);
    expect(window.localStorage.getItem(`kub.swotDraft.v1.${day.id}.nya_utmaningar.styrkor`)).toBe(long);
  });

  it('opens the perspective and focuses the cell named in the address, and writes them back as the user moves', async () => {
    const user = userEvent.setup();
    const { day, project: p } = await dayWith([{ perspective: 'malgrupper', quadrant: 'hot', text: 'Färre besökare' }]);
    const view = await renderApp(`/swot/${day.id}?perspektiv=malgrupper&ruta=hot`, { project: p });
    const input = await screen.findByLabelText('Ny anteckning i Hot, Nya och gamla målgrupper');
    expect(screen.getByRole('tab', { name: /^Nya och gamla målgrupper/ }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(active()).toBe(input));

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(active().getAttribute('aria-label')).toBe('Ny anteckning i Svagheter, Nya och gamla målgrupper'));
    await waitFor(() => expect(view.router.state.location.search).toBe('?perspektiv=malgrupper&ruta=svagheter'));

    await user.keyboard('{Alt>}{PageDown}{/Alt}');
    await waitFor(() => expect(active().getAttribute('aria-label')).toBe('Ny anteckning i Svagheter, Nya möjligheter'));
    await waitFor(() => expect(view.router.state.location.search).toBe('?perspektiv=nya_mojligheter&ruta=svagheter'));
  });

  it('ignores an unknown perspective or cell in the address', async () => {
    const { day, project: p } = await dayWith();
    await renderApp(`/swot/${day.id}?perspektiv=okand&ruta=risk`, { project: p });
    await screen.findByLabelText('Ny anteckning i Styrkor, Nya utmaningar');
    expect(screen.getByRole('tab', { name: /^Nya utmaningar/ }).getAttribute('aria-selected')).toBe('true');
    expect(active()).toBe(document.body);
  });
});

describe('SWOT board focus', () => {
  it('keeps focus on the note through a move, an edit, an Esc and the details dialog', async () => {
    const user = userEvent.setup();
    const { day, ids, project: p } = await dayWith([{ perspective: 'nya_utmaningar', quadrant: 'styrkor', text: 'Kunnig personal' }]);
    await renderApp(`/swot/${day.id}`, { project: p });
    await screen.findByText('Kunnig personal');
    note('Kunnig personal').focus();

    // Move right, to Svagheter: focus follows the note into its new cell.
    await user.keyboard('{Alt>}{Shift>}{ArrowRight}{/Shift}{/Alt}');
    await waitFor(() => expect(cellOf(active())).toBe('cell-svagheter'));
    expect(active().dataset['noteId']).toBe(ids[0]);

    // Move to the next perspective: the tab opens and focus is on the note there.
    await user.keyboard('{Alt>}{Shift>}{PageDown}{/Shift}{/Alt}');
    await waitFor(() => expect(screen.getByRole('tab', { name: /^Nya och gamla målgrupper/ }).getAttribute('aria-selected')).toBe('true'));
    await waitFor(() => expect(active().dataset['noteId']).toBe(ids[0]));
    expect(cellOf(active())).toBe('cell-svagheter');

    // F2, new text, Enter: saved, and focus back on the note.
    await user.keyboard('{F2}');
    const editor = screen.getByLabelText('Redigera anteckningen');
    expect(active()).toBe(editor);
    await user.clear(editor);
    await user.type(editor, 'Kunnig och engagerad personal{Enter}');
    await waitFor(() => expect(active().dataset['noteId']).toBe(ids[0]));
    expect(active().textContent).toContain('Kunnig och engagerad personal');
    expect(p.sqlite.prepare('select text from swot_notes').get()).toEqual({ text: 'Kunnig och engagerad personal' });

    // Enter, a change, Esc: nothing saved, focus on the note.
    await user.keyboard('{Enter}');
    await user.type(screen.getByLabelText('Redigera anteckningen'), ' – inte sparat');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(active().dataset['noteId']).toBe(ids[0]));
    expect(p.sqlite.prepare('select text from swot_notes').get()).toEqual({ text: 'Kunnig och engagerad personal' });

    // Alt+Enter, a priority, Spara: focus on the note.
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Områden och prioritet' });
    await user.selectOptions(within(dialog).getByLabelText('Prioritet'), 'Hög');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(active().dataset['noteId']).toBe(ids[0]));
    expect(p.sqlite.prepare('select priority from swot_notes').get()).toEqual({ priority: 1 });

    // Alt+Enter, Esc: the dialog closes, focus on the note.
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    await screen.findByRole('dialog', { name: 'Områden och prioritet' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(active().dataset['noteId']).toBe(ids[0]));
  });

  it('saves an edit when the field is left by Tab instead of dropping the text', async () => {
    const user = userEvent.setup();
    const { day, project: p } = await dayWith([{ perspective: 'nya_utmaningar', quadrant: 'hot', text: 'Ny teknik' }]);
    await renderApp(`/swot/${day.id}`, { project: p });
    await screen.findByText('Ny teknik');
    note('Ny teknik').focus();
    await user.keyboard('{F2}');
    await user.type(screen.getByLabelText('Redigera anteckningen'), ' som ingen kan');
    await user.tab();
    await screen.findByText('Ny teknik som ingen kan');
    expect(p.sqlite.prepare('select text from swot_notes').get()).toEqual({ text: 'Ny teknik som ingen kan' });
  });

  it('after a delete focuses the next note, then the one above, then the input; undo focuses the note brought back', async () => {
    const user = userEvent.setup();
    const texts = ['Första', 'Andra', 'Tredje'];
    const { day, ids, project: p } = await dayWith(texts.map((text) => ({ perspective: 'nya_utmaningar' as const, quadrant: 'svagheter' as const, text })));
    await renderApp(`/swot/${day.id}`, { project: p });
    await screen.findByText('Andra');

    note('Andra').focus();
    await user.keyboard('{Delete}');
    await waitFor(() => expect(screen.queryByText('Andra')).toBeNull());
    await waitFor(() => expect(active().dataset['noteId']).toBe(ids[2]));

    // The last note of the cell: the one above takes focus.
    await user.keyboard('{Delete}');
    await waitFor(() => expect(screen.queryByText('Tredje')).toBeNull());
    await waitFor(() => expect(active().dataset['noteId']).toBe(ids[0]));

    // The cell becomes empty: its input takes focus.
    await user.keyboard('{Delete}');
    await within(screen.getByTestId('cell-svagheter')).findByText('Inga anteckningar ännu.');
    await waitFor(() => expect(active().getAttribute('aria-label')).toBe('Ny anteckning i Svagheter, Nya utmaningar'));

    // Ctrl+Z in the (empty) input brings back the last one deleted, focused.
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(active().dataset['noteId']).toBe(ids[0]));
    expect(screen.getByRole('status').textContent).toBe('Anteckningen är tillbaka.');

    // The button, from another perspective: the note's perspective opens, and focus is on it, not the disabled button.
    await user.click(screen.getByRole('tab', { name: /^Nya möjligheter/ }));
    await user.click(screen.getByRole('button', { name: 'Ångra borttagning' }));
    await waitFor(() => expect(active().dataset['noteId']).toBe(ids[2]));
    expect(screen.getByRole('tab', { name: /^Nya utmaningar/ }).getAttribute('aria-selected')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Ångra borttagning' }));
    await waitFor(() => expect(active().dataset['noteId']).toBe(ids[1]));
    expect((screen.getByRole('button', { name: 'Ångra borttagning' }) as HTMLButtonElement).disabled).toBe(true);
    expect(within(screen.getByTestId('cell-svagheter')).getAllByTestId('swot-note-text').map((n) => n.textContent)).toEqual(texts);
  });
});
