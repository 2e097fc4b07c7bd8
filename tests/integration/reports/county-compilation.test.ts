import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, openTestProject, snapshot, type TestProject } from '../../helpers/db';

const IT = '01890000-0000-7000-8000-000000000004';
const chartSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><rect x="20" y="40" width="60" height="140" fill="#1f77b4"/><rect x="100" y="100" width="60" height="80" fill="#ff7f0e"/><text x="20" y="20" font-size="14">Behov</text></svg>';
let project: TestProject;

beforeEach(async () => {
  project = await openTestProject();
  const falun = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '2080', date: '2012-03-14', status: 'genomford' });
  for (const text of ['E-böcker är nytt för många', 'Datorerna är gamla']) {
    const note = await callOk(project.dispatch, 'swotNotes.add', { swotDayId: falun.id, perspective: 'nya_utmaningar', quadrant: 'svagheter', text });
    await callOk(project.dispatch, 'swotNotes.update', { id: note.id, areaIds: [IT] });
  }
  await callOk(project.dispatch, 'planItems.create', { municipalityCode: '2080', areaId: IT, goal: 'Alla kan visa e-böcker', activity: 'IT-spåret', status: 'planerad' });
});
afterEach(async () => {
  await project.cleanup();
});

async function documentParts(contentBase64: string) {
  const zip = await JSZip.loadAsync(Buffer.from(contentBase64, 'base64'));
  return { zip, xml: await zip.file('word/document.xml')!.async('string') };
}

describe('the county compilation in Word', () => {
  it('embeds each chart as a PNG with its text alternative and has a section per municipality', async () => {
    const file = await callOk(project.dispatch, 'reports.countyCompilation', {
      countyCode: '20',
      charts: [{ title: 'Behov per kompetensområde', description: 'IT: 2 anteckningar i Dalarnas län.', svg: chartSvg }],
    });
    expect(file.fileName).toMatch(/^Kartlaggning-Dalarnas-län-\d{4}-\d{2}-\d{2}\.docx$/);
    const { zip, xml } = await documentParts(file.contentBase64);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = await zip.file(media[0]!)!.async('uint8array');
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(xml).toContain('descr="IT: 2 anteckningar i Dalarnas län."');
    expect(xml).toContain('Kartläggning av kompetensbehov – Dalarnas län');
    expect(xml).toContain('Falun (2080)');
    expect(xml).toContain('Alla kan visa e-böcker');
    // All 15 Dalarna municipalities are there, those without a SWOT day saying so.
    expect(xml.match(/\(20\d\d\)/g)).toHaveLength(15);
    expect(xml).toContain('Ingen SWOT-dag i urvalet.');
  });

  it('refuses a chart that is not an SVG, in Swedish, and changes nothing', async () => {
    const before = snapshot(project.sqlite);
    const error = await callErr(project.dispatch, 'reports.countyCompilation', { charts: [{ title: 'Trasigt', description: 'x', svg: 'inte svg' }] });
    expect(error).toEqual({ code: 'VALIDATION', message: 'Diagrammet "Trasigt" kunde inte ritas som bild.' });
    expect(snapshot(project.sqlite)).toEqual(before);
  });
});
