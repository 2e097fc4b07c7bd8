import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/* A native <input type="date"> or "time" shows the browser's language
 * (04/16/2012, 05:00 PM in an English Chromium), so no form of the app uses
 * one: dates go through DateField, times through timeInputProps. */

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  );
}

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

describe('the renderer', () => {
  it('has no native date or time input', () => {
    const offenders = sources(join(__dirname, '../../renderer/src')).filter((file) =>
      /type=["'{]+(date|time|datetime-local)["'}]/.test(withoutComments(readFileSync(file, 'utf8'))),
    );
    expect(offenders).toEqual([]);
  });
});
