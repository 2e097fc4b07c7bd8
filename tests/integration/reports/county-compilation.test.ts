import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as chartImages from '../../../electron/core/reports/chart-images';
import { balanceChartTitle, needsChartTitle, strengthsChartTitle } from '../../../electron/core/reports/county-compilation';
import type { Perspective, Quadrant, SwotDayStatus } from '../../../shared/domain/swot';
import { callErr, callOk, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { bodyBlocks, child, descendants, elements, openDocx, parseXml, tableAfterHeading, textOf, type DocxBlock, type DocxTable, type XmlElement } from './docx-xml';

// Counted so the test sees that the core draws both charts, and that a refused payload draws nothing.
vi.mock('../../../electron/core/reports/chart-images', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/core/reports/chart-images')>();
  return { ...actual, svgToPng: vi.fn(actual.svgToPng) };
});

/*
 * Fixture; every expected number below is counted by hand from it.
 *
 *   municipality          status      notes: perspective/quadrant [areas]
 *   2080 Falun (20)       genomford   n1 nu/svagheter [IT] · n2 nu/svagheter [IT]
 *                                     n3 nu/styrkor [Lärande] · n4 mg/hot [IT, Lärande]
 *   1780 Karlstad (17)    planerad    n5 mg/svagheter [IT] · n6 nm/mojligheter []
 *   0380 Uppsala (03)     genomford   n7 nm/mojligheter [Marknadsföring]
 *
 * Needs are notes under Svagheter, Möjligheter and Hot, strengths those under
 * Styrkor (per area and county, Uppsala/Värmland/Dalarna/Gävleborg):
 *   needs      Lärande 0/0/1/0 = 1 · Marknadsföring 1/0/0/0 = 1 · IT 0/1/3/0 = 4 · Summa 1/1/4/0 = 6
 *   strengths  Lärande 0/0/1/0 = 1 · Summa 0/0/1/0 = 1
 * Balance (Styrkor/Svagheter/Möjligheter/Hot):
 *   Nya utmaningar 1/2/0/0 = 3 · Nya och gamla målgrupper 0/1/0/1 = 2 · Nya möjligheter 0/0/2/0 = 2 · Summa 1/3/2/1 = 7
 */
const IT = '01890000-0000-7000-8000-000000000004';
const LARANDE = '01890000-0000-7000-8000-000000000001';
const MARKNADSFORING = '01890000-0000-7000-8000-000000000002';
/** Issue 13: one pixel wide and a thousand high, which resvg fitted to 1 600 px wide would allocate as 1 600 × 1 600 000 pixels. */
const hugeViewBoxPayload = {
  countyCode: '17',
  charts: [{ title: 't', description: 'd', svg: '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1000" viewBox="0 0 1 1000"/>' }],
};

let project: TestProject;

beforeEach(async () => {
  vi.mocked(chartImages.svgToPng).mockClear();
  project = await openTestProject();
  const day = async (municipalityCode: string, status: SwotDayStatus) => (await callOk(project.dispatch, 'swotDays.create', { municipalityCode, date: '2012-03-14', status })).id;
  const note = async (swotDayId: string, text: string, perspective: Perspective, quadrant: Quadrant, areaIds: string[]) => {
    const added = await callOk(project.dispatch, 'swotNotes.add', { swotDayId, perspective, quadrant, text });
    await callOk(project.dispatch, 'swotNotes.update', { id: added.id, areaIds });
  };
  const falun = await day('2080', 'genomford');
  await note(falun, 'E-böcker är nytt för många', 'nya_utmaningar', 'svagheter', [IT]);
  await note(falun, 'Datorerna är gamla', 'nya_utmaningar', 'svagheter', [IT]);
  await note(falun, 'Vi lär av varandra', 'nya_utmaningar', 'styrkor', [LARANDE]);
  await note(falun, 'Ingen tid för att lära sig nya system', 'malgrupper', 'hot', [IT, LARANDE]);
  const karlstad = await day('1780', 'planerad');
  await note(karlstad, 'Wifi saknas i filialerna', 'malgrupper', 'svagheter', [IT]);
  await note(karlstad, 'Nya lokaler 2013', 'nya_mojligheter', 'mojligheter', []);
  const uppsala = await day('0380', 'genomford');
  await note(uppsala, 'Sociala medier når unga', 'nya_mojligheter', 'mojligheter', [MARKNADSFORING]);
  await callOk(project.dispatch, 'planItems.create', { municipalityCode: '2080', areaId: IT, goal: 'Alla kan visa e-böcker', activity: 'IT-spåret', status: 'planerad' });
});
afterEach(async () => {
  await project.cleanup();
});

