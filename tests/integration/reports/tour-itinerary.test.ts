import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, openTestProject, type TestProject } from '../../helpers/db';
import { bodyBlocks, openDocx, tableAfterHeading, type DocxBlock } from './docx-xml';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

describe('the printed itinerary of an accepted tour', () => {
  it('has every stop with its library, address and contacts, and notes a visit moved after booking', async () => {
    const unit = await callOk(project.dispatch, 'libraryUnits.create', {
      municipalityCode: '1737', name: 'Torsby bibliotek', kind: 'huvudbibliotek', streetAddress: 'Järnvägsgatan 8', postalCode: '685 30', city: 'Torsby',
    });
    await callOk(project.dispatch, 'contacts.create', { municipalityCode: '1737', libraryUnitId: unit.id, name: 'Tora Exempel', role: 'Bibliotekschef', phone: '070-174 06 05', email: 'tora@torsby.example' });
    await callOk(project.dispatch, 'contacts.create', { municipalityCode: '1784', name: 'Arvid Exempel', role: 'Kulturchef' });
    const detail = await callOk(project.dispatch, 'tours.accept', {
      municipalityCodes: ['1737', '1784', '1730'], startCode: '1780', endCode: '1780', startDate: '2012-03-05', endDate: '2012-03-09', rules: {}, name: 'Västra Värmland', coordinators: ['Anna Samordnare'],
    });
    const eda = detail.visits.find((v) => v.municipalityCode === '1730')!;
    await callOk(project.dispatch, 'visits.update', { ...eda, date: '2012-03-20' });

    const file = await callOk(project.dispatch, 'reports.tourItinerary', { id: detail.tour.id });
    expect(file.fileName).toBe('resplan-vastra-varmland-2012-03-05.docx');
    const docx = await openDocx(Buffer.from(file.contentBase64, 'base64'));
    const text = bodyBlocks(docx.documentXml)
      .map((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join(' | ')).join('\n') : b.text))
      .join('\n');
    expect(text).toContain('Resplan – Västra Värmland');
    expect(text).toContain('Anna Samordnare');
    expect(text).toContain('Torsby – Torsby bibliotek');
    expect(text).toContain('Järnvägsgatan 8, 685 30 Torsby');
    expect(text).toContain('Tora Exempel');
    expect(text).toContain('tora@torsby.example');
    expect(text).toContain('Arvid Exempel');
    expect(text).toMatch(/Besöket är flyttat till tisdag 20 mars 2012/);
    expect(text).toContain('Dag 1 – måndag 5 mars 2012');
    expect(text).toContain('Summa');
  });

  it('carries every warning of the tour page: a public holiday and a double-booked coordinator, listed and at the visit', async () => {
    // Holidays not skipped, so the one stop, Torsby, is visited on Nationaldagen, Wednesday 6 June 2012.
    const detail = await callOk(project.dispatch, 'tours.accept', {
      municipalityCodes: ['1737'], startCode: '1780', endCode: '1780', startDate: '2012-06-06', endDate: '2012-06-06', rules: { skipHolidays: false }, name: 'Torsby i juni', coordinators: ['Anna Samordnare'],
    });
    // The same coordinator (written in another case) in Kil that morning, overlapping the SWOT day in Torsby.
    await callOk(project.dispatch, 'visits.create', {
      municipalityCode: '1715', kind: 'mote', date: '2012-06-06', startTime: '09:00', endTime: '12:00', coordinators: ['anna samordnare'], status: 'bokad',
    });
    const page = await callOk(project.dispatch, 'tours.get', { id: detail.tour.id });
    const torsby = page.visits[0]!;
    expect(torsby.startTime < '12:00').toBe(true);
    // What the tour page shows: the plan's list, and the visit's own warnings in the visits table.
    expect(page.plan.warnings).toContain('Torsby: Nationaldagen 6 juni 2012 är en röd dag.');
    expect(torsby.warnings.map((w) => w.message)).toEqual(['Nationaldagen 6 juni 2012 är en röd dag.', 'Anna Samordnare är dubbelbokad: besök i Kil 09:00–12:00 samma dag.']);

    const file = await callOk(project.dispatch, 'reports.tourItinerary', { id: detail.tour.id });
    const blocks = bodyBlocks((await openDocx(Buffer.from(file.contentBase64, 'base64'))).documentXml);
    const isHeading1 = (b: DocxBlock | undefined) => b?.kind === 'paragraph' && b.style === 'Heading1';
    const at = blocks.findIndex((b) => isHeading1(b) && b.kind === 'paragraph' && b.text === 'Att tänka på');
    const end = blocks.findIndex((b, i) => i > at && isHeading1(b));
    const listed = blocks.slice(at + 1, end).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    // Each once: the holiday is both in the plan's list and the visit's own, with the same words. The
    // drive home does not fit after a six-hour visit, so the tour also runs a day past its end date.
    expect(listed).toEqual([
      'Resan slutar 7 juni 2012, efter det valda slutdatumet 6 juni 2012.',
      'Torsby: Nationaldagen 6 juni 2012 är en röd dag.',
      'Torsby: Anna Samordnare är dubbelbokad: besök i Kil 09:00–12:00 samma dag.',
    ]);
    expect(listed.slice(0, 2)).toEqual(page.plan.warnings);
    expect(blocks[end]).toMatchObject({ text: 'Dag 1 – onsdag 6 juni 2012' });
    const visit = tableAfterHeading(blocks, 'Torsby');
    expect(visit.rows.find((r) => r.cells[0]?.text === 'Att tänka på')?.cells[1]?.paragraphs).toEqual([
      '• Nationaldagen 6 juni 2012 är en röd dag.',
      '• Anna Samordnare är dubbelbokad: besök i Kil 09:00–12:00 samma dag.',
    ]);
    // Kil's own warning belongs to the Kil visit, which is not on this tour or its page.
    expect(JSON.stringify(blocks)).not.toContain('besök i Torsby');
  });
});

