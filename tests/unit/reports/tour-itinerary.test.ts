import { describe, expect, it } from 'vitest';
import {
  buildTourItineraryDocx,
  formatDuration,
  formatKm,
  tourItineraryFileName,
} from '../../../electron/core/reports/tour-itinerary';
import { placeWarnings, type TourItinerary } from '../../../electron/core/reports/tour-itinerary-data';
import type { ItineraryDay } from '../../../shared/domain/tours';
import {
  bodyBlocks,
  countOccurrences,
  descendants,
  openDocx,
  parseXml,
  tableAfterHeading,
  type DocxBlock,
  type DocxTable,
  type XmlElement,
} from '../../integration/reports/docx-xml';

/* A three-day Värmland tour: Karlstad → Kil → Arvika → Eda → Torsby → Karlstad,
 * sleeping in Arvika and Eda. Eda's visit has been moved to another day. The
 * warnings: one of day 3's legs, a double booking at Arvika, one for the tour. */
const lateLeg = '2012-03-07: Sträckan Torsby → Karlstad ryms inte i arbetsdagen; ankomst efter 17:00.';
const doubleBooked = 'Arvika: Anna Lindqvist är dubbelbokad: besök i Säffle 09:00–12:00 samma dag.';
const lateEnd = 'Resan slutar 8 mars 2012, efter det valda slutdatumet 7 mars 2012.';

function sampleTour(): TourItinerary {
  return {
    tour: {
      name: 'Västra Värmland våren 2012',
      coordinators: ['Anna Lindqvist', 'Per-Olof Ström'],
      startName: 'Karlstad',
      endName: 'Karlstad',
      startDate: '2012-03-05',
      endDate: '2012-03-07',
    },
    itinerary: {
      days: [
        {
          date: '2012-03-05',
          legs: [
            { from: 'Karlstad', to: 'Kil', km: 24.6, minutes: 25, departure: '08:00', arrival: '08:25' },
            { from: 'Kil', to: 'Arvika', km: 62.4, minutes: 65, departure: '14:25', arrival: '15:30' },
          ],
          visits: [{ stopIndex: 1, name: 'Kil', start: '08:25', end: '14:25' }],
          km: 87,
          drivingMinutes: 90,
          overnight: 'Arvika',
        },
        {
          date: '2012-03-06',
          legs: [{ from: 'Arvika', to: 'Eda', km: 38.2, minutes: 35, departure: '14:00', arrival: '14:35' }],
          visits: [
            { stopIndex: 2, name: 'Arvika', start: '08:00', end: '14:00' },
            { stopIndex: 3, name: 'Eda', start: '14:35', end: '16:35' },
          ],
          km: 38.2,
          drivingMinutes: 35,
          overnight: 'Eda',
        },
        {
          date: '2012-03-07',
          legs: [
            { from: 'Eda', to: 'Torsby', km: 112.8, minutes: 95, departure: '08:00', arrival: '09:35' },
            { from: 'Torsby', to: 'Karlstad', km: 121.3, minutes: 100, departure: '15:35', arrival: '17:15' },
          ],
          visits: [{ stopIndex: 4, name: 'Torsby', start: '09:35', end: '15:35' }],
          km: 234.1,
          drivingMinutes: 195,
          overnight: null,
        },
      ],
      totals: { km: 359.3, drivingMinutes: 320, days: 3, overnights: 2 },
      warnings: [lateLeg],
    },
    warnings: [
      { text: lateLeg, date: '2012-03-07', stopIndex: null },
      { text: doubleBooked, date: '2012-03-06', stopIndex: 2 },
      { text: lateEnd, date: null, stopIndex: null },
    ],
    stops: [
      {
        stopIndex: 1,
        municipalityName: 'Kil',
        unitName: 'Kils bibliotek',
        address: 'Storgatan 41, 665 30 Kil',
        status: 'bekraftad',
        movedTo: null,
        contacts: [{ name: 'Karin Ekström', role: 'Bibliotekschef', phone: '0554-191 00', email: 'karin.ekstrom@kil.example' }],
      },
      {
        stopIndex: 2,
        municipalityName: 'Arvika',
        unitName: 'Arvika stadsbibliotek',
        address: 'Ågatan 2, 671 31 Arvika',
        status: 'bokad',
        movedTo: null,
        contacts: [
          { name: 'Lars Gustafsson', role: 'Bibliotekschef', phone: '0570-817 00', email: 'lars.gustafsson@arvika.example' },
          { name: 'Maria Westerberg', role: null, phone: null, email: 'maria.westerberg@arvika.example' },
        ],
      },
      {
        stopIndex: 3,
        municipalityName: 'Eda',
        unitName: 'Eda bibliotek',
        address: 'Storgatan 1, 673 32 Charlottenberg',
        status: 'forslag',
        movedTo: { date: '2012-03-20', startTime: '09:00', endTime: '15:00' },
        contacts: [],
      },
      {
        stopIndex: 4,
        municipalityName: 'Torsby',
        unitName: null,
        address: null,
        status: null,
        movedTo: null,
        contacts: [{ name: 'Erik Johansson', role: null, phone: '0560-160 00', email: null }],
      },
    ],
    generatedAt: '2012-03-01T09:12:00Z',
  };
}

