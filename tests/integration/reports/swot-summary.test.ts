import { translate } from '../../../shared/i18n';
import { beforeAll, describe, expect, it } from 'vitest';
import { perspectives, quadrants, type Perspective, type Quadrant, type SwotSummaryData } from '../../../shared/domain/swot';
import { renderSwotSummary } from '../../../electron/core/reports/swot-summary';
import { bodyBlocks, countOccurrences, descendants, openDocx, parseXml, tableAfterHeading, type DocxBlock, type DocxParts, type DocxTable } from './docx-xml';
import { fixtureNotes, swotFixture } from './swot-fixture';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Board position of each quadrant: [row, column]. */
const boardPosition: Record<Quadrant, [number, number]> = { styrkor: [0, 0], svagheter: [0, 1], mojligheter: [1, 0], hot: [1, 1] };

async function render(data: SwotSummaryData): Promise<{ docx: DocxParts; blocks: DocxBlock[] }> {
  const docx = await openDocx(await renderSwotSummary(data));
  return { docx, blocks: bodyBlocks(docx.documentXml) };
}

function swotBoards(blocks: DocxBlock[]): Record<Perspective, DocxTable> {
  const start = blocks.findIndex((b) => b.kind === 'paragraph' && b.style === 'Heading1' && b.text === 'SWOT-analyser');
  expect(start).toBeGreaterThan(0);
  return Object.fromEntries(perspectives.map((p) => [p, tableAfterHeading(blocks, translate(`swot.perspectives.${p}`), start)])) as Record<Perspective, DocxTable>;
}

const cellOf = (board: DocxTable, q: Quadrant) => board.rows[boardPosition[q][0]]!.cells[boardPosition[q][1]]!;

