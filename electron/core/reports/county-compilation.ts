import { AlignmentType, ImageRun, Packer, Paragraph, Table, TableRow, TextRun, type FileChild } from 'docx';
import type { ParsedInputOf } from '../../../shared/contract';
import type { NoteKind, SwotMapping } from '../../../shared/domain/mapping';
import type { County, CountyCode } from '../../../shared/domain/municipalities';
import { perspectives, quadrants, type Quadrant } from '../../../shared/domain/swot';
import { formatInteger } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import { listCounties } from '../municipalities/queries';
import { listPlans } from '../plans/plans';
import { getSwotMapping } from '../swot/mapping';
import { bodySize, cell, formatReportDate, heading, keyValueTable, plainParagraph, reportDocument, tableFrame, totalLabel, type Column } from './docx-helpers';
import { barChartPng, chartDescription, chartPrintWidthPx, type BarChart } from './report-charts';

/* The county compilation (länssammanställning): the Kartläggning page's
 * charts (needs, strengths and the balance of quadrants), drawn here from the
 * same mapping the page shows, each with its numbers as a table, then one
 * section per municipality. */

/**
 * The Kartläggning page's colours (renderer/src/pages/mapping/palette.ts), so
 * the printed chart reads like the one on screen; a test keeps them equal.
 * The core does not import renderer code.
 */
export const compilationCountyColors: Record<CountyCode, string> = { '03': '0072B2', '17': 'D55E00', '20': '009E73', '21': 'AA4499' };
export const compilationQuadrantColors: Record<Quadrant, string> = { styrkor: '117733', svagheter: 'CC6677', mojligheter: '4477AA', hot: '882255' };

export const needsChartTitle = 'Behov per kompetensområde och län';
export const strengthsChartTitle = 'Styrkor att bygga på per kompetensområde och län';
export const balanceChartTitle = 'Balans mellan kvadranter per perspektiv';
/** The column of row totals, as on the page's tables; the row of column totals is "Summa" as in every report. */
const rowTotalTitle = 'Totalt';
/** Half-points: the tables under the charts step down a point so four county names fit their columns. */
const compactSize = 20;

export interface CountTable {
  rowHeader: string;
  columns: string[];
  rows: { name: string; values: number[] }[];
}

interface KeptTableOptions {
  /** The "Summa" row, bold and shaded below the rows. */
  total?: readonly string[];
  /** Whether the last row keeps with what follows, too: a municipality's plan stays with its needs. */
  keepLast?: boolean;
  /** Tighter padding and a point smaller, for the tables under the charts. */
  compact?: boolean;
  /** Half-points, as in dataTable. */
  size?: number;
}

/**
 * dataTable (docx-helpers) with every row kept with the next: a short table
 * is never split from its chart, caption or heading, so no page is left
 * holding only a caption or a heading. A table longer than a page still
 * breaks, with its header row repeated.
 */
function keptTable(columns: readonly Column[], rows: readonly (readonly string[])[], options: KeptTableOptions = {}): Table {
  const size = options.size ?? (options.compact ? compactSize : bodySize);
  const lines: { texts: readonly string[]; kind: 'header' | 'body' | 'total' }[] = [
    { texts: columns.map((c) => c.title), kind: 'header' },
    ...rows.map((texts) => ({ texts, kind: 'body' as const })),
    ...(options.total ? [{ texts: options.total, kind: 'total' as const }] : []),
  ];
  return new Table({
    ...tableFrame(columns.map((c) => c.percent)),
    // Twelve rows under a chart must still fit the page with it, and the numbers their columns.
    ...(options.compact ? { margins: { top: 30, bottom: 30, left: 60, right: 60 } } : {}),
    rows: lines.map(
      ({ texts, kind }, row) =>
        new TableRow({
          ...(kind === 'header' ? { tableHeader: true } : {}),
          cantSplit: true,
          children: columns.map((column, i) =>
            cell(
              [
                new Paragraph({
                  keepNext: options.keepLast || row < lines.length - 1,
                  spacing: options.compact ? { after: 0 } : undefined,
                  alignment: column.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
                  children: [new TextRun({ text: texts[i] ?? '', size, bold: kind !== 'body' })],
                }),
              ],
              column.percent,
              { shaded: kind !== 'body' },
            ),
          ),
        }),
    ),
  });
}

/**
 * A chart's numbers as a Word table: header row, one row per bar group, a
 * "Totalt" column when there is more than one series, and the "Summa" row.
 */
function countTable(spec: CountTable): Table {
  const withRowTotal = spec.columns.length > 1;
  const titles = [...spec.columns, ...(withRowTotal ? [rowTotalTitle] : [])];
  // 15 % of the text width holds "Gävleborgs" or "Möjligheter" in bold even in DejaVu Sans, LibreOffice's stand-in for Calibri, so no word breaks.
  const valueWidth = Math.min(25, Math.floor(75 / titles.length));
  const columns: Column[] = [
    { title: spec.rowHeader, percent: 100 - valueWidth * titles.length },
    ...titles.map((title): Column => ({ title, percent: valueWidth, align: 'right' })),
  ];
  const line = (values: number[]) => [...values, ...(withRowTotal ? [values.reduce((a, b) => a + b, 0)] : [])].map(formatInteger);
  const sums = spec.columns.map((_, i) => spec.rows.reduce((sum, r) => sum + (r.values[i] ?? 0), 0));
  return keptTable(
    columns,
    spec.rows.map((r) => [r.name, ...line(r.values)]),
    { total: [totalLabel, ...line(sums)], compact: true },
  );
}

