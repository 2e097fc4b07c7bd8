import { describe, expect, it } from 'vitest';
import {
  buildTimeReportDocx,
  formatDay,
  formatHours,
  formatMonth,
  timeReportFileName,
  type TimeReportData,
} from '../../../electron/core/reports/time-report';
import { bodyBlocks, descendants, openDocx, parseXml, tableAfterHeading, type DocxBlock, type DocxTable } from '../../integration/reports/docx-xml';

/* Anna's October 2012: a course over two days, a seminar and a network meeting. */
function sampleReport(): TimeReportData {
  return {
    projectName: 'KUB – Kompetensutveckling bibliotek',
    participant: {
      name: 'Anna Andersson',
      personnummerMasked: '19800101-****',
      municipalityName: 'Karlstad',
      unitName: 'Karlstads stadsbibliotek',
      role: 'Bibliotekarie',
    },
    month: '2012-10',
    rows: [
      { date: '2012-10-02', activityName: 'Digital delaktighet – grundkurs', place: 'Karlstads stadsbibliotek', startTime: '09:00', endTime: '12:00', hours: 2.5 },
      { date: '2012-10-09', activityName: 'Digital delaktighet – grundkurs', place: 'Karlstads stadsbibliotek', startTime: '09:00', endTime: '16:00', hours: 6 },
      { date: '2012-10-24', activityName: 'Bemötande i informationsdisken', place: 'Länsbiblioteket Värmland', startTime: '13:00', endTime: '16:15', hours: 3.25 },
      { date: '2012-10-30', activityName: 'Nätverksmöte', place: 'Kil', startTime: '10:00', endTime: '11:45', hours: 1.75 },
    ],
    totalHours: 13.5,
    generatedAt: '2012-11-01T08:15:00Z',
  };
}

async function render(data: TimeReportData) {
  const parts = await openDocx(await buildTimeReportDocx(data));
  return { ...parts, blocks: bodyBlocks(parts.documentXml) };
}

