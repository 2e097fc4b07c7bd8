import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, openTestProject, type TestProject } from '../../helpers/db';
import { bodyBlocks, openDocx } from '../reports/docx-xml';
import { formatOre } from '../../../electron/core/reports/report-format';
import { esfPlusProject } from './fixture';

/*
 * The närvarointyg: a participant's month in Word, exactly their own live
 * sessions of that month, and the readiness item that asks for it until
 * the month is marked signed.
 */

let p: TestProject;
let f: Awaited<ReturnType<typeof esfPlusProject>>;
beforeEach(async () => {
  p = await openTestProject();
  f = await esfPlusProject(p);
  p.clock.set('2025-04-03T08:00:00.000Z');
});
afterEach(async () => p.cleanup());

async function read(file: { contentBase64: string }) {
  const docx = await openDocx(Buffer.from(file.contentBase64, 'base64'));
  const blocks = bodyBlocks(docx.documentXml);
  // sv-SE groups digits with a no-break space; compared here as a plain one.
  const plain = (t: string) => t.replace(/\u00a0/g, ' ');
  const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.cells.map((c) => plain(c.text)))] : []));
  const text = plain(blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join(' | ')).join('\n'))).join('\n'));
  const footers = await Promise.all(Object.keys(docx.zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n)).map((n) => docx.part(n)));
  return { xml: docx.documentXml, blocks, tables, text, footers };
}

const unsignedItem = async () => (await callOk(p.dispatch, 'reports.readiness', { kind: 'lagesrapport', periodId: f.period.id })).items.find((i) => i.key === 'unsignedParticipantMonths');

describe('a participant’s monthly närvarointyg', () => {
  it('lists exactly their sessions of the month with hours (not other months’, not other participants’, not deleted ones), and signing the month clears the readiness item', async () => {
    const file = await callOk(p.dispatch, 'certificates.participantMonth', { participantId: f.anna.id, month: '2025-03' });
    expect(file.fileName).toBe('narvarointyg-anna-andersson-2025-03.docx');
    const doc = await read(file);
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', style: 'Title', text: 'Närvarointyg – mars 2025' });
    expect(doc.tables[0]).toEqual([
      ['Projekt', 'BiblioLyft'],
      ['Diarienummer', '2024/00123'],
      ['Regelverk', 'ESF+ 2021–2027'],
      ['Deltagare', 'Anna Andersson'],
      ['Kommun', 'Falun'],
      ['Månad', 'mars 2025'],
    ]);
    // Her two live March sessions: not February's, not Bo's or Cia's only session, not the removed Uppsala
    // registration, not the deleted seminar in Ludvika.
    expect(doc.tables[1]).toEqual([
      ['Datum', 'Aktivitet', 'Tid', 'Plats', 'Timmar'],
      ['tis 4 mars', 'Digital delaktighet', '09:00–12:00', 'Falu stadsbibliotek', '3'],
      ['tis 18 mars', 'Digital delaktighet', '13:00–16:30', 'Borlänge bibliotek', '3,5'],
      ['Summa', '', '', '', '6,5'],
    ]);
    expect(doc.text).not.toMatch(/feb|Uppsala stadsbibliotek|Ludvika|Borttaget seminarium|Bo Berg|Cia Carlsson/);
    // The signature lines: the participant's (her name printed), and the one responsible in the project.
    expect(doc.tables[2]!.map((r) => r.map((c) => c.replace(/\n/g, ' ').trim()))).toEqual([
      ['Deltagare', 'Ansvarig i projektet'],
      ['Namnteckning', 'Namnteckning'],
      ['Namnförtydligande Anna Andersson', 'Namnförtydligande'],
      ['Datum', 'Datum'],
    ]);
    expect(doc.text).toContain('sammanlagt 6,5 timmar i mars 2025');
    expect(doc.footers.join('')).toContain('Närvarointyg – mars 2025 · Anna Andersson');

    // Everyone else's months are signed: the readiness item names Anna's March alone, until it is signed too.
    await callOk(p.dispatch, 'signatures.setParticipant', { participantId: f.anna.id, month: '2025-02', signed: true });
    await callOk(p.dispatch, 'signatures.setParticipant', { participantId: f.bo.id, month: '2025-03', signed: true });
    await callOk(p.dispatch, 'signatures.setParticipant', { participantId: f.cia.id, month: '2025-03', signed: true });
    expect(await unsignedItem()).toMatchObject({ count: 1, examples: ['Anna Andersson, mars 2025'] });
    await callOk(p.dispatch, 'signatures.setParticipant', { participantId: f.anna.id, month: '2025-03', signed: true });
    expect(await unsignedItem()).toBeUndefined();
  });

  it('is refused for a month without attendance and for an erased participant, in Swedish', async () => {
    expect((await callErr(p.dispatch, 'certificates.participantMonth', { participantId: f.dan.id, month: '2025-03' })).message).toBe(
      'Dan Dahl har ingen registrerad närvaro i mars 2025, så det finns inget att intyga.',
    );
    await callOk(p.dispatch, 'participants.erase', { id: f.bo.id, confirmName: 'Bo Berg' });
    expect((await callErr(p.dispatch, 'certificates.participantMonth', { participantId: f.bo.id, month: '2025-03' })).message).toBe(
      'Deltagaren är raderad på begäran och kan inte ändras.',
    );
  });
});