function chartImage(chart: BarChart, description: string): Paragraph {
  const image = barChartPng(chart);
  return new Paragraph({
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: chartPrintWidthPx, height: Math.round((chartPrintWidthPx * image.height) / image.width) },
        altText: { title: chart.title, description, name: chart.title },
      }),
    ],
  });
}

/** Heading, image, caption and table as one block: the caption says what the chart shows and where its numbers are. */
function chartBlock(number: number, chart: BarChart, summary: string, table: CountTable): FileChild[] {
  const caption = `Diagram ${number}. ${summary} Siffrorna finns i tabellen under diagrammet.`;
  return [
    heading(chart.title, 1),
    chartImage(chart, `${summary} ${chartDescription(chart)}.`),
    new Paragraph({ keepNext: true, spacing: { before: 60, after: 120 }, children: [new TextRun({ text: caption, italics: true })] }),
    countTable(table),
  ];
}

const kindTexts = {
  behov: {
    title: needsChartTitle,
    counted: 'Antal anteckningar under Svagheter, Möjligheter och Hot per kompetensområde',
    top: 'Flest för',
    empty: 'Inga anteckningar har kompetensområde ännu.',
  },
  styrka: {
    title: strengthsChartTitle,
    counted: 'Antal anteckningar under Styrkor per kompetensområde',
    top: 'Flest styrkor för',
    empty: 'Inga styrkor har kompetensområde ännu.',
  },
} as const satisfies Record<NoteKind, { title: string; counted: string; top: string; empty: string }>;

/**
 * The page's needs chart (NeedsChart.tsx), for needs or for strengths as the
 * page draws it twice: notes per competence area, one series per county,
 * stacked as on screen.
 */
export function areaChart(mapping: SwotMapping, counties: readonly Pick<County, 'code' | 'name'>[], kind: NoteKind): { chart: BarChart; table: CountTable; summary: string } {
  const text = kindTexts[kind];
  const source = kind === 'behov' ? mapping.needsByCounty : mapping.strengthsByCounty;
  const count = (areaId: string, code: CountyCode) => source.find((n) => n.areaId === areaId && n.countyCode === code)?.noteCount ?? 0;
  const rows = mapping.areas.map((a) => ({ name: a.name, values: counties.map((c) => count(a.id, c.code)) }));
  const totals = rows.map((r) => r.values.reduce((s, v) => s + v, 0));
  const max = Math.max(0, ...totals);
  const top = rows.filter((_, i) => totals[i] === max && max > 0).map((r) => `${r.name} (${formatInteger(max)})`);
  const per = counties.length > 1 ? ', staplade per län' : ` i ${counties[0]?.name ?? 'urvalet'}`;
  const summary = `${text.counted}${per}. ${top.length > 0 ? `${text.top} ${top.join(', ')}.` : text.empty} En anteckning med flera kompetensområden räknas under vart och ett.`;
  return {
    chart: {
      title: text.title,
      categories: rows.map((r) => r.name),
      series: counties.map((c, i) => ({ name: c.name, color: compilationCountyColors[c.code], values: rows.map((r) => r.values[i] ?? 0) })),
      format: formatInteger,
      unit: 'anteckningar',
      stacked: true,
      legend: true,
      titleInImage: false,
    },
    table: { rowHeader: 'Kompetensområde', columns: counties.map((c) => c.name), rows },
    summary,
  };
}

/** The page's balance chart: Styrkor, Svagheter, Möjligheter and Hot side by side for each perspective. */
export function balanceChart(mapping: SwotMapping): { chart: BarChart; table: CountTable; summary: string } {
  const count = (p: (typeof perspectives)[number], q: Quadrant) => mapping.quadrantBalance.find((b) => b.perspective === p && b.quadrant === q)?.noteCount ?? 0;
  const rows = perspectives.map((p) => ({ name: translate(`swot.perspectives.${p}`), values: quadrants.map((q) => count(p, q)) }));
  const total = rows.reduce((sum, r) => sum + r.values.reduce((s, v) => s + v, 0), 0);
  return {
    chart: {
      title: balanceChartTitle,
      categories: rows.map((r) => r.name),
      series: quadrants.map((q, i) => ({ name: translate(`swot.quadrants.${q}`), color: compilationQuadrantColors[q], values: rows.map((r) => r.values[i] ?? 0) })),
      format: formatInteger,
      unit: 'anteckningar',
      legend: true,
      titleInImage: false,
    },
    table: { rowHeader: 'Perspektiv', columns: quadrants.map((q) => translate(`swot.quadrants.${q}`)), rows },
    summary: `Antal anteckningar i Styrkor, Svagheter, Möjligheter och Hot för vart och ett av de tre perspektiven. Totalt ${formatInteger(total)} ${total === 1 ? 'anteckning' : 'anteckningar'}.`,
  };
}

