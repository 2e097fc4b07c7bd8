import { describe, expect, it } from 'vitest';
import { layoutChangeTheory, theoryLayoutSizes as s, wrapText, type LayoutBox } from '../../shared/change-theory-layout';

/* The theory of change's diagram layout, shared by the app's diagram and the Word export. */

const labels = { aktivitet: 'Aktiviteter', output: 'Output', resultat: 'Resultat', effekt: 'Långsiktiga effekter' };
const box = (id: string, level: LayoutBox['level'], position: number, title: string, to: string[] = []): LayoutBox => ({
  id,
  level,
  position,
  title,
  links: to.map((targetId) => ({ kind: 'box', targetId, label: targetId })),
});

describe('wrapping a title', () => {
  it('breaks at spaces within the width, cuts a word longer than a line and ends a cut title with an ellipsis', () => {
    expect(wrapText('Fler vuxna är digitalt delaktiga', 12, 4)).toEqual(['Fler vuxna', 'är digitalt', 'delaktiga']);
    expect(wrapText('Kompetensutvecklingsinsatser', 12, 4)).toEqual(['Kompetensut-', 'vecklingsin-', 'satser']);
    expect(wrapText('ett två tre fyra fem sex sju', 8, 2)).toEqual(['ett två', 'tre…']);
    expect(wrapText('   ', 8, 2)).toEqual([]);
  });
});

describe('the layout', () => {
  const boxes = [
    box('b', 'aktivitet', 2, 'Omvärldsbevakning', ['o1']),
    box('a', 'aktivitet', 1, 'Kurser i digital delaktighet för all personal på biblioteken', ['o1', 'o2']),
    box('o1', 'output', 1, 'Personal har gått kursen', ['r1', 'e1']),
    box('o2', 'output', 2, 'Handledare utbildade'),
    box('r1', 'resultat', 1, 'Bättre stöd'),
    box('e1', 'effekt', 1, 'Delaktighet'),
  ];
  const layout = layoutChangeTheory(boxes, { columnLabels: labels, note: (b) => (b.id === 'a' ? 'EECO01 · 2 aktiviteter' : null) });

  it('puts the four levels in columns from left to right and stacks each level’s boxes in their order', () => {
    expect(layout.columns.map((c) => [c.label, c.x])).toEqual([
      ['Aktiviteter', s.margin],
      ['Output', s.margin + s.columnWidth + s.columnGap],
      ['Resultat', s.margin + 2 * (s.columnWidth + s.columnGap)],
      ['Långsiktiga effekter', s.margin + 3 * (s.columnWidth + s.columnGap)],
    ]);
    const [first, second] = layout.boxes.filter((b) => b.level === 'aktivitet');
    expect([first!.id, second!.id]).toEqual(['a', 'b']);
    expect(first!.y).toBe(s.margin + s.headerHeight);
    expect(second!.y).toBe(first!.y + first!.height + s.boxGap);
    expect(first!.titleLines.length).toBeGreaterThan(1);
    expect(first!.noteLines).toEqual(['EECO01 · 2 aktiviteter']);
    expect(layout.width).toBe(4 * s.columnWidth + 3 * s.columnGap + 2 * s.margin);
    expect(layout.height).toBe(Math.max(...layout.boxes.map((b) => b.y + b.height)) + s.margin);
  });

  it('draws an arrow to each linked box of the next level only, from the right edge to the left edge', () => {
    expect(layout.arrows.map((a) => `${a.from}→${a.to}`)).toEqual(['b→o1', 'a→o1', 'a→o2', 'o1→r1']);
    const a = layout.boxes.find((b) => b.id === 'a')!;
    const o2 = layout.boxes.find((b) => b.id === 'o2')!;
    const arrow = layout.arrows.find((x) => x.from === 'a' && x.to === 'o2')!;
    expect(arrow.path.startsWith(`M ${a.x + a.width} `)).toBe(true);
    expect(arrow.head[1]![0]).toBe(o2.x - 1);
  });

  it('spreads the arrows leaving one box along its edge, in the order of their targets', () => {
    const a = layout.boxes.find((b) => b.id === 'a')!;
    const startY = (to: string) => Number(layout.arrows.find((x) => x.from === 'a' && x.to === to)!.path.split(' ')[2]);
    expect(startY('o1')).toBeCloseTo(a.y + a.height / 3, 0);
    expect(startY('o2')).toBeCloseTo(a.y + (2 * a.height) / 3, 0);
  });

  it('is empty but for its headings when there are no boxes', () => {
    const empty = layoutChangeTheory([], { columnLabels: labels });
    expect(empty.boxes).toEqual([]);
    expect(empty.arrows).toEqual([]);
    expect(empty.height).toBe(2 * s.margin + s.headerHeight);
  });
});
