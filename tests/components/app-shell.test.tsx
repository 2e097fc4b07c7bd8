import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLocale } from '../../renderer/src/i18n';
import type { TestProject } from '../helpers/db';
import { renderApp } from './render-app';

let project: TestProject | undefined;
afterEach(async () => {
  changeLocale('sv');
  await project?.cleanup();
  project = undefined;
});

describe('App shell', () => {
  it('is Swedish by default, with a named navigation landmark and a skip link', async () => {
    const view = await renderApp('/');
    project = view.project;
    const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Översikt' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Hoppa till innehållet' }).getAttribute('href')).toBe('#main-content');
    expect(document.documentElement.lang).toBe('sv');
    expect(await screen.findByRole('heading', { name: 'Översikt', level: 1 })).toBeTruthy();
  });

  it('switches to English and remembers the choice', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/kommuner');
    project = view.project;
    await user.selectOptions(await screen.findByLabelText('Språk'), 'en');
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Municipalities', level: 1 })).toBeTruthy();
    expect(window.localStorage.getItem('kub-planner-locale')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
