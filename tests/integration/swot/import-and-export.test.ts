import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SwotDay } from '../../../shared/domain/swot';
import { callErr, callOk, openTestProject, snapshot, type TestProject } from '../../helpers/db';

let project: TestProject;
let day: SwotDay;

beforeEach(async () => {
  project = await openTestProject();
  day = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '2062', date: '2012-04-18', status: 'genomford' });
});
afterEach(async () => {
  await project.cleanup();
});

const csv = (lines: string[]) => ({ swotDayId: day.id, fileName: 'mora.csv', contentBase64: Buffer.from(`\uFEFF${lines.join('\r\n')}`, 'utf8').toString('base64') });

const good = ['Perspektiv;Kvadrant;Text;Områden', 'Nya utmaningar;Styrkor;Kunnig personal;Lärande', 'Nya möjligheter;Hot;Minskade anslag;', 'Nya och gamla målgrupper;Möjligheter;Läxhjälp för nyanlända;Barn och unga, Flerspråkighet och nyanlända'];

describe('importing SWOT notes from a spreadsheet', () => {
  it('previews a valid file and imports every row into the right cell with its areas', async () => {
    const preview = await callOk(project.dispatch, 'swotNotes.importPreview', csv(good));
    expect(preview).toMatchObject({ totalRows: 3, errors: [] });
    expect(await callOk(project.dispatch, 'swotNotes.import', { ...csv(good), onlyValid: false })).toEqual({ imported: 3, skipped: 0 });
    const { notes } = await callOk(project.dispatch, 'swotDays.get', { id: day.id });
    const areas = await callOk(project.dispatch, 'areas.list', {});
    const named = (ids: string[]) => ids.map((id) => areas.find((a) => a.id === id)!.name);
    expect(notes.map((n) => [n.perspective, n.quadrant, n.text, named(n.areaIds)]).sort((a, b) => String(a[2]).localeCompare(String(b[2]), 'sv'))).toEqual([
      ['nya_utmaningar', 'styrkor', 'Kunnig personal', ['Lärande']],
      ['malgrupper', 'mojligheter', 'Läxhjälp för nyanlända', ['Barn och unga', 'Flerspråkighet och nyanlända']],
      ['nya_mojligheter', 'hot', 'Minskade anslag', []],
    ]);
  });

  it('shows each bad row with its reason, writes nothing unless the user chooses the valid rows only', async () => {
    const bad = [...good, 'Framtid;Hot;Något', 'Nya utmaningar;Risk;Annat', 'Nya utmaningar;Svagheter;', 'Nya utmaningar;Hot;Konkurrens;Okänt område'];
    const preview = await callOk(project.dispatch, 'swotNotes.importPreview', csv(bad));
    expect(preview.totalRows).toBe(7);
    expect(preview.rows).toHaveLength(3);
    expect(preview.errors.map((e) => e.row)).toEqual([5, 6, 7, 8]);
    expect(preview.errors[0]!.message).toMatch(/^Rad 5: okänt perspektiv ”Framtid”/);
    expect(preview.errors[3]!.message).toBe('Rad 8: okänt kompetensområde ”Okänt område”. Lägg till området först eller rätta namnet.');

    const before = snapshot(project.sqlite);
    const refused = await callErr(project.dispatch, 'swotNotes.import', { ...csv(bad), onlyValid: false });
    expect(refused).toEqual({ code: 'VALIDATION', message: 'Filen har fel på 4 rader. Inget importerades.' });
    expect(snapshot(project.sqlite)).toEqual(before);

    expect(await callOk(project.dispatch, 'swotNotes.import', { ...csv(bad), onlyValid: true })).toEqual({ imported: 3, skipped: 4 });
  });

  it('matches area names whatever their case and accents, and puts the notes after those already in each cell', async () => {
    await callOk(project.dispatch, 'swotNotes.add', { swotDayId: day.id, perspective: 'nya_utmaningar', quadrant: 'styrkor', text: 'Redan här' });
    const file = csv(['Perspektiv;Kvadrant;Text;Områden', 'Nya utmaningar;Styrkor;Kunnig personal;LARANDE', 'Nya utmaningar;Styrkor;Öppet länge;barn OCH unga', 'Nya möjligheter;Hot;Minskade anslag;']);
    const preview = await callOk(project.dispatch, 'swotNotes.importPreview', file);
    expect(preview).toMatchObject({ totalRows: 3, valid: 3, invalidRows: 0, errors: [] });
    await callOk(project.dispatch, 'swotNotes.import', { ...file, onlyValid: false });
    const { notes } = await callOk(project.dispatch, 'swotDays.get', { id: day.id });
    const areas = await callOk(project.dispatch, 'areas.list', {});
    const named = (ids: string[]) => ids.map((id) => areas.find((a) => a.id === id)!.name);
    expect(notes.map((n) => [n.perspective, n.quadrant, n.position, n.text, named(n.areaIds)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[2]) - Number(b[2]))).toEqual([
      ['nya_mojligheter', 'hot', 1, 'Minskade anslag', []],
      ['nya_utmaningar', 'styrkor', 1, 'Redan här', []],
      ['nya_utmaningar', 'styrkor', 2, 'Kunnig personal', ['Lärande']],
      ['nya_utmaningar', 'styrkor', 3, 'Öppet länge', ['Barn och unga']],
    ]);
  });

  it('is captured for sync as one marker with the imported notes, and backed up first', async () => {
    await callOk(project.dispatch, 'swotNotes.import', { ...csv(good), onlyValid: false });
    const ids = project.sqlite.prepare('select id from swot_notes order by id').pluck().all();
    const markers = project.sqlite.prepare<[], { tbl: string; keys: string }>('select tbl, keys from sync_pending_bulk').all();
    expect(markers.map((m) => [m.tbl, (JSON.parse(m.keys) as string[]).sort()])).toEqual([['swot_notes', ids]]);
    expect((await callOk(project.dispatch, 'backups.list', {})).map((b) => b.trigger)).toContain('fore-import');
  });

  it('refuses an unsupported file type in Swedish and changes nothing', async () => {
    const before = snapshot(project.sqlite);
    const error = await callErr(project.dispatch, 'swotNotes.importPreview', { swotDayId: day.id, fileName: 'anteckningar.pdf', contentBase64: 'JVBERi0=' });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/xlsx|csv/);
    expect(snapshot(project.sqlite)).toEqual(before);
  });

  it('offers a template that previews without errors', async () => {
    const template = await callOk(project.dispatch, 'swotNotes.importTemplate', {});
    expect(template.fileName).toMatch(/\.xlsx$/);
    const preview = await callOk(project.dispatch, 'swotNotes.importPreview', { swotDayId: day.id, fileName: template.fileName, contentBase64: template.contentBase64 });
    expect(preview.errors).toEqual([]);
    expect(preview.rows.length).toBeGreaterThan(0);
  });
});

describe('the Word summary of a SWOT day', () => {
  it('contains the day, every note and the needs from the database', async () => {
    await callOk(project.dispatch, 'swotNotes.import', { ...csv(good), onlyValid: false });
    const { notes } = await callOk(project.dispatch, 'swotDays.get', { id: day.id });
    await callOk(project.dispatch, 'swotNotes.update', { id: notes.find((n) => n.text === 'Läxhjälp för nyanlända')!.id, priority: 1 });

    const file = await callOk(project.dispatch, 'reports.swotSummary', { id: day.id });
    expect(file.fileName).toBe('SWOT-sammanstallning-Mora-2012-04-18.docx');
    const zip = await JSZip.loadAsync(Buffer.from(file.contentBase64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of ['SWOT-sammanställning – Mora', '18 april 2012', 'Kunnig personal', 'Minskade anslag', 'Läxhjälp för nyanlända', 'Flerspråkighet och nyanlända']) {
      expect(xml).toContain(text);
    }
  });

  it('is refused for a day that does not exist', async () => {
    expect((await callErr(project.dispatch, 'reports.swotSummary', { id: '01890000-0000-7000-8000-0000000000ff' })).code).toBe('NOT_FOUND');
  });
});
