import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { describeViolations, seriousViolations } from './axe';
import type { RunningApp } from './web-server';

/** Calls the running app's API as the UI does (token, JSON); throws with the error when the call fails. */
export async function apiCall<T>(app: RunningApp, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value: T };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body)}`);
  return body.value;
}

/** The bar on every page: no serious or critical axe violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/**
 * The bytes of every answer of one API method while the page is open. An
 * answer still being read when the page closes is dropped, not an error.
 */
export function watchAnswers(page: Page, method: string): number[] {
  const sizes: number[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith(`/api/${method}`)) return;
    response.body().then(
      (body) => sizes.push(body.length),
      () => undefined,
    );
  });
  return sizes;
}