const texts = (table: DocxTable): string[][] => table.rows.map((r) => r.cells.map((c) => c.text));
const paragraphTexts = (blocks: DocxBlock[]): string[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const tables = (blocks: DocxBlock[]): DocxTable[] => blocks.filter((b): b is DocxTable => b.kind === 'table');

describe('formatting for the time report', () => {
  it('writes hours with a Swedish decimal comma, without trailing zeros', () => {
    expect(formatHours(2.5)).toBe('2,5');
    expect(formatHours(0.25)).toBe('0,25');
    expect(formatHours(6)).toBe('6');
    expect(formatHours(1234.75)).toBe('1\u00a0234,75');
  });

  it('names the month and the day in Swedish', () => {
    expect(formatMonth('2012-10')).toBe('oktober 2012');
    expect(formatMonth('2013-01')).toBe('januari 2013');
    expect(formatDay('2012-10-02')).toBe('tis 2 okt.');
    expect(formatDay('2012-12-31')).toBe('mån 31 dec.');
  });

  it('names the file after the participant and month in plain ASCII', () => {
    const data = sampleReport();
    expect(timeReportFileName(data)).toBe('tidrapport-anna-andersson-2012-10.docx');
    data.participant.name = 'Åsa Öberg-Lindén';
    expect(timeReportFileName(data)).toBe('tidrapport-asa-oberg-linden-2012-10.docx');
    data.participant.name = '';
    expect(timeReportFileName(data)).toBe('tidrapport-deltagare-2012-10.docx');
  });
});

describe('the time report in Word', () => {
  it('opens with the title and a header naming project, participant and month', async () => {
    const { blocks } = await render(sampleReport());
    expect(blocks[0]).toEqual({ kind: 'paragraph', style: 'Title', text: 'Tidrapport – oktober 2012' });
    const header = blocks[1];
    if (header?.kind !== 'table') throw new Error('Expected the header table');
    expect(texts(header)).toEqual([
      ['Projekt', 'KUB – Kompetensutveckling bibliotek'],
      ['Deltagare', 'Anna Andersson'],
      ['Personnummer', '19800101-****'],
      ['Kommun', 'Karlstad'],
      ['Enhet', 'Karlstads stadsbibliotek'],
      ['Roll', 'Bibliotekarie'],
      ['Månad', 'oktober 2012'],
    ]);
  });

  it('says so when the participant lacks a personnummer, unit or role', async () => {
    const data = sampleReport();
    data.participant = { ...data.participant, personnummerMasked: null, unitName: null, role: null };
    const header = (await render(data)).blocks[1] as DocxTable;
    expect(texts(header).filter(([label]) => ['Personnummer', 'Enhet', 'Roll'].includes(label!))).toEqual([
      ['Personnummer', 'Uppgift saknas'],
      ['Enhet', 'Uppgift saknas'],
      ['Roll', 'Uppgift saknas'],
    ]);
  });

  it('is in Swedish and says on every page whose report it is and when it was printed', async () => {
    const { part } = await render(sampleReport());
    expect(await part('word/styles.xml')).toContain('w:lang w:val="sv-SE"');
    const footer = await part('word/footer1.xml');
    expect(footer).toContain('Tidrapport – oktober 2012 · Anna Andersson · Utskriven 1 november 2012');
  });

  it('lists the hours with date, activity, place and time, and sums them', async () => {
    const { blocks } = await render(sampleReport());
    const table = tableAfterHeading(blocks, 'Registrerade timmar');
    expect(table.rows[0]?.header).toBe(true);
    expect(table.rows.slice(1).some((r) => r.header)).toBe(false);
    expect(texts(table)).toEqual([
      ['Datum', 'Aktivitet', 'Plats', 'Tid', 'Timmar'],
      ['tis 2 okt.', 'Digital delaktighet – grundkurs', 'Karlstads stadsbibliotek', '09:00–12:00', '2,5'],
      ['tis 9 okt.', 'Digital delaktighet – grundkurs', 'Karlstads stadsbibliotek', '09:00–16:00', '6'],
      ['ons 24 okt.', 'Bemötande i informationsdisken', 'Länsbiblioteket Värmland', '13:00–16:15', '3,25'],
      ['tis 30 okt.', 'Nätverksmöte', 'Kil', '10:00–11:45', '1,75'],
      ['Summa', '', '', '', '13,5'],
    ]);
  });

  it('states what the hours are and gives both signers room to sign, place and date', async () => {
    const { blocks } = await render(sampleReport());
    expect(paragraphTexts(blocks)).toContain(
      'Timmarna ovan är tid i utbildning inom projektet KUB – Kompetensutveckling bibliotek och har genomförts under arbetstid. Med våra underskrifter intygar vi att uppgifterna stämmer.',
    );
    const signatures = tableAfterHeading(blocks, 'Underskrifter');
    expect(blocks.at(-1)).toBe(signatures);
    expect(signatures.rows.map((r) => r.cells.map((c) => c.paragraphs))).toEqual([
      [['Ort och datum', ''], ['Ort och datum', '']],
      [['Deltagarens underskrift', ''], ['Närmaste chefs underskrift', '']],
      [['Namnförtydligande', 'Anna Andersson'], ['Namnförtydligande', '']],
    ]);
  });

  it('keeps the signature boxes whole and tall enough to write in', async () => {
    const { documentXml } = await render(sampleReport());
    const signatureTable = descendants(parseXml(documentXml), 'w:tbl').find((t) => JSON.stringify(t).includes('Närmaste chefs underskrift'));
    if (!signatureTable) throw new Error('No signature table');
    const rows = descendants(signatureTable, 'w:tr');
    expect(rows.every((r) => descendants(r, 'w:cantSplit').length === 1)).toBe(true);
    const heights = rows.map((r) => Number(descendants(r, 'w:trHeight')[0]?.attrs['w:val']));
    expect(heights.every((h) => h >= 700)).toBe(true);
  });

  it('says so when the month has no hours, and still has the signatures', async () => {
    const data = sampleReport();
    data.rows = [];
    data.totalHours = 0;
    const { blocks } = await render(data);
    const at = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === 'Registrerade timmar');
    expect(blocks[at + 1]).toMatchObject({ kind: 'paragraph', text: 'Inga registrerade timmar under månaden.' });
    expect(tables(blocks).some((t) => t.rows[0]?.cells[0]?.text === 'Datum')).toBe(false);
    expect(paragraphTexts(blocks)).toContain('Med våra underskrifter intygar vi att uppgifterna stämmer.');
    expect(tableAfterHeading(blocks, 'Underskrifter').rows).toHaveLength(3);
  });
});
