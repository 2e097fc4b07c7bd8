import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import type { LibraryUnit } from '../../../shared/domain/municipalities';
import { callErr, callOk, countRows, openTestProject, snapshot, startTime, uuidV7Millis, uuidV7Pattern, type TestProject } from '../../helpers/db';

let p: TestProject;
let faluMain: LibraryUnit;
let borlangeMain: LibraryUnit;

beforeEach(async () => {
  p = await openTestProject();
  faluMain = await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek', staffCount: 28 });
  borlangeMain = await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '2081', name: 'Borlänge bibliotek', kind: 'huvudbibliotek', staffCount: 15 });
});
afterEach(async () => {
  await p.cleanup();
});

const eva = (): InputOf<'contacts.create'> => ({
  municipalityCode: '2080',
  name: 'Eva Exempel',
  role: 'Bibliotekschef',
  email: 'eva.exempel@falun.example',
  phone: '070-174 06 50',
  libraryUnitId: faluMain.id,
});

interface ContactRow {
  id: string;
  municipality_code: string;
  library_unit_id: string | null;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function contactRow(id: string): ContactRow | undefined {
  return p.sqlite.prepare<[string], ContactRow>('select * from contacts where id = ?').get(id);
}

describe('contacts.create', () => {
  it('stores the contact with a UUIDv7 id and timestamps from the clock', async () => {
    p.clock.set('2012-02-10T09:15:00.000Z');
    const contact = await callOk(p.dispatch, 'contacts.create', eva());
    expect(contact.id).toMatch(uuidV7Pattern);
    expect(uuidV7Millis(contact.id)).toBe(Date.parse('2012-02-10T09:15:00.000Z'));
    expect(contact).toEqual({
      id: contact.id,
      municipalityCode: '2080',
      libraryUnitId: faluMain.id,
      name: 'Eva Exempel',
      role: 'Bibliotekschef',
      email: 'eva.exempel@falun.example',
      phone: '070-174 06 50',
      updatedAt: '2012-02-10T09:15:00.000Z',
    });
    expect(contactRow(contact.id)).toMatchObject({ created_at: '2012-02-10T09:15:00.000Z', deleted_at: null });
  });

  it('accepts a municipality-wide contact without a unit, and stores blank fields as null', async () => {
    const contact = await callOk(p.dispatch, 'contacts.create', { municipalityCode: '2080', name: ' Kim ', role: '  ', email: '', phone: '', libraryUnitId: null });
    expect(contact).toMatchObject({ name: 'Kim', role: null, email: null, phone: null, libraryUnitId: null });
    const minimal = await callOk(p.dispatch, 'contacts.create', { municipalityCode: '2080', name: 'Alex' });
    expect(minimal).toMatchObject({ role: null, email: null, phone: null, libraryUnitId: null });
  });

  it('lists contacts in Swedish name order', async () => {
    for (const name of ['Örjan', 'Åsa', 'Zelda', 'Anna']) await callOk(p.dispatch, 'contacts.create', { municipalityCode: '2080', name });
    const falun = await callOk(p.dispatch, 'municipalities.get', { code: '2080' });
    expect(falun.contacts.map((c) => c.name)).toEqual(['Anna', 'Zelda', 'Åsa', 'Örjan']);
  });

  it("refuses a unit of another municipality with VALIDATION on libraryUnitId, changing nothing", async () => {
    const before = snapshot(p.sqlite);
    const error = await callErr(p.dispatch, 'contacts.create', { ...eva(), libraryUnitId: borlangeMain.id });
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual({ libraryUnitId: 'Enheten hör inte till den här kommunen.' });
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it('refuses a deleted unit and an unknown unit id', async () => {
    await callOk(p.dispatch, 'libraryUnits.delete', { id: faluMain.id });
    const before = snapshot(p.sqlite);
    expect((await callErr(p.dispatch, 'contacts.create', eva())).fieldErrors).toEqual({ libraryUnitId: 'Enheten hör inte till den här kommunen.' });
    const unknown = await callErr(p.dispatch, 'contacts.create', { ...eva(), libraryUnitId: '018d6a1e-7c00-7000-8000-000000000042' });
    expect(unknown.code).toBe('VALIDATION');
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it('refuses an unknown municipality with NOT_FOUND and a Swedish message, changing nothing', async () => {
    const before = snapshot(p.sqlite);
    const error = await callErr(p.dispatch, 'contacts.create', { municipalityCode: '0180', name: 'Stockholmare' });
    expect(error).toEqual({ code: 'NOT_FOUND', message: 'Kommunen 0180 finns inte.' });
    expect(snapshot(p.sqlite)).toEqual(before);
  });
});

describe('invalid contacts are refused and change nothing', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['an empty name', { name: '' }, 'name', 'Fältet måste fyllas i.'],
    ["the e-mail 'inte-en-epost'", { email: 'inte-en-epost' }, 'email', 'e-postadress'],
    ['an e-mail without a domain', { email: 'eva@' }, 'email', 'e-postadress'],
    ['a phone number with letters', { phone: 'ring mig' }, 'phone', 'telefonnummer'],
    ['a too short phone number', { phone: '123' }, 'phone', 'telefonnummer'],
    ['a role over 120 characters', { role: 'r'.repeat(121) }, 'role', 'för lång'],
    ['a unit id that is not a UUID', { libraryUnitId: 'enhet-1' }, 'libraryUnitId', 'Ogiltig identitet.'],
    ['a malformed municipality code', { municipalityCode: 'Falun' }, 'municipalityCode', 'fyra siffror'],
  ];

  it.each(cases)('refuses %s with VALIDATION and a Swedish field message', async (_label, change, field, text) => {
    await callOk(p.dispatch, 'contacts.create', { municipalityCode: '2080', name: 'Redan här' });
    const before = snapshot(p.sqlite);
    const error = await callErr(p.dispatch, 'contacts.create', { ...eva(), ...change });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Uppgifterna är inte giltiga. Rätta de markerade fälten.');
    expect(error.fieldErrors?.[field]).toContain(text);
    expect(snapshot(p.sqlite)).toEqual(before);
  });
});

describe('contacts.update', () => {
  it('changes the fields and updated_at, keeping created_at and the municipality', async () => {
    const contact = await callOk(p.dispatch, 'contacts.create', eva());
    p.clock.set('2012-05-05T05:05:05.000Z');
    const updated = await callOk(p.dispatch, 'contacts.update', {
      id: contact.id,
      name: 'Eva Exempel',
      role: 'Biträdande bibliotekschef',
      email: 'EVA@falun.example',
      phone: '',
      libraryUnitId: null,
    });
    expect(updated).toEqual({
      id: contact.id,
      municipalityCode: '2080',
      libraryUnitId: null,
      name: 'Eva Exempel',
      role: 'Biträdande bibliotekschef',
      email: 'EVA@falun.example',
      phone: null,
      updatedAt: '2012-05-05T05:05:05.000Z',
    });
    expect(contactRow(contact.id)).toMatchObject({ created_at: startTime, municipality_code: '2080' });
  });

  it("refuses moving the contact to another municipality's unit, changing nothing", async () => {
    const contact = await callOk(p.dispatch, 'contacts.create', eva());
    const before = snapshot(p.sqlite);
    const error = await callErr(p.dispatch, 'contacts.update', { id: contact.id, name: 'Eva Exempel', libraryUnitId: borlangeMain.id });
    expect(error.fieldErrors).toEqual({ libraryUnitId: 'Enheten hör inte till den här kommunen.' });
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it("refuses a bad e-mail on update with the Swedish message, changing nothing", async () => {
    const contact = await callOk(p.dispatch, 'contacts.create', eva());
    const before = snapshot(p.sqlite);
    const error = await callErr(p.dispatch, 'contacts.update', { id: contact.id, name: 'Eva', email: 'inte-en-epost' });
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.['email']).toContain('e-postadress');
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it('refuses an unknown or deleted contact with NOT_FOUND', async () => {
    const contact = await callOk(p.dispatch, 'contacts.create', eva());
    await callOk(p.dispatch, 'contacts.delete', { id: contact.id });
    const before = snapshot(p.sqlite);
    expect(await callErr(p.dispatch, 'contacts.update', { id: contact.id, name: 'Eva' })).toEqual({ code: 'NOT_FOUND', message: 'Posten finns inte längre.' });
    expect((await callErr(p.dispatch, 'contacts.update', { id: '018d6a1e-7c00-7000-8000-000000000042', name: 'X' })).code).toBe('NOT_FOUND');
    expect(snapshot(p.sqlite)).toEqual(before);
  });
});

describe('contacts.delete', () => {
  it('deletes softly: gone from the municipality, still in the table with deleted_at', async () => {
    const contact = await callOk(p.dispatch, 'contacts.create', eva());
    const kept = await callOk(p.dispatch, 'contacts.create', { municipalityCode: '2080', name: 'Kvar' });
    p.clock.set('2012-06-01T00:00:00.000Z');
    expect(await callOk(p.dispatch, 'contacts.delete', { id: contact.id })).toEqual({ id: contact.id });

    const falun = await callOk(p.dispatch, 'municipalities.get', { code: '2080' });
    expect(falun.contacts.map((c) => c.id)).toEqual([kept.id]);
    expect(contactRow(contact.id)).toMatchObject({ name: 'Eva Exempel', deleted_at: '2012-06-01T00:00:00.000Z', updated_at: '2012-06-01T00:00:00.000Z' });
    expect(countRows(p.sqlite, 'contacts')).toBe(2);
  });

  it('refuses a second delete with NOT_FOUND, changing nothing', async () => {
    const contact = await callOk(p.dispatch, 'contacts.create', eva());
    await callOk(p.dispatch, 'contacts.delete', { id: contact.id });
    const before = snapshot(p.sqlite);
    expect((await callErr(p.dispatch, 'contacts.delete', { id: contact.id })).code).toBe('NOT_FOUND');
    expect(snapshot(p.sqlite)).toEqual(before);
  });
});