/**
 * The county compilation (länssammanställning): the mapping's charts with
 * their tables, then one section per municipality.
 */
export async function renderCountyCompilation(ctx: ServiceContext, filter: ParsedInputOf<'reports.countyCompilation'>): Promise<{ fileName: string; buffer: Buffer }> {
  const mapping = await getSwotMapping(ctx.db, filter);
  const counties = (await listCounties(ctx.db)).filter((c) => !filter.countyCode || c.code === filter.countyCode);
  const county = filter.countyCode ? counties[0] : undefined;
  const scope = county?.name ?? 'Uppsala, Värmlands, Dalarnas och Gävleborgs län';
  const areaName = new Map(mapping.areas.map((a) => [a.id, a.name]));
  const statuses = (filter.statuses ?? []).map((s) => translate(`swot.statuses.${s}`)).join(', ') || 'ingen';
  const today = ctx.clock.now().toISOString();

  const children: FileChild[] = [
    heading(`Kartläggning av kompetensbehov – ${scope}`, 'title'),
    // Labels short enough for one line each, so the facts leave room for the first chart on page 1.
    keyValueTable(
      [
        ['Omfattning', scope],
        ['Status på SWOT-dag', filter.statuses ? statuses : 'alla'],
        ['SWOT-dagar', formatInteger(mapping.totals.swotDays)],
        ['Anteckningar', formatInteger(mapping.totals.notes)],
        ['Utan kompetensområde', formatInteger(mapping.totals.notesWithoutArea)],
        ['Sammanställd', formatReportDate(today)],
      ],
      35,
    ),
  ];

  // The balance first: its short block fits under the facts on page 1, where a taller area chart would leave that page mostly blank.
  const balance = balanceChart(mapping);
  children.push(...chartBlock(1, balance.chart, balance.summary, balance.table));
  for (const [i, kind] of (['behov', 'styrka'] as const).entries()) {
    if (mapping.areas.length === 0) {
      children.push(heading(kindTexts[kind].title, 1), plainParagraph('Det finns inga kompetensområden att räkna anteckningar under.'));
    } else {
      const area = areaChart(mapping, counties, kind);
      children.push(...chartBlock(i + 2, area.chart, area.summary, area.table));
    }
  }

  children.push(heading('Kommunerna', 1));
  // One line for the municipalities without a SWOT day, rather than a heading each saying so.
  const without = mapping.municipalities.filter((m) => m.swotDayCount === 0);
  if (without.length > 0) {
    children.push(
      new Paragraph({
        children: [
          new TextRun({ text: `Ingen SWOT-dag i urvalet (${formatInteger(without.length)} ${without.length === 1 ? 'kommun' : 'kommuner'}): `, bold: true }),
          // A no-break space keeps each name on the line of its code.
          new TextRun(`${without.map((m) => `${m.name}\u00a0(${m.code})`).join(', ')}.`),
        ],
      }),
    );
  }
  for (const m of mapping.municipalities.filter((x) => x.swotDayCount > 0)) {
    const cells = mapping.heatmap.filter((c) => c.municipalityCode === m.code).sort((a, b) => b.noteCount - a.noteCount);
    const plan = await listPlans(ctx.db, m.code);
    const hasPlan = plan.items.length > 0;
    children.push(
      heading(`${m.name} (${m.code})`, 2),
      plainParagraph(`${formatInteger(m.swotDayCount)} SWOT-dag${m.swotDayCount === 1 ? '' : 'ar'}.`, { keepNext: true }),
      cells.length === 0
        ? plainParagraph('Inga anteckningar med kompetensområde.', { keepNext: hasPlan })
        : keptTable(
            [
              { title: 'Kompetensområde', percent: 70 },
              { title: 'Anteckningar', percent: 30, align: 'right' },
            ],
            cells.map((c) => [areaName.get(c.areaId) ?? '', formatInteger(c.noteCount)]),
            { keepLast: hasPlan, compact: true },
          ),
    );
    if (hasPlan) {
      children.push(
        new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [new TextRun({ text: 'Kompetensutvecklingsplan', bold: true })] }),
        keptTable(
          [
            { title: 'Behov', percent: 25 },
            { title: 'Mål', percent: 40 },
            { title: 'Aktivitet', percent: 20 },
            { title: 'Status', percent: 15 },
          ],
          plan.items.map((i) => [areaName.get(i.areaId) ?? '', i.goal, i.activity ?? '–', translate(`plans.statuses.${i.status}`)]),
          { size: compactSize },
        ),
      );
    }
  }

  const document = reportDocument({ title: `Kartläggning – ${scope}`, footerText: `KUB – Kompetensutveckling bibliotek · Sammanställd ${formatReportDate(today)}`, children });
  const slug = (county?.name ?? 'alla-lan').replace(/[^\p{L}\p{N}]+/gu, '-');
  return { fileName: `Kartlaggning-${slug}-${today.slice(0, 10)}.docx`, buffer: await Packer.toBuffer(document) };
}
