import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/* The renderer's feature rule, read from the source: a feature's changes are hooks in its own
 * pages/<feature>/api.ts (what each refreshes declared once there), and its pages are routes in
 * its own pages/<feature>/routes.tsx that App.tsx gathers. */

const root = join(import.meta.dirname, '../../..');
const src = join(root, 'renderer/src');
const pages = join(src, 'pages');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const rel = (path: string) => relative(root, path).replaceAll('\\', '/');
const isHookModule = (path: string) => /^renderer\/src\/pages\/[^/]+\/api\.ts$/.test(path);
const features = readdirSync(pages).filter((name) => statSync(join(pages, name)).isDirectory());

/** The files, among those given, that call the mutation hook directly though they are no feature hook module. */
function directCallers(files: { path: string; text: string }[]): string[] {
  return files
    .filter(({ path }) => path !== 'renderer/src/api/hooks.ts' && !isHookModule(path))
    .filter(({ text }) => text.includes('useApiMutation('))
    .map(({ path }) => path);
}

describe('a feature’s changes live in its api.ts', () => {
  it('no renderer file outside the feature hook modules calls useApiMutation( itself', () => {
    const files = sourceFiles(src).map((path) => ({ path: rel(path), text: readFileSync(path, 'utf8') }));
    expect(files.filter(({ path }) => isHookModule(path)).length).toBeGreaterThanOrEqual(12);
    expect(directCallers(files)).toEqual([]);
  });

  it('names a component that calls useApiMutation( itself, and lets a hook module do it', () => {
    const component = { path: 'renderer/src/pages/areas/AreasPage.tsx', text: "const update = useApiMutation('areas.update', ['areas.list']);" };
    const hooks = { path: 'renderer/src/pages/areas/api.ts', text: "return useApiMutation('areas.update', ['areas.list']);" };
    const nested = { path: 'renderer/src/pages/areas/parts/api.ts', text: "return useApiMutation('areas.update', []);" };
    expect(directCallers([component, hooks, nested])).toEqual([component.path, nested.path]);
  });

  it('declares the hook of each method once, so one place says what the change refreshes', () => {
    const declared = new Map<string, string[]>();
    for (const feature of features) {
      const module = join(pages, feature, 'api.ts');
      if (!existsSync(module)) continue;
      for (const [, method] of readFileSync(module, 'utf8').matchAll(/useApiMutation\(\s*'([^']+)'/g)) {
        declared.set(method!, [...(declared.get(method!) ?? []), feature]);
      }
    }
    expect(declared.size).toBeGreaterThan(60);
    expect([...declared].filter(([, owners]) => owners.length > 1)).toEqual([]);
  });
});

describe('a feature’s pages are its routes.tsx, gathered by App.tsx', () => {
  const app = readFileSync(join(src, 'App.tsx'), 'utf8');
  const withPages = features.filter((feature) => readdirSync(join(pages, feature)).some((name) => /Page\.tsx$/.test(name)));

  it('every feature folder with pages has a routes.tsx that App.tsx imports and renders', () => {
    expect(withPages.length).toBeGreaterThanOrEqual(12);
    const missing = withPages.filter((feature) => {
      const routes = join(pages, feature, 'routes.tsx');
      if (!existsSync(routes)) return true;
      const exported = /export const (\w+Routes)\b/.exec(readFileSync(routes, 'utf8'))?.[1];
      return !exported || !app.includes(`from './pages/${feature}/routes'`) || !app.includes(`{${exported}}`);
    });
    expect(missing).toEqual([]);
  });

  it('every page is routed by its own feature’s routes.tsx, and App.tsx loads no page itself', () => {
    const unrouted = withPages.flatMap((feature) => {
      const routes = readFileSync(join(pages, feature, 'routes.tsx'), 'utf8');
      return readdirSync(join(pages, feature))
        .filter((name) => /Page\.tsx$/.test(name))
        .map((name) => name.replace(/\.tsx$/, ''))
        .filter((page) => !routes.includes(`import('./${page}')`))
        .map((page) => `${feature}/${page}`);
    });
    expect(unrouted).toEqual([]);
    expect(app).not.toMatch(/import\(['"]\.\/pages\//);
    expect(app).not.toMatch(/<Route path="(?!\*)/);
  });
});