describe('the certificates of a month for one county', () => {
  it('has one certificate per participant with hours there, each in its own section starting on a new page, in name order', async () => {
    const file = await callOk(p.dispatch, 'certificates.month', { month: '2025-03', countyCode: '20' });
    expect(file.fileName).toBe('narvarointyg-dalarnas-lan-2025-03.docx');
    const doc = await read(file);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph' && b.style === 'Title').map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      'Närvarointyg – mars 2025',
      'Närvarointyg – mars 2025',
    ]);
    expect(doc.tables.filter((t) => t[0]?.[0] === 'Projekt').map((t) => t[3])).toEqual([
      ['Deltagare', 'Anna Andersson'],
      ['Deltagare', 'Bo Berg'],
    ]);
    expect(doc.tables.filter((t) => t[0]?.[0] === 'Datum').map((t) => t.at(-1))).toEqual([
      ['Summa', '', '', '', '6,5'],
      ['Summa', '', '', '', '2,5'],
    ]);
    // Two sections, the second starting on a new page; each numbers its pages from 1 and names its sheet in the pile.
    expect(doc.xml.match(/<w:sectPr/g)).toHaveLength(2);
    expect(doc.xml.match(/<w:pgNumType w:start="1"/g)).toHaveLength(2);
    expect(doc.footers.filter((x) => x.includes('Anna Andersson (1 av 2)'))).toHaveLength(1);
    expect(doc.footers.filter((x) => x.includes('Bo Berg (2 av 2)'))).toHaveLength(1);
    expect(doc.text).not.toContain('Cia Carlsson');
  });

  it('says so when nobody in the county has attendance that month', async () => {
    const err = await callErr(p.dispatch, 'certificates.month', { month: '2025-02', countyCode: '03' });
    expect(err.message).toBe('Ingen deltagare i Uppsala län har registrerad närvaro i februari 2025.');
  });
});

