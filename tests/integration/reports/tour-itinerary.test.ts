import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, openTestProject, type TestProject } from '../../helpers/db';
import { bodyBlocks, openDocx } from './docx-xml';

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
});