async function render(data: TourItinerary) {
  const parts = await openDocx(await buildTourItineraryDocx(data));
  return { ...parts, blocks: bodyBlocks(parts.documentXml) };
}

const texts = (table: DocxTable): string[][] => table.rows.map((r) => r.cells.map((c) => c.text));
const paragraphTexts = (blocks: DocxBlock[]): string[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const headings = (blocks: DocxBlock[], style: string): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' && b.style === style ? [b.text] : []));

/** The value cell of the row with this label in a two-column form table. */
function formValue(table: DocxTable, label: string): string[] {
  const row = table.rows.find((r) => r.cells[0]?.text === label);
  if (!row) throw new Error(`No row "${label}"`);
  return row.cells[1]?.paragraphs ?? [];
}

describe('formatting for the itinerary', () => {
  it('writes kilometres with a Swedish decimal comma and at most one decimal', () => {
    expect(formatKm(62.4)).toBe('62,4');
    expect(formatKm(87)).toBe('87');
    expect(formatKm(24.66)).toBe('24,7');
    expect(formatKm(1234.5)).toBe('1\u00a0234,5');
  });

  it('writes driving time as hours and zero-padded minutes', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(65)).toBe('1 h 05 min');
    expect(formatDuration(600)).toBe('10 h 00 min');
  });
});

describe('tourItineraryFileName', () => {
  it('makes an ASCII slug of the tour name and appends the start date', () => {
    expect(tourItineraryFileName(sampleTour())).toBe('resplan-vastra-varmland-varen-2012-2012-03-05.docx');
  });

  it('turns other characters into single dashes and never leaves the slug empty', () => {
    const data = sampleTour();
    data.tour.name = '  Öst/Åre: Norr & Söder!! ';
    expect(tourItineraryFileName(data)).toBe('resplan-ost-are-norr-soder-2012-03-05.docx');
    data.tour.name = 'ÅÄÖ';
    expect(tourItineraryFileName(data)).toBe('resplan-aao-2012-03-05.docx');
    data.tour.name = '!!!';
    expect(tourItineraryFileName(data)).toBe('resplan-resa-2012-03-05.docx');
  });
});