describe('readiness of signed time', () => {
  it('lists unsigned participant and staff months of the period under ESF+ only, ten examples at most, linked to Signering', async () => {
    const staff = await callOk(p.dispatch, 'staff.create', { name: 'Eva Ek', role: 'Projektledare', municipalityCode: '2080', monthlySalary: 52000 });
    await callOk(p.dispatch, 'staffTime.set', { staffId: staff.id, month: '2025-01', hours: 80, signed: true, signedOn: '2025-02-03' });
    await callOk(p.dispatch, 'staffTime.set', { staffId: staff.id, month: '2025-02', hours: 96, signed: false });
    await callOk(p.dispatch, 'staffTime.set', { staffId: staff.id, month: '2025-04', hours: 40, signed: false });
    const q1 = await callOk(p.dispatch, 'reports.readiness', { kind: 'kvartalsrapport', periodId: f.period.id });
    expect(q1.items.find((i) => i.key === 'unsignedParticipantMonths')).toEqual({
      key: 'unsignedParticipantMonths',
      message: '4 deltagarmånader med närvaro är inte signerade av deltagarna. Under ESF+ ska varje deltagare bekräfta sin närvaro månad för månad.',
      count: 4,
      examples: ['Anna Andersson, februari 2025', 'Anna Andersson, mars 2025', 'Bo Berg, mars 2025', 'Cia Carlsson, mars 2025'],
      link: '/signering?manad=2025-02&visa=osignerade',
      linkLabel: 'Till Signering',
    });
    // April is in the next period; January is signed.
    expect(q1.items.find((i) => i.key === 'unsignedStaffMonths')).toMatchObject({
      count: 1,
      message: '1 månad med personaltid saknar medarbetarens signerade tidrapport. Utan den kan timmarna inte redovisas som enhetskostnad.',
      examples: ['Eva Ek, februari 2025'],
      link: '/signering?ar=2025',
    });
    // The slutrapport asks for every month of the project.
    const all = await callOk(p.dispatch, 'reports.readiness', { kind: 'slutrapport' });
    expect(all.items.find((i) => i.key === 'unsignedStaffMonths')?.examples).toEqual(['Eva Ek, februari 2025', 'Eva Ek, april 2025']);

    const settings = await callOk(p.dispatch, 'esf.settings', {});
    await callOk(p.dispatch, 'esf.updateSettings', { ...settings, ruleSet: 'esf_2007_2013' });
    const old = await callOk(p.dispatch, 'reports.readiness', { kind: 'lagesrapport', periodId: f.period.id });
    expect(old.items.map((i) => i.key)).not.toContain('unsignedParticipantMonths');
    expect(old.items.map((i) => i.key)).not.toContain('unsignedStaffMonths');
  });

  it('caps the examples at ten, and asks for the ESF+ budget (not the 2012 financing budget) under ESF+', async () => {
    const course = await callOk(p.dispatch, 'activities.create', {
      name: 'Läsfrämjande',
      kind: 'kurs',
      status: 'genomford',
      sessions: [{ date: '2025-01-21', startTime: '09:00', endTime: '12:00', place: 'Falu stadsbibliotek', municipalityCode: '2080' }],
    });
    const people = [];
    for (let i = 0; i < 12; i++) {
      people.push(await callOk(p.dispatch, 'participants.create', { firstName: `Deltagare${String(i).padStart(2, '0')}`, lastName: 'Januari', gender: 'kvinna', municipalityCode: '2080', startDate: '2025-01-01' }));
    }
    await callOk(p.dispatch, 'attendance.save', { activityId: course.id, cells: people.map((x) => ({ sessionId: course.sessions[0]!.id, participantId: x.id, hours: 3 })) });
    const r = await callOk(p.dispatch, 'reports.readiness', { kind: 'utbetalning', periodId: f.period.id });
    const unsigned = r.items.find((i) => i.key === 'unsignedParticipantMonths')!;
    expect(unsigned.count).toBe(16);
    expect(unsigned.examples).toHaveLength(10);
    expect(unsigned.examples[0]).toBe('Deltagare00 Januari, januari 2025');
    const keys = r.items.map((i) => i.key);
    expect(keys).toContain('budgetMissing');
    expect(keys).not.toContain('financingBudgetMissing');
    await callOk(p.dispatch, 'esfPlusBudget.set', { periodId: f.period.id, line: 'personal', amount: 12_000_000 });
    const budgeted = await callOk(p.dispatch, 'reports.readiness', { kind: 'utbetalning', periodId: f.period.id });
    expect(budgeted.items.map((i) => i.key)).not.toContain('budgetMissing');
  });
});

