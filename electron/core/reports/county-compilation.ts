import { ImageRun, Packer, Paragraph, type FileChild } from 'docx';
import type { ParsedInputOf } from '../../../shared/contract';
import { planStatusLabels } from '../../../shared/domain/plans';
import { swotDayStatusLabels } from '../../../shared/domain/swot';
import { formatInteger } from '../../../shared/format';
import type { ServiceContext } from '../context';
import { listPlans } from '../plans/plans';
import { getSwotMapping } from '../swot/mapping';
import { svgToPng } from './chart-images';
import { dataTable, formatReportDate, heading, keyValueTable, plainParagraph, reportDocument } from './docx-helpers';

const imageWidthPt = 450;

/**
 * The county compilation (länssammanställning): the mapping's charts as
 * images with their text alternatives, then one table per municipality.
 */
export async function renderCountyCompilation(ctx: ServiceContext, input: ParsedInputOf<'reports.countyCompilation'>): Promise<{ fileName: string; buffer: Buffer }> {
  const { charts, ...filter } = input;
  const mapping = await getSwotMapping(ctx.db, filter);
  const county = filter.countyCode ? await ctx.db.selectFrom('counties').select('name').where('code', '=', filter.countyCode).executeTakeFirst() : undefined;
  const scope = county?.name ?? 'Uppsala, Värmlands, Dalarnas och Gävleborgs län';
  const areaName = new Map(mapping.areas.map((a) => [a.id, a.name]));
  const statuses = (filter.statuses ?? []).map((s) => swotDayStatusLabels[s]).join(', ') || 'alla';
  const today = ctx.clock.now().toISOString();

  const children: FileChild[] = [
    heading(`Kartläggning av kompetensbehov – ${scope}`, 'title'),
    keyValueTable([
      ['Omfattning', scope],
      ['SWOT-dagar med status', filter.statuses ? statuses : 'alla'],
      ['SWOT-dagar', formatInteger(mapping.totals.swotDays)],
      ['Anteckningar', formatInteger(mapping.totals.notes)],
      ['Varav utan kompetensområde', formatInteger(mapping.totals.notesWithoutArea)],
      ['Sammanställd', formatReportDate(today)],
    ]),
  ];

  if (charts.length > 0) {
    children.push(heading('Diagram', 1));
    for (const chart of charts) {
      const image = svgToPng(chart.svg, chart.title);
      children.push(
        heading(chart.title, 2),
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: image.png,
              transformation: { width: imageWidthPt, height: Math.round((imageWidthPt * image.height) / image.width) },
              altText: { title: chart.title, description: chart.description, name: chart.title },
            }),
          ],
        }),
        plainParagraph(chart.description),
      );
    }
  }

  children.push(heading('Kommunerna', 1, { newPage: charts.length > 0 }));
  for (const m of mapping.municipalities) {
    const cells = mapping.heatmap.filter((c) => c.municipalityCode === m.code).sort((a, b) => b.noteCount - a.noteCount);
    const plan = await listPlans(ctx.db, m.code);
    children.push(heading(`${m.name} (${m.code})`, 2));
    if (m.swotDayCount === 0) {
      children.push(plainParagraph('Ingen SWOT-dag i urvalet.'));
    } else {
      children.push(
        plainParagraph(`${formatInteger(m.swotDayCount)} SWOT-dag${m.swotDayCount === 1 ? '' : 'ar'}.`, { keepNext: true }),
        cells.length === 0
          ? plainParagraph('Inga anteckningar med kompetensområde.')
          : dataTable(
              [
                { title: 'Kompetensområde', percent: 70 },
                { title: 'Anteckningar', percent: 30, align: 'right' },
              ],
              cells.map((c) => [areaName.get(c.areaId) ?? '', formatInteger(c.noteCount)]),
            ),
      );
    }
    if (plan.items.length > 0) {
      children.push(
        plainParagraph('Kompetensutvecklingsplan', { keepNext: true }),
        dataTable(
          [
            { title: 'Behov', percent: 25 },
            { title: 'Mål', percent: 40 },
            { title: 'Aktivitet', percent: 20 },
            { title: 'Status', percent: 15 },
          ],
          plan.items.map((i) => [areaName.get(i.areaId) ?? '', i.goal, i.activity ?? '–', planStatusLabels[i.status]]),
          { size: 20 },
        ),
      );
    }
  }

  const document = reportDocument({ title: `Kartläggning – ${scope}`, footerText: `KUB – Kompetensutveckling bibliotek · Sammanställd ${formatReportDate(today)}`, children });
  const slug = (county?.name ?? 'alla-lan').replace(/[^\p{L}\p{N}]+/gu, '-');
  return { fileName: `Kartlaggning-${slug}-${today.slice(0, 10)}.docx`, buffer: await Packer.toBuffer(document) };
}