async function compile(input: { countyCode?: '03' | '17' | '20' | '21' }) {
  const file = await callOk(project.dispatch, 'reports.countyCompilation', input);
  const docx = await openDocx(Buffer.from(file.contentBase64, 'base64'));
  const body = descendants(parseXml(docx.documentXml), 'w:body')[0]!;
  return { file, docx, blocks: bodyBlocks(docx.documentXml), body: elements(body).filter((e) => e.name === 'w:p' || e.name === 'w:tbl') };
}

const texts = (table: DocxTable): string[][] => table.rows.map((r) => r.cells.map((c) => c.text));
const numbers = (row: string[]): number[] => row.slice(1).map((v) => Number(v.replace(/\s/g, '')));

/** The Summa row is the sum of the rows above it, column by column, and a Totalt column the sum of its row. */
function expectSums(table: DocxTable) {
  const [header, ...rest] = texts(table);
  const body = rest.slice(0, -1);
  const total = rest.at(-1)!;
  expect(total[0]).toBe('Summa');
  const columnSums = header!.slice(1).map((_, i) => body.reduce((sum, row) => sum + numbers(row)[i]!, 0));
  expect(numbers(total)).toEqual(columnSums);
  if (header!.at(-1) === 'Totalt') {
    for (const row of [...body, total]) {
      const values = numbers(row);
      expect(values.at(-1)).toBe(values.slice(0, -1).reduce((a, b) => a + b, 0));
    }
  }
}

const keepsNext = (p: XmlElement): boolean => {
  const keep = child(child(p, 'w:pPr') ?? p, 'w:keepNext');
  return keep !== undefined && !['false', '0'].includes(keep.attrs['w:val'] ?? 'true');
};

/** Index in the body of the heading with this text. */
const headingAt = (body: XmlElement[], text: string): number =>
  body.findIndex((e) => e.name === 'w:p' && (child(child(e, 'w:pPr') ?? e, 'w:pStyle')?.attrs['w:val'] ?? '').startsWith('Heading') && textOf(e) === text);

