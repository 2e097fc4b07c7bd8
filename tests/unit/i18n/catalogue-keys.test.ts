import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { sv } from '../../../shared/i18n/sv';

/*
 * Every message reaches the user through a catalogue key, so a key used in
 * the code must exist in both languages, and an error never carries a
 * sentence of its own. Keys built at run time (`backups.triggers.${t}`) are
 * not seen here; their prefixes are covered by the types of what fills them.
 */

const root = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

const files = ['electron', 'shared', 'renderer/src'].flatMap(sources);

function keysOf(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v as object, `${prefix}${k}.`)));
}

/** i18next resolves `key` with a count to `key_one`/`key_other`. */
function exists(keys: Set<string>, key: string): boolean {
  return keys.has(key) || (keys.has(`${key}_one`) && keys.has(`${key}_other`));
}

const patterns = [
  /AppError\.of\(\s*'[A-Z_]+',\s*'([^']+)'/g,
  /new AppError\(\s*'[A-Z_]+',\s*'([^']+)'/g,
  /\btranslate\(\s*'([^']+)'/g,
  /\bt\(\s*'([^']+)'/g,
  /i18nKey="([^"]+)"/g,
  /'(validation\.[A-Za-z]+)'/g,
];

function usedKeys(): { file: string; key: string }[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => ({ file: file.slice(root.length + 1), key: m[1]! })));
  });
}

describe('the catalogue keys used in the code', () => {
  const used = usedKeys();

  it('are found (the scan sees the code)', () => {
    expect(used.length).toBeGreaterThan(500);
  });

  it('exist in Swedish and in English', () => {
    for (const [name, catalogue] of [['sv', sv], ['en', en]] as const) {
      const keys = new Set(keysOf(catalogue));
      expect(used.filter((u) => !exists(keys, u.key)).map((u) => `${name}: ${u.file}: ${u.key}`)).toEqual([]);
    }
  });

  it('are the same in both catalogues', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(sv).sort());
  });
});

describe('an AppError', () => {
  it('is never given a sentence instead of a key', () => {
    const literal = /(?:new AppError|AppError\.of)\(\s*(?:'[A-Z_]+'|[\w.]+),\s*(?:'[^']* [^']*'|`[^`]* [^`]*`)/g;
    const found = files
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(literal)].map((m) => `${file.slice(root.length + 1)}: ${m[0]}`));
    expect(found).toEqual([]);
  });
});