describe('SWOT summary (Word)', () => {
  const data = swotFixture();
  const notes = fixtureNotes(data);
  let docx: DocxParts;
  let blocks: DocxBlock[];

  beforeAll(async () => {
    ({ docx, blocks } = await render(data));
  });

  it('is a valid docx package', async () => {
    expect(docx.zip.file('[Content_Types].xml')).not.toBeNull();
    expect(await docx.part('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
    // Our parser throws on unbalanced or unescaped markup, so parsing is a well-formedness check.
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/footer1.xml', 'word/numbering.xml']) {
      const xml = await docx.part(part);
      expect(() => parseXml(xml), part).not.toThrow();
    }
  });

  it('has a fixture with notes in all 12 cells, with åäö and XML specials', () => {
    for (const p of perspectives) for (const q of quadrants) expect(data.notes[p][q].length).toBeGreaterThan(0);
    expect(new Set(notes.map((n) => n.text)).size).toBe(notes.length);
    const all = notes.map((n) => n.text).join('');
    for (const ch of ['å', 'ä', 'ö', '&', '<', '>']) expect(all).toContain(ch);
  });

  it('writes every note exactly once, escaped', () => {
    const paragraphs = blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)) : [b.text]));
    for (const { text } of notes) {
      expect(countOccurrences(docx.documentXml, escapeXml(text)), text).toBe(1);
      expect(paragraphs.filter((p) => p.split('\n')[0] === text), text).toHaveLength(1);
    }
    expect(docx.documentXml).not.toMatch(/<w:t[^>]*>[^<]*&(?!amp;|lt;|gt;|quot;|apos;|#)/);
  });

  it('puts each note in its perspective’s board, in its quadrant’s cell', () => {
    const boards = swotBoards(blocks);
    for (const p of perspectives) {
      const board = boards[p];
      expect(board.rows).toHaveLength(2);
      for (const row of board.rows) expect(row.cells).toHaveLength(2);
      for (const q of quadrants) expect(cellOf(board, q).paragraphs[0]).toBe(translate(`swot.quadrants.${q}`));
    }
    for (const note of notes) {
      for (const p of perspectives) {
        for (const q of quadrants) {
          const lines = cellOf(boards[p], q).paragraphs.map((t) => t.split('\n')[0]);
          const expected = p === note.perspective && q === note.quadrant ? 1 : 0;
          expect(lines.filter((l) => l === note.text).length, `${note.text} in ${p}/${q}`).toBe(expected);
        }
      }
    }
  });

  it('keeps notes in board order and shows areas and priority under each note', () => {
    const cell = cellOf(swotBoards(blocks).nya_utmaningar, 'svagheter');
    expect(cell.paragraphs.slice(1)).toEqual(['Låg digital kompetens hos delar av personalen\nOmråden: IT, Lärande · Prioritet: Hög', 'Ingen tid avsatt för omvärldsbevakning']);
    const hot = cellOf(swotBoards(blocks).nya_utmaningar, 'hot');
    expect(hot.paragraphs[1]).toBe('Minskade anslag < 2 % per år enligt budgetförslaget\nPrioritet: Hög');
  });

  it('turns line breaks typed in a note into line breaks in Word', async () => {
    const multi = swotFixture();
    multi.notes.nya_mojligheter.styrkor = [{ text: 'Nya lokaler\nFlexibla ytor', areas: [], priority: 3 }];
    const { docx: d, blocks: b } = await render(multi);
    expect(cellOf(swotBoards(b).nya_mojligheter, 'styrkor').paragraphs).toEqual(['Styrkor', 'Nya lokaler\nFlexibla ytor\nPrioritet: Låg']);
    expect(d.documentXml).not.toMatch(/<w:t[^>]*>[^<]*\n/);
  });

  it('uses real heading styles for title, sections, levels and perspectives', () => {
    const styled = (style: string) => blocks.flatMap((b) => (b.kind === 'paragraph' && b.style === style ? [b.text] : []));
    expect(styled('Title')).toEqual(['SWOT-sammanställning – Falun']);
    expect(styled('Heading1')).toEqual(['Förberedelser', 'SWOT-analyser', 'Behov', 'Kompetensutvecklingsplan']);
    expect(styled('Heading2')).toEqual(['Omvärld', 'Närvärld', 'Invärld', 'Nya utmaningar', 'Nya och gamla målgrupper', 'Nya möjligheter', 'Styrkor att bygga på']);
    expect(docx.documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(docx.documentXml).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('fills the header block in Swedish formats', () => {
    const header = blocks[1];
    expect(header?.kind).toBe('table');
    const pairs = (header as DocxTable).rows.map((r) => r.cells.map((c) => c.text));
    expect(pairs).toEqual([
      ['Kommun', 'Falun (kommunkod 2080)'],
      ['Län', 'Dalarnas län'],
      ['Datum', '14 mars 2012'],
      ['Plats', 'Falu stadsbibliotek, hörsalen'],
      ['Samtalsledare', 'Anna Lindqvist, Per Öberg'],
      ['Deltagare', 'Kvinnor 17 · Män 4 · Annat 1 · Totalt 22'],
      ['Status', 'Genomförd'],
    ]);
  });

  it('splits multi-line preparation text into paragraphs and marks a missing level', () => {
    const after = (headingText: string) => {
      const at = blocks.findIndex((b) => b.kind === 'paragraph' && b.style === 'Heading2' && b.text === headingText);
      const rest = blocks.slice(at + 1);
      const end = rest.findIndex((b) => b.kind !== 'paragraph' || b.style !== null);
      return rest.slice(0, end).map((b) => (b.kind === 'paragraph' ? b.text : ''));
    };
    expect(after('Omvärld')).toEqual([
      'Bibliotekslagen och Barnkonventionen gicks igenom.',
      'Teknikskiften: e-böcker, surfplattor & sociala medier.',
      'Unescos folkbiblioteksmanifest som bakgrund.',
    ]);
    expect(after('Närvärld')).toHaveLength(2);
    expect(after('Invärld')).toEqual(['Ingen förberedelse antecknad.']);
  });

  it('lists needs and the plan as tables with marked header rows', () => {
    const needs = tableAfterHeading(blocks, 'Behov');
    const plan = tableAfterHeading(blocks, 'Kompetensutvecklingsplan');
    expect(needs.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Kompetensområde', 'Antal anteckningar', 'Varav hög prioritet'],
      ['IT', '5', '2'],
      ['Marknadsföring', '3', '2'],
      ['Lärande', '2', '2'],
      ['Bemötande', '2', '1'],
    ]);
    // Strengths stand apart, under their own heading, and are not needs.
    expect(tableAfterHeading(blocks, 'Styrkor att bygga på').rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Kompetensområde', 'Antal anteckningar', 'Varav hög prioritet'],
      ['Lärande', '2', '0'],
      ['Bemötande', '1', '0'],
    ]);
    expect(plan.rows[0]!.cells.map((c) => c.text)).toEqual(['Behov', 'Mål', 'Aktivitet', 'Ansvarig', 'Status']);
    expect(plan.rows[3]!.cells.map((c) => c.text)).toEqual(['Omvärldsbevakning', 'En timme i veckan avsatt per medarbetare', '–', '–', 'Ej påbörjad']);
    for (const table of [needs, plan]) expect(table.rows.map((r) => r.header)).toEqual(table.rows.map((_, i) => i === 0));
    // Needs, strengths and plan.
    expect(countOccurrences(docx.documentXml, '<w:tblHeader/>')).toBe(3);
  });

  it('sizes tables in percent of the page and the page as A4', () => {
    for (const table of blocks.filter((b): b is DocxTable => b.kind === 'table')) expect(table.width).toEqual({ 'w:type': 'pct', 'w:w': '5000' });
    expect(docx.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('sets Swedish as the document language and Calibri 11 as the body font', async () => {
    const styles = await docx.part('word/styles.xml');
    const defaults = descendants(parseXml(styles), 'w:rPrDefault')[0]!;
    const run = descendants(defaults, 'w:rPr')[0]!;
    expect(descendants(run, 'w:lang')[0]?.attrs['w:val']).toBe('sv-SE');
    expect(descendants(run, 'w:rFonts')[0]?.attrs['w:ascii']).toBe('Calibri');
    expect(descendants(run, 'w:sz')[0]?.attrs['w:val']).toBe('22');
  });

  it('has a footer with the project, the compilation date and live page numbers', async () => {
    const footer = await docx.part('word/footer1.xml');
    expect(footer).toContain('KUB – Kompetensutveckling bibliotek · Sammanställd 20 mars 2012');
    expect(footer).toMatch(/Sida <\/w:t>[\s\S]*PAGE<\/w:instrText>[\s\S]* av <\/w:t>[\s\S]*NUMPAGES<\/w:instrText>/);
  });

  it('shows "Inga anteckningar" in an empty quadrant, and only there', async () => {
    const sparse = swotFixture();
    sparse.notes.malgrupper.hot = [];
    const { docx: d, blocks: b } = await render(sparse);
    const boards = swotBoards(b);
    expect(cellOf(boards.malgrupper, 'hot').paragraphs).toEqual(['Hot', 'Inga anteckningar']);
    expect(countOccurrences(d.documentXml, 'Inga anteckningar')).toBe(1);
    expect(d.documentXml).not.toContain('Äldre låntagare');
  });

  it('writes sentences instead of empty needs and plan tables, and placeholders for missing details', async () => {
    const bare = swotFixture();
    bare.needs = [];
    bare.strengths = [];
    bare.plan = [];
    bare.day.place = null;
    bare.day.facilitators = null;
    bare.day.date = '2012-08-31';
    bare.generatedAt = '2012-08-31T22:30:00.000Z';
    const { docx: d, blocks: b } = await render(bare);
    const texts = b.map((x) => (x.kind === 'paragraph' ? x.text : null));
    expect(texts[texts.indexOf('Behov') + 1]).toBe('Inga anteckningar under Svagheter, Möjligheter eller Hot har kopplats till kompetensområden ännu.');
    expect(texts[texts.indexOf('Styrkor att bygga på') + 1]).toBe('Inga anteckningar under Styrkor har kopplats till kompetensområden ännu.');
    expect(texts[texts.indexOf('Kompetensutvecklingsplan') + 1]).toBe('Ingen kompetensutvecklingsplan har upprättats ännu.');
    expect(b.filter((x) => x.kind === 'table')).toHaveLength(4);
    expect(d.documentXml).not.toContain('<w:tblHeader/>');
    expect(d.documentXml).toContain('31 augusti 2012');
    expect(countOccurrences(d.documentXml, 'Uppgift saknas')).toBe(2);
    // 22:30 UTC on 31 August is already 1 September in Stockholm.
    expect(await d.part('word/footer1.xml')).toContain('Sammanställd 1 september 2012');
  });
});
