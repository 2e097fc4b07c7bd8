import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillDemoProject } from '../../../electron/core/demo/seed';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { participantInput, validPersonnummer } from '../../helpers/training';
import { bodyBlocks, openDocx } from './docx-xml';

async function report(file: { contentBase64: string }) {
  const docx = await openDocx(Buffer.from(file.contentBase64, 'base64'));
  const headers = await Promise.all(Object.keys(docx.zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f)).map((f) => docx.part(f)));
  const text = bodyBlocks(docx.documentXml).map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join(' | ')).join('\n'))).join('\n');
  return { documentXml: docx.documentXml, headers, text };
}

/*
 * Readiness: what the ESF reviewer would send back, listed before a report
 * is made. An empty project lists the missing items; the complete demo
 * lists none for 2012 Q3; a report made while items are open is UTKAST.
 */

const q3 = '01890000-0000-7000-8000-000000000113';

describe('reports.readiness', () => {
  let p: TestProject;
  beforeEach(async () => {
    p = await openTestProject();
  });
  afterEach(async () => p.cleanup());

  it('lists what is missing on an empty project, each item with where it is fixed', async () => {
    const r = await callOk(p.dispatch, 'reports.readiness', { kind: 'lagesrapport', periodId: q3 });
    expect(r.ready).toBe(false);
    expect(r.scope).toBe('2012 kvartal 3 (1 juli – 30 september 2012)');
    const keys = r.items.map((i) => i.key);
    expect(keys).toEqual(['noData', 'caseNumber', 'periodTexts', 'budgetMissing', 'financingBudgetMissing']);
    const caseNumber = r.items.find((i) => i.key === 'caseNumber')!;
    expect(caseNumber.message).toBe('Diarienumret saknas. Det ingår i rapportens sidhuvud och i Redovisnings-ID.');
    expect(caseNumber.link).toBe('/installningar');
    const texts = r.items.find((i) => i.key === 'periodTexts')!;
    expect(texts.count).toBe(4);
    expect(texts.link).toBe(`/rapporter?period=${q3}`);
  });

  it('asks the SCB report for a month and names participants without a personnummer, never a number', async () => {
    const bad = await callErr(p.dispatch, 'reports.readiness', { kind: 'scb' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fieldErrors?.['month']).toBeDefined();
    const withNumber = participantInput({ firstName: 'Kalle', lastName: 'Nummer', birthYear: 1980, personnummer: validPersonnummer('1980-01-01', 238), startDate: '2012-09-03' });
    await callOk(p.dispatch, 'participants.create', withNumber);
    await callOk(p.dispatch, 'participants.create', participantInput({ firstName: 'Lisa', lastName: 'Utan', startDate: '2012-09-10' }));
    const r = await callOk(p.dispatch, 'reports.readiness', { kind: 'scb', month: '2012-09' });
    expect(r.scope).toBe('september 2012');
    const missing = r.items.find((i) => i.key === 'missingPersonnummer')!;
    expect(missing.count).toBe(1);
    expect(missing.examples).toEqual(['Lisa Utan (Falun)']);
    expect(JSON.stringify(r)).not.toMatch(/\d{8}-?\d{4}/);
  });

  it('names the participants without a salary who have hours in the scope, and no one else', async () => {
    const activity = await callOk(p.dispatch, 'activities.create', {
      name: 'Bemötande',
      kind: 'kurs',
      status: 'genomford',
      sessions: [
        { date: '2012-09-05', startTime: '09:00', endTime: '12:00', place: 'Falun', municipalityCode: '2080' },
        { date: '2012-10-03', startTime: '09:00', endTime: '12:00', place: 'Falun', municipalityCode: '2080' },
      ],
    });
    const [september, october] = activity.sessions;
    const person = (firstName: string, monthlySalary?: number) =>
      callOk(p.dispatch, 'participants.create', participantInput({ firstName, lastName: 'Lönlös', monthlySalary, startDate: '2012-07-01' }));
    const inQ3 = await person('Ada');
    const inQ4 = await person('Bea');
    const paid = await person('Cia', 30000);
    await person('Dea');
    await callOk(p.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: [
        { sessionId: september!.id, participantId: inQ3.id, hours: 3 },
        { sessionId: october!.id, participantId: inQ4.id, hours: 3 },
        { sessionId: september!.id, participantId: paid.id, hours: 3 },
      ],
    });
    const missing = async (input: { kind: 'lagesrapport'; periodId: string } | { kind: 'slutrapport' }) =>
      (await callOk(p.dispatch, 'reports.readiness', input)).items.find((i) => i.key === 'missingSalary');
    expect(await missing({ kind: 'lagesrapport', periodId: q3 })).toMatchObject({ count: 1, examples: ['Ada Lönlös (Falun)'] });
    expect(await missing({ kind: 'slutrapport' })).toMatchObject({ count: 2, examples: ['Ada Lönlös (Falun)', 'Bea Lönlös (Falun)'] });
    // Hours removed from the grid no longer count.
    await callOk(p.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: september!.id, participantId: inQ3.id, hours: null }] });
    expect(await missing({ kind: 'lagesrapport', periodId: q3 })).toBeUndefined();
  });

  it('changes nothing when asked', async () => {
    const before = snapshot(p.sqlite);
    await callOk(p.dispatch, 'reports.readiness', { kind: 'utbetalning', periodId: q3 });
    await callOk(p.dispatch, 'reports.readiness', { kind: 'slutrapport' });
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it('refuses an unknown period with a typed error', async () => {
    const err = await callErr(p.dispatch, 'reports.readiness', { kind: 'lagesrapport', periodId: '01890000-0000-7000-8000-0000000009ff' });
    expect(err.code).toBe('NOT_FOUND');
  });
});

