import { ImageRun, Paragraph, type FileChild } from 'docx';
import { layoutChangeTheory, theoryLayoutSizes as s, type LayoutBox, type TheoryLayout } from '../../../shared/change-theory-layout';
import type { ChangeTheory, TheoryLevel } from '../../../shared/domain/change-theory';
import { translate } from '../../../shared/i18n';
import { formatInteger } from '../../../shared/format';
import { svgToPng } from './chart-images';
import { dataTable, plainParagraph } from './docx-helpers';

/* The theory of change in Word: the app's diagram (the same shared layout)
 * drawn as SVG here and rasterised to PNG, on a landscape page where four
 * columns print large enough to read, and under it the same content as a
 * table for whoever cannot see the picture. */

const fills: Record<TheoryLevel, string> = { aktivitet: '#E7ECF3', output: '#DDEBF7', resultat: '#E2F0D9', effekt: '#FBE5D6' };
const strokes: Record<TheoryLevel, string> = { aktivitet: '#1F3864', output: '#2F5597', resultat: '#38761D', effekt: '#C55A11' };
const levelLabel = (level: TheoryLevel) => translate(`changeTheory.levels.${level}`);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const count = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;

/** The small line under a box: its indicators by code, how many activities and survey questions show it. */
export function evidenceNote(box: LayoutBox): string | null {
  const of = (kind: string) => box.links.filter((l) => l.kind === kind);
  const parts = [
    ...of('indicator').map((l) => l.targetId),
    ...(of('activity').length ? [count(of('activity').length, 'aktivitet', 'aktiviteter')] : []),
    ...(of('question').length ? [count(of('question').length, 'enkätfråga', 'enkätfrågor')] : []),
  ];
  return parts.length ? parts.join(' · ') : null;
}

export function theoryLayout(theory: ChangeTheory): TheoryLayout {
  return layoutChangeTheory(theory.boxes, {
    columnLabels: { aktivitet: levelLabel('aktivitet'), output: levelLabel('output'), resultat: levelLabel('resultat'), effekt: levelLabel('effekt') },
    note: evidenceNote,
  });
}

/** The diagram as an SVG string of the shapes chart-images.ts accepts (no markers: arrowheads are triangles); `scale` shrinks it whole. */
export function changeTheorySvg(layout: TheoryLayout, title: string, scale = 1): string {
  const parts: string[] = [`<rect x="0" y="0" width="${layout.width}" height="${layout.height}" fill="#FFFFFF"/>`];
  for (const c of layout.columns) {
    parts.push(
      `<text x="${c.x + c.width / 2}" y="${s.margin + s.headerSize + 4}" text-anchor="middle" font-family="DejaVu Sans" font-size="${s.headerSize}" font-weight="bold" fill="#1F3864">${escape(c.label)}</text>`,
    );
  }
  for (const a of layout.arrows) {
    parts.push(`<path d="${a.path}" fill="none" stroke="#595959" stroke-width="1.6"/>`);
    parts.push(`<polygon points="${a.head.map(([x, y]) => `${x},${y}`).join(' ')}" fill="#595959"/>`);
  }
  for (const b of layout.boxes) {
    parts.push(`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="6" fill="${fills[b.level]}" stroke="${strokes[b.level]}" stroke-width="1.4"/>`);
    const lines = b.titleLines.map(
      (line, i) => `<tspan x="${b.x + s.padding}" y="${b.y + s.padding + s.titleSize + i * s.titleLineHeight}">${escape(line)}</tspan>`,
    );
    parts.push(`<text font-family="DejaVu Sans" font-size="${s.titleSize}" fill="#1A1A1A">${lines.join('')}</text>`);
    if (b.noteLines.length) {
      const top = b.y + s.padding + b.titleLines.length * s.titleLineHeight + 4;
      const notes = b.noteLines.map((line, i) => `<tspan x="${b.x + s.padding}" y="${top + s.noteSize + i * s.noteLineHeight}">${escape(line)}</tspan>`);
      parts.push(`<text font-family="DejaVu Sans" font-size="${s.noteSize}" fill="#404040">${notes.join('')}</text>`);
    }
  }
  const w = Math.ceil(layout.width * scale);
  const h = Math.ceil(layout.height * scale);
  const body = scale === 1 ? parts.join('') : `<g transform="scale(${scale})">${parts.join('')}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><title>${escape(title)}</title>${body}</svg>`;
}

/** Landscape text width in Word's pixels (96 dpi): 25.7 cm. */
const landscapeWidthPx = 970;

/**
 * The diagram and its table. A theory too tall for one picture (more than
 * about forty boxes in a column) is drawn smaller rather than refused; the
 * table always lists every box.
 */
export function changeTheoryParagraphs(theory: ChangeTheory, title = 'Förändringsteori'): FileChild[] {
  if (theory.boxes.length === 0) return [plainParagraph('Förändringsteorin har inga rutor ännu.')];
  const layout = theoryLayout(theory);
  // resvg and the guard in chart-images.ts take sides up to 4 000 units; a taller layout is scaled down as a whole.
  const scale = Math.min(1, 3900 / layout.height);
  const svg = changeTheorySvg(layout, title, scale);
  const image = svgToPng(svg, title, 2 * landscapeWidthPx);
  const height = Math.round((landscapeWidthPx * image.height) / image.width);
  const boxes = new Map(theory.boxes.map((b) => [b.id, b]));
  const rows = theory.boxes.map((b) => {
    const labels = (kind: string) => b.links.filter((l) => l.kind === kind).map((l) => l.label);
    return [
      translate(`changeTheory.level.${b.level}`),
      b.description ? `${b.title} – ${b.description}` : b.title,
      b.links
        .filter((l) => l.kind === 'box')
        .map((l) => boxes.get(l.targetId)?.title ?? l.label)
        .join('; ') || '–',
      [...labels('activity'), ...labels('indicator'), ...labels('question')].join('; ') || '–',
    ];
  });
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width: landscapeWidthPx, height },
          altText: {
            title,
            name: title,
            description: `${title}: ${formatInteger(theory.boxes.length)} rutor i fyra nivåer (aktiviteter, output, resultat, långsiktiga effekter) och ${formatInteger(layout.arrows.length)} pilar. Tabellen under bilden har samma innehåll.`,
          },
        }),
      ],
    }),
    dataTable(
      [
        { title: 'Nivå', percent: 12 },
        { title: 'Ruta', percent: 34 },
        { title: 'Leder till', percent: 24 },
        { title: 'Belägg i appen', percent: 30 },
      ],
      rows,
      { size: 18, landscape: true },
    ),
  ];
}