describe('the county compilation in Word', () => {
  it('draws the page’s three charts in the core as PNG images with their text alternative and the same numbers', async () => {
    const { docx, blocks } = await compile({});
    const media = Object.keys(docx.zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    for (const name of media) {
      const png = await docx.zip.file(name)!.async('uint8array');
      expect(String.fromCharCode(...png.subarray(1, 4))).toBe('PNG');
    }
    expect(vi.mocked(chartImages.svgToPng)).toHaveBeenCalledTimes(3);

    const pictures = descendants(parseXml(docx.documentXml), 'wp:docPr').map((d) => d.attrs);
    expect(pictures.map((p) => p['title'])).toEqual([balanceChartTitle, needsChartTitle, strengthsChartTitle]);
    expect(pictures[0]!['descr']).toBe(
      'Antal anteckningar i Styrkor, Svagheter, Möjligheter och Hot för vart och ett av de tre perspektiven. Totalt 7 anteckningar. ' +
        'Nya utmaningar: Styrkor 1, Svagheter 2, Möjligheter 0, Hot 0; Nya och gamla målgrupper: Styrkor 0, Svagheter 1, Möjligheter 0, Hot 1; ' +
        'Nya möjligheter: Styrkor 0, Svagheter 0, Möjligheter 2, Hot 0.',
    );
    expect(pictures[1]!['descr']).toContain('Flest för IT (4).');
    expect(pictures[1]!['descr']).toContain('IT: Uppsala län 0, Värmlands län 1, Dalarnas län 3, Gävleborgs län 0 (totalt 4)');
    // 640 px at 96 dpi (6 096 000 EMU) is the text width the chart's 10 pt lettering is drawn for.
    for (const extent of descendants(parseXml(docx.documentXml), 'wp:extent')) expect(extent.attrs['cx']).toBe('6096000');

    expect(texts(tableAfterHeading(blocks, balanceChartTitle))).toEqual([
      ['Perspektiv', 'Styrkor', 'Svagheter', 'Möjligheter', 'Hot', 'Totalt'],
      ['Nya utmaningar', '1', '2', '0', '0', '3'],
      ['Nya och gamla målgrupper', '0', '1', '0', '1', '2'],
      ['Nya möjligheter', '0', '0', '2', '0', '2'],
      ['Summa', '1', '3', '2', '1', '7'],
    ]);
    const needs = texts(tableAfterHeading(blocks, needsChartTitle));
    expect(needs[0]).toEqual(['Kompetensområde', 'Uppsala län', 'Värmlands län', 'Dalarnas län', 'Gävleborgs län', 'Totalt']);
    // Every active area is a row, in the taxonomy's order, as on the Kartläggning page.
    expect(needs.slice(1, -1).map((r) => r[0])).toEqual([
      'Lärande', 'Marknadsföring', 'Bemötande', 'IT', 'Ledarskap', 'Läsfrämjande', 'Barn och unga', 'Flerspråkighet och nyanlända', 'Digital delaktighet', 'Tillgänglighet',
    ]);
    expect(needs.find((r) => r[0] === 'Lärande')).toEqual(['Lärande', '0', '0', '1', '0', '1']);
    expect(needs.find((r) => r[0] === 'Marknadsföring')).toEqual(['Marknadsföring', '1', '0', '0', '0', '1']);
    expect(needs.find((r) => r[0] === 'IT')).toEqual(['IT', '0', '1', '3', '0', '4']);
    expect(needs.at(-1)).toEqual(['Summa', '1', '1', '4', '0', '6']);
    const strengths = texts(tableAfterHeading(blocks, strengthsChartTitle));
    expect(strengths.filter((r) => r.slice(1).some((v) => v !== '0'))).toEqual([
      ['Kompetensområde', 'Uppsala län', 'Värmlands län', 'Dalarnas län', 'Gävleborgs län', 'Totalt'],
      ['Lärande', '0', '0', '1', '0', '1'],
      ['Summa', '0', '0', '1', '0', '1'],
    ]);
    for (const title of [balanceChartTitle, needsChartTitle, strengthsChartTitle]) expectSums(tableAfterHeading(blocks, title));
    // The tables have a real header row, which Word repeats and screen readers announce.
    expect(tableAfterHeading(blocks, needsChartTitle).rows.map((r) => r.header)).toEqual([true, ...Array<boolean>(11).fill(false)]);
  });

  it('keeps each heading, chart, caption and table together, the caption naming the table under it', async () => {
    const { body, blocks, docx } = await compile({});
    for (const [n, title] of [balanceChartTitle, needsChartTitle, strengthsChartTitle].entries()) {
      const at = headingAt(body, title);
      expect(at).toBeGreaterThanOrEqual(0);
      const [image, caption, table] = body.slice(at + 1, at + 4) as [XmlElement, XmlElement, XmlElement];
      expect(descendants(image, 'wp:docPr')[0]?.attrs['title']).toBe(title);
      expect(textOf(caption)).toMatch(new RegExp(`^Diagram ${n + 1}\\. .* Siffrorna finns i tabellen under diagrammet\\.$`));
      expect(table.name).toBe('w:tbl');
      expect([image, caption].map(keepsNext)).toEqual([true, true]);
      const rows = elements(table, 'w:tr').map((tr) => descendants(tr, 'w:p').every(keepsNext));
      expect(rows).toEqual([...Array<boolean>(rows.length - 1).fill(true), false]);
    }
    // Headings keep with the next paragraph through their style.
    const styles = parseXml(await docx.part('word/styles.xml'));
    const heading1 = descendants(styles, 'w:style').find((s) => s.attrs['w:styleId'] === 'Heading1')!;
    expect(descendants(heading1, 'w:keepNext')).toHaveLength(1);
    expect((blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Diagram 2.')) as DocxBlock & { text: string }).text).toBe(
      'Diagram 2. Antal anteckningar under Svagheter, Möjligheter och Hot per kompetensområde, staplade per län. Flest för IT (4). En anteckning med flera kompetensområden räknas under vart och ett. Siffrorna finns i tabellen under diagrammet.',
    );
  });

  it('narrows to one county: one series, a section per municipality with a SWOT day (its needs) and one line for the rest', async () => {
    const { file, blocks, docx } = await compile({ countyCode: '20' });
    expect(file.fileName).toMatch(/^Kartlaggning-Dalarnas-län-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(texts(tableAfterHeading(blocks, needsChartTitle)).filter((r) => ['Kompetensområde', 'Lärande', 'IT', 'Summa'].includes(r[0]!))).toEqual([
      ['Kompetensområde', 'Dalarnas län'],
      ['Lärande', '1'],
      ['IT', '3'],
      ['Summa', '4'],
    ]);
    // Karlstad's and Uppsala's notes are outside the county.
    expect(texts(tableAfterHeading(blocks, balanceChartTitle)).at(-1)).toEqual(['Summa', '1', '2', '0', '1', '4']);
    expectSums(tableAfterHeading(blocks, balanceChartTitle));
    const xml = docx.documentXml;
    expect(xml).toContain('Kartläggning av kompetensbehov – Dalarnas län');
    expect(texts(tableAfterHeading(blocks, 'Falun (2080)'))).toEqual([
      ['Kompetensområde', 'Anteckningar'],
      ['IT', '3'],
      ['Lärande', '1'],
    ]);
    expect(xml).toContain('Alla kan visa e-böcker');
    // All 15 Dalarna municipalities are named: Falun with its section, the other 14 on one line.
    expect(xml.match(/\(20\d\d\)/g)).toHaveLength(15);
    const rest = blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Ingen SWOT-dag i urvalet'));
    expect(rest?.kind === 'paragraph' && rest.text).toMatch(/^Ingen SWOT-dag i urvalet \(14 kommuner\): Vansbro\u00a0\(2021\), Malung-Sälen\u00a0\(2023\), .* Ludvika\u00a0\(2085\)\.$/);
    expect(blocks.filter((b) => b.kind === 'paragraph' && b.style === 'Heading2').map((b) => b.kind === 'paragraph' && b.text)).toEqual(['Falun (2080)']);
  });

  it('refuses the old payload with a drawn SVG at once, as a validation error, without rendering it or writing anything', async () => {
    const before = snapshot(project.sqlite);
    const started = performance.now();
    const error = await callErr(project.dispatch, 'reports.countyCompilation', hugeViewBoxPayload);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toEqual({ code: 'VALIDATION', message: 'Uppgifterna är inte giltiga. Rätta de markerade fälten.', fieldErrors: { _: 'Ogiltigt värde.' } });
    expect(vi.mocked(chartImages.svgToPng)).not.toHaveBeenCalled();
    expect(snapshot(project.sqlite)).toEqual(before);
  });
});
