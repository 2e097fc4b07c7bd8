import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/* The folders of electron/core import one another in one direction only: no
 * folder imports a folder that imports it back, directly or round a longer
 * loop. Each root file of electron/core (context.ts, errors.ts, …) counts as a
 * node of its own. Type-only and dynamic imports count like the others. */

const core = fileURLToPath(new URL('../../../electron/core/', import.meta.url));

type Graph = Map<string, Map<string, string>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The folder (or root file) of electron/core a path belongs to; null outside it. */
function nodeOf(path: string): string | null {
  const parts = relative(core, path).split(sep);
  if (parts[0] === '..' || parts[0] === '') return null;
  return parts.length > 1 ? `${parts[0]}/` : parts[0]!.replace(/\.tsx?$/, '');
}

/** Folder → folders it imports, each with one import that shows the edge. */
function folderGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(core)) {
    const from = nodeOf(file)!;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = nodeOf(normalize(join(dirname(file), fileName)));
      if (to && to !== from && !edges.has(to)) edges.set(to, `${relative(core, file)} → ${fileName}`);
    }
  }
  return graph;
}

/** The strongly connected groups of more than one node (Tarjan): each is a loop of imports. */
function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** Each edge inside a loop, with the import that makes it, for a failure that says what to move. */
function loopImports(graph: Graph, group: string[]): string[] {
  return group.flatMap((from) => [...(graph.get(from) ?? [])].filter(([to]) => group.includes(to)).map(([, via]) => via));
}

describe('the folders of electron/core', () => {
  it('finds a loop when there is one (the check itself)', () => {
    const graph: Graph = new Map([
      ['db/', new Map([['errors', 'db/open.ts → ../errors'], ['backup/', 'db/open.ts → ../backup/snapshot']])],
      ['backup/', new Map([['db/', 'backup/replace.ts → ../db/open']])],
      ['errors', new Map()],
      ['api/', new Map([['swot/', 'a'], ['db/', 'b']])],
      ['swot/', new Map([['visits/', 'c']])],
      ['visits/', new Map([['api/', 'd']])],
    ]);
    expect(cycles(graph)).toEqual([['backup/', 'db/'], ['api/', 'swot/', 'visits/']]);
  });

  it('import one another in one direction only', () => {
    const graph = folderGraph();
    // The scan sees the imports it is meant to judge.
    expect(graph.get('api/')?.has('swot/')).toBe(true);
    expect(graph.get('reports/')?.has('esf/')).toBe(true);
    const loops = cycles(graph).map((group) => ({ folders: group, imports: loopImports(graph, group) }));
    expect(loops).toEqual([]);
  });
});