describe('the ESF share above the granted under ESF+', () => {
  it('is asked of the ESF+ outcome (eligible less the region’s co-financing), not of the 2012 costs less cash', async () => {
    const settings = await callOk(p.dispatch, 'esf.settings', {});
    await callOk(p.dispatch, 'esf.updateSettings', { ...settings, grantedEsfOre: 1_000_000 });
    const eva = await callOk(p.dispatch, 'staff.create', { name: 'Eva Ek', role: 'Projektledare', municipalityCode: '2080', monthlySalary: 43_000 });
    await callOk(p.dispatch, 'staffTime.set', { staffId: eva.id, month: '2025-02', hours: 100, signed: true, signedOn: '2025-03-03' });
    const keys = async () => (await callOk(p.dispatch, 'reports.readiness', { kind: 'lagesrapport', periodId: f.period.id })).items.map((i) => i.key);
    // No costs and no cash: the 2012 formula finds nothing. Under ESF+ Eva's 100 h at 300 kr, the flat rate on them and the
    // participants' wage, less the region's co-financing, pass the 10 000 kr granted.
    const outcome = await callOk(p.dispatch, 'esfPlus.outcome', {});
    expect(outcome.totals.esfOre).toBeGreaterThan(1_000_000);
    const item = (await callOk(p.dispatch, 'reports.readiness', { kind: 'lagesrapport', periodId: f.period.id })).items.find((i) => i.key === 'esfAboveGranted');
    expect(item?.message.replace(/\u00a0/g, ' ')).toBe(
      `Det ackumulerade ESF+-stödet (${formatOre(outcome.totals.esfOre).replace(/\u00a0/g, ' ')}) är större än det beviljade (10 000,00 kr). Kontrollera personaltiden, kostnaderna och budgeten.`,
    );
    await callOk(p.dispatch, 'esf.updateSettings', { ...settings, grantedEsfOre: outcome.totals.esfOre });
    expect(await keys()).not.toContain('esfAboveGranted');
  });
});

describe('a staff member’s tidrapport of a year', () => {
  it('has every month with hours, what the annual cap leaves eligible, the unit cost and amounts, and signature lines', async () => {
    const settings = await callOk(p.dispatch, 'esf.settings', {});
    // A cap of 200 hours: January and February fill it, March is partly eligible.
    await callOk(p.dispatch, 'esf.updateSettings', { ...settings, esfPlus: { ...settings.esfPlus, annualHourCap: 200 } });
    const eva = await callOk(p.dispatch, 'staff.create', { name: 'Eva Ek', role: 'Projektledare', municipalityCode: '2080', monthlySalary: 43000 });
    await callOk(p.dispatch, 'staffTime.set', { staffId: eva.id, month: '2025-01', hours: 80, signed: true, signedOn: '2025-02-03' });
    await callOk(p.dispatch, 'staffTime.set', { staffId: eva.id, month: '2025-02', hours: 100.25, signed: false });
    await callOk(p.dispatch, 'staffTime.set', { staffId: eva.id, month: '2025-03', hours: 40, signed: false });
    const file = await callOk(p.dispatch, 'certificates.staffTime', { staffId: eva.id, year: 2025 });
    expect(file.fileName).toBe('tidrapport-personal-eva-ek-2025.docx');
    const doc = await read(file);
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', style: 'Title', text: 'Tidrapport – 2025' });
    // 43 000 kr × 12 ÷ 1 720 = 300 kr an hour exactly.
    expect(doc.tables[0]).toContainEqual(['Timkostnad', '300,00 kr per timme (43 000 kr i månaden × 12 ÷ 1 720)']);
    expect(doc.tables[0]).toContainEqual(['Medarbetare', 'Eva Ek, Projektledare, Falun']);
    const months = doc.tables[1]!;
    expect(months[0]).toEqual(['Månad', 'Timmar', 'Stödberättigande timmar', 'Belopp', 'Signerad']);
    expect(months.slice(1, 5)).toEqual([
      ['Januari', '80', '80', '24 000,00 kr', '3 februari 2025'],
      ['Februari', '100,25', '100,25', '30 075,00 kr', 'Inte signerad'],
      ['Mars', '40', '19,75', '5 925,00 kr', 'Inte signerad'],
      ['April', '–', '–', '–', ''],
    ]);
    expect(months).toHaveLength(14);
    expect(months.at(-1)).toEqual(['Summa', '220,25', '200', '60 000,00 kr', '']);
    expect(doc.text).toContain('Årstak 200 timmar: 20,25 timmar över taket är redovisade men inte stödberättigande.');
    expect(doc.tables[2]!.map((r) => r.map((c) => c.replace(/\n/g, ' ').trim()))).toEqual([
      ['Medarbetarens namnteckning', 'Närmaste chefs namnteckning'],
      ['Namnförtydligande Eva Ek', 'Namnförtydligande'],
      ['Datum', 'Datum'],
    ]);
    expect(doc.footers.join('')).toContain('Tidrapport – 2025 · Eva Ek');
  });
});