describe('the complete demo project', () => {
  let p: TestProject;
  beforeEach(async () => {
    p = await openTestProject();
    await fillDemoProject(p.ctx);
  });
  afterEach(async () => p.cleanup());

  it('is ready for the 2012 Q3 lägesrapport and payment claim, and its reports carry no UTKAST', async () => {
    const progress = await callOk(p.dispatch, 'reports.readiness', { kind: 'lagesrapport', periodId: q3 });
    expect(progress.items).toEqual([]);
    expect(progress.ready).toBe(true);
    const claim = await callOk(p.dispatch, 'reports.readiness', { kind: 'utbetalning', periodId: q3 });
    expect(claim.items).toEqual([]);

    const docx = await report(await callOk(p.dispatch, 'reports.progressReport', { periodId: q3 }));
    expect(docx.documentXml).not.toContain('UTKAST');
    expect(docx.documentXml).not.toContain('Öppna punkter');
    expect(docx.text).not.toMatch(/saknas|Ej angivet/i);
    expect(docx.headers).toEqual([]);
  });

  it('warns when the ESF-stöd so far exceeds the grant (costs less cash, the in-kind line cancelling out)', async () => {
    const settings = await callOk(p.dispatch, 'esf.settings', {});
    // Demo through Q3 2012: costs 131 562,90 kr less kontanta medel 55 000 kr = 76 562,90 kr of ESF-stöd.
    await callOk(p.dispatch, 'esf.updateSettings', { ...settings, grantedEsfOre: 7_656_290 });
    expect((await callOk(p.dispatch, 'reports.readiness', { kind: 'lagesrapport', periodId: q3 })).items).toEqual([]);
    await callOk(p.dispatch, 'esf.updateSettings', { ...settings, grantedEsfOre: 7_656_289 });
    const [over] = (await callOk(p.dispatch, 'reports.readiness', { kind: 'lagesrapport', periodId: q3 })).items;
    expect(over?.key).toBe('esfAboveGranted');
    expect(over?.message).toContain('(76\u00a0562,90 kr) är större än det beviljade (76\u00a0562,89 kr)');
    const outcome = await callOk(p.dispatch, 'budget.outcome', {});
    expect(outcome.balance.find((b) => b.periodId === q3)!.cumulativeEsfOre).toBe(7_656_290);
  });

  it('marks a report UTKAST in its header and lists the open items on its last page once an item is open', async () => {
    const settings = await callOk(p.dispatch, 'esf.settings', {});
    await callOk(p.dispatch, 'esf.updateSettings', { ...settings, caseNumber: '' });
    const docx = await report(await callOk(p.dispatch, 'reports.progressReport', { periodId: q3 }));
    expect(docx.headers.length).toBeGreaterThan(0);
    for (const h of docx.headers) expect(h).toContain('UTKAST');
    expect(docx.text).toContain('Status');
    const last = docx.text.slice(docx.text.lastIndexOf('Öppna punkter före inlämning'));
    expect(last).toContain('Diarienumret saknas.');
    expect(countRows(p.sqlite, 'costs')).toBeGreaterThan(0);
  });
});