describe('the tour itinerary in Word', () => {
  it('opens with the title and a header naming the tour, coordinators, bases and period', async () => {
    const { blocks } = await render(sampleTour());
    expect(blocks[0]).toEqual({ kind: 'paragraph', style: 'Title', text: 'Resplan – Västra Värmland våren 2012' });
    const header = blocks[1];
    if (header?.kind !== 'table') throw new Error('Expected the header table');
    expect(texts(header)).toEqual([
      ['Resa', 'Västra Värmland våren 2012'],
      ['Samordnare', 'Anna Lindqvist, Per-Olof Ström'],
      ['Start', 'Karlstad'],
      ['Slut', 'Karlstad'],
      ['Period', '5 mars 2012 – 7 mars 2012'],
    ]);
  });

  it('is in Swedish and says when it was printed', async () => {
    const { part } = await render(sampleTour());
    expect(await part('word/styles.xml')).toContain('w:lang w:val="sv-SE"');
    expect(await part('word/footer1.xml')).toContain('Utskriven 1 mars 2012');
  });

  it('has a heading per day with the Swedish weekday, each later day on a new page', async () => {
    const { blocks, documentXml } = await render(sampleTour());
    expect(headings(blocks, 'Heading1')).toEqual([
      'Att tänka på',
      'Dag 1 – måndag 5 mars 2012',
      'Dag 2 – tisdag 6 mars 2012',
      'Dag 3 – onsdag 7 mars 2012',
      'Summa',
    ]);
    expect(countOccurrences(documentXml, '<w:pageBreakBefore/>')).toBe(2);
  });

  it('lists the legs and visits of each day in time order with km and driving time', async () => {
    const { blocks } = await render(sampleTour());
    const day1 = tableAfterHeading(blocks, 'Dag 1 – måndag 5 mars 2012');
    expect(day1.rows[0]?.header).toBe(true);
    expect(texts(day1)).toEqual([
      ['Tid', 'Körning eller besök', 'Km', 'Körtid'],
      ['08:00–08:25', 'Karlstad → Kil', '24,6', '25 min'],
      ['08:25–14:25', 'Besök: Kil – Kils bibliotek', '', ''],
      ['14:25–15:30', 'Kil → Arvika', '62,4', '1 h 05 min'],
    ]);
    // Day 2 starts with a visit where the night was spent, before any driving.
    expect(texts(tableAfterHeading(blocks, 'Dag 2 – tisdag 6 mars 2012')).slice(1)).toEqual([
      ['08:00–14:00', 'Besök: Arvika – Arvika stadsbibliotek', '', ''],
      ['14:00–14:35', 'Arvika → Eda', '38,2', '35 min'],
      ['14:35–16:35', 'Besök: Eda – Eda bibliotek (flyttat, se nedan)', '', ''],
    ]);
    expect(texts(tableAfterHeading(blocks, 'Dag 3 – onsdag 7 mars 2012')).slice(1)).toEqual([
      ['08:00–09:35', 'Eda → Torsby', '112,8', '1 h 35 min'],
      ['09:35–15:35', 'Besök: Torsby', '', ''],
      ['15:35–17:15', 'Torsby → Karlstad', '121,3', '1 h 40 min'],
    ]);
  });

  it('puts a zero-minute leg before the visit it leads to', async () => {
    const data = sampleTour();
    const day: ItineraryDay = {
      date: '2012-03-05',
      legs: [{ from: 'Karlstad', to: 'Kil', km: 0, minutes: 0, departure: '08:00', arrival: '08:00' }],
      visits: [{ stopIndex: 1, name: 'Kil', start: '08:00', end: '14:00' }],
      km: 0,
      drivingMinutes: 0,
      overnight: 'Kil',
    };
    data.itinerary.days = [day];
    const { blocks } = await render(data);
    expect(texts(tableAfterHeading(blocks, 'Dag 1 – måndag 5 mars 2012')).slice(1).map((r) => r[1])).toEqual([
      'Karlstad → Kil',
      'Besök: Kil – Kils bibliotek',
    ]);
  });

  it('sums up each day and says where the night is spent', async () => {
    const { blocks } = await render(sampleTour());
    const paragraphs = paragraphTexts(blocks);
    expect(paragraphs).toContain('Dagens körning: 87 km, 1 h 30 min.');
    expect(paragraphs).toContain('Övernattning: Arvika');
    expect(paragraphs).toContain('Dagens körning: 38,2 km, 35 min.');
    expect(paragraphs).toContain('Övernattning: Eda');
    expect(paragraphs).toContain('Dagens körning: 234,1 km, 3 h 15 min.');
    expect(paragraphs).toContain('Ingen övernattning – dagen slutar i Karlstad');
  });

  it('gives each visit its unit, time, address, contacts and status', async () => {
    const { blocks } = await render(sampleTour());
    expect(headings(blocks, 'Heading2')).toEqual(['Kil – Kils bibliotek', 'Arvika – Arvika stadsbibliotek', 'Eda – Eda bibliotek', 'Torsby']);
    const arvika = tableAfterHeading(blocks, 'Arvika – Arvika stadsbibliotek');
    expect(formValue(arvika, 'Planerad tid')).toEqual(['08:00–14:00']);
    expect(formValue(arvika, 'Adress')).toEqual(['Ågatan 2, 671 31 Arvika']);
    expect(formValue(arvika, 'Kontakt')).toEqual([
      'Lars Gustafsson, Bibliotekschef',
      'Tel. 0570-817 00 · lars.gustafsson@arvika.example',
      'Maria Westerberg',
      'maria.westerberg@arvika.example',
    ]);
    expect(formValue(arvika, 'Status')).toEqual(['Bokad']);
    expect(formValue(tableAfterHeading(blocks, 'Kil – Kils bibliotek'), 'Status')).toEqual(['Bekräftad']);
  });

  it('says so when a visit lacks an address, contacts or a status', async () => {
    const { blocks } = await render(sampleTour());
    const torsby = tableAfterHeading(blocks, 'Torsby');
    expect(formValue(torsby, 'Adress')).toEqual(['Uppgift saknas']);
    expect(formValue(torsby, 'Kontakt')).toEqual(['Erik Johansson', 'Tel. 0560-160 00']);
    expect(formValue(torsby, 'Status')).toEqual(['Uppgift saknas']);
    expect(formValue(tableAfterHeading(blocks, 'Eda – Eda bibliotek'), 'Kontakt')).toEqual(['Ingen kontaktperson registrerad']);
  });

  it('notes a moved visit under its heading with the new date and time', async () => {
    const { blocks } = await render(sampleTour());
    const at = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === 'Eda – Eda bibliotek');
    expect(blocks[at + 1]).toMatchObject({ kind: 'paragraph', text: 'Besöket är flyttat till tisdag 20 mars 2012 kl. 09:00–15:00.' });
    expect(paragraphTexts(blocks).filter((t) => t.startsWith('Besöket är flyttat'))).toHaveLength(1);
  });

  it('flags a cancelled visit in the day table and its status', async () => {
    const data = sampleTour();
    data.stops[0]!.status = 'installd';
    const { blocks } = await render(data);
    expect(texts(tableAfterHeading(blocks, 'Dag 1 – måndag 5 mars 2012'))[2]?.[1]).toBe('Besök: Kil – Kils bibliotek (inställt)');
    expect(formValue(tableAfterHeading(blocks, 'Kil – Kils bibliotek'), 'Status')).toEqual(['Inställd']);
  });

  it('keeps each visit table together: every row but the last keeps with the next', async () => {
    const { documentXml } = await render(sampleTour());
    const tables = descendants(parseXml(documentXml), 'w:tbl');
    const kil = tables.find((t) => JSON.stringify(t).includes('Storgatan 41'));
    if (!kil) throw new Error('No visit table for Kil');
    const rows = descendants(kil, 'w:tr');
    const keepsNext = (p: XmlElement) => descendants(p, 'w:keepNext').some((k) => !['false', '0'].includes(k.attrs['w:val'] ?? 'true'));
    const keeps = rows.map((r) => descendants(r, 'w:p').every(keepsNext));
    expect(keeps).toEqual([true, true, true, false]);
  });

  it('ends with the totals of the whole tour', async () => {
    const { blocks } = await render(sampleTour());
    expect(texts(tableAfterHeading(blocks, 'Summa'))).toEqual([
      ['Körsträcka', '359,3 km'],
      ['Körtid', '5 h 20 min'],
      ['Dagar', '3'],
      ['Övernattningar', '2'],
      ['Besök', '4'],
    ]);
    expect(blocks.at(-1)?.kind).toBe('table');
  });

  it('lists every warning of the tour page under Att tänka på, with Swedish dates, and has no such section without warnings', async () => {
    const { blocks } = await render(sampleTour());
    const at = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === 'Att tänka på' && b.style === 'Heading1');
    expect(paragraphTexts(blocks.slice(at + 1, at + 4))).toEqual([
      '7 mars 2012: Sträckan Torsby → Karlstad ryms inte i arbetsdagen; ankomst efter 17:00.',
      doubleBooked,
      lateEnd,
    ]);
    expect(blocks[at + 4]).toMatchObject({ kind: 'paragraph', style: 'Heading1', text: 'Dag 1 – måndag 5 mars 2012' });

    const quiet = sampleTour();
    quiet.warnings = [];
    const { blocks: quietBlocks } = await render(quiet);
    expect(headings(quietBlocks, 'Heading1')).not.toContain('Att tänka på');
    expect(paragraphTexts(quietBlocks)).not.toContain('Att tänka på');
  });

  it('repeats a day’s warning under its heading and a visit’s in its table, each only there', async () => {
    const { blocks } = await render(sampleTour());
    const day3 = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === 'Dag 3 – onsdag 7 mars 2012');
    expect(paragraphTexts(blocks.slice(day3 + 1, day3 + 3))).toEqual(['Att tänka på', '•\tSträckan Torsby → Karlstad ryms inte i arbetsdagen; ankomst efter 17:00.']);
    expect(blocks[day3 + 3]?.kind).toBe('table');
    expect(formValue(tableAfterHeading(blocks, 'Arvika – Arvika stadsbibliotek'), 'Att tänka på')).toEqual(['Anna Lindqvist är dubbelbokad: besök i Säffle 09:00–12:00 samma dag.']);
    // Kil and Torsby have nothing to warn about; day 1 and 2 no warning of their own.
    expect(() => formValue(tableAfterHeading(blocks, 'Kil – Kils bibliotek'), 'Att tänka på')).toThrow();
    expect(() => formValue(tableAfterHeading(blocks, 'Torsby'), 'Att tänka på')).toThrow();
    for (const heading of ['Dag 1 – måndag 5 mars 2012', 'Dag 2 – tisdag 6 mars 2012']) {
      const at = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === heading);
      expect(blocks[at + 1]?.kind).toBe('table');
    }
    // The tour-wide warning is only in the list.
    expect(paragraphTexts(blocks).filter((t) => t.includes('Resan slutar'))).toHaveLength(1);
  });

  it('says so when the tour has no days, and still gives the totals', async () => {
    const data = sampleTour();
    data.tour.coordinators = [];
    data.itinerary = { days: [], totals: { km: 0, drivingMinutes: 0, days: 0, overnights: 0 }, warnings: [] };
    const { blocks } = await render(data);
    expect(paragraphTexts(blocks)).toContain('Resan har inga planerade dagar.');
    expect(formValue(blocks[1] as DocxTable, 'Samordnare')).toEqual(['Uppgift saknas']);
    expect(texts(tableAfterHeading(blocks, 'Summa'))[0]).toEqual(['Körsträcka', '0 km']);
  });
});

describe('placeWarnings', () => {
  const itinerary = sampleTour().itinerary;
  const stops = ['Kil', 'Arvika', 'Eda', 'Torsby'].map((name, i) => ({ code: ['1715', '1784', '1730', '1737'][i]!, name, lat: 0, lon: 0 }));

  it('puts each of the page’s warnings at its day or visit, once, keeping the page’s order', () => {
    const plan = {
      stops,
      itinerary,
      warnings: [lateLeg, 'Resan slutar 8 mars 2012, efter det valda slutdatumet 7 mars 2012.', 'Eda har redan en SWOT-dag 1 mars 2012.', 'Något helt annat.'],
    };
    const visits = [
      { municipalityCode: '1784', municipalityName: 'Arvika', date: '2012-03-06', warnings: [{ code: 'double_booked' as const, message: 'Anna Lindqvist är dubbelbokad: besök i Säffle 09:00–12:00 samma dag.' }] },
      { municipalityCode: '1715', municipalityName: 'Kil', date: '2012-03-05', warnings: [] },
    ];
    expect(placeWarnings(plan, visits)).toEqual([
      { text: lateLeg, date: '2012-03-07', stopIndex: null },
      { text: 'Resan slutar 8 mars 2012, efter det valda slutdatumet 7 mars 2012.', date: null, stopIndex: null },
      { text: 'Eda har redan en SWOT-dag 1 mars 2012.', date: null, stopIndex: 3 },
      { text: 'Något helt annat.', date: null, stopIndex: null },
      { text: doubleBooked, date: '2012-03-06', stopIndex: 2 },
    ]);
  });

  it('places a plan’s date warning at its visit and drops the visit’s own copy of it', () => {
    // Day 2 of the sample tour moved to Nationaldagen: Arvika and Eda are visited that day.
    const holiday = structuredClone(itinerary);
    holiday.days[1]!.date = '2012-06-06';
    const plan = { stops, itinerary: holiday, warnings: ['Arvika: Nationaldagen 6 juni 2012 är en röd dag.', 'Eda: Nationaldagen 6 juni 2012 är en röd dag.'] };
    const visits = [{ municipalityCode: '1730', municipalityName: 'Eda', date: '2012-06-06', warnings: [{ code: 'holiday' as const, message: 'Nationaldagen 6 juni 2012 är en röd dag.' }] }];
    expect(placeWarnings(plan, visits)).toEqual([
      { text: 'Arvika: Nationaldagen 6 juni 2012 är en röd dag.', date: '2012-06-06', stopIndex: 2 },
      { text: 'Eda: Nationaldagen 6 juni 2012 är en röd dag.', date: '2012-06-06', stopIndex: 3 },
    ]);
  });
});
