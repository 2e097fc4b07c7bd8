import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import { callErr, callOk, countRows, openTestProject, snapshot, startTime, uuidV7Millis, uuidV7Pattern, type TestProject } from '../../helpers/db';

let p: TestProject;

beforeEach(async () => {
  p = await openTestProject();
});
afterEach(async () => {
  await p.cleanup();
});

const falu: InputOf<'libraryUnits.create'> = {
  municipalityCode: '2080',
  name: 'Falu stadsbibliotek',
  kind: 'huvudbibliotek',
  streetAddress: 'Kristinegatan 15',
  postalCode: '79130',
  city: 'Falun',
  staffCount: 28,
};

interface UnitRow {
  id: string;
  municipality_code: string;
  name: string;
  kind: string;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  staff_count: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function unitRow(id: string): UnitRow | undefined {
  return p.sqlite.prepare<[string], UnitRow>('select * from library_units where id = ?').get(id);
}

describe('libraryUnits.create', () => {
  it('stores the unit with a UUIDv7 id and timestamps from the clock, and returns it', async () => {
    const unit = await callOk(p.dispatch, 'libraryUnits.create', falu);
    expect(unit.id).toMatch(uuidV7Pattern);
    expect(uuidV7Millis(unit.id)).toBe(Date.parse(startTime));
    expect(unit).toEqual({
      id: unit.id,
      municipalityCode: '2080',
      name: 'Falu stadsbibliotek',
      kind: 'huvudbibliotek',
      streetAddress: 'Kristinegatan 15',
      postalCode: '791 30',
      city: 'Falun',
      staffCount: 28,
      updatedAt: startTime,
    });
    expect(unitRow(unit.id)).toEqual({
      id: unit.id,
      municipality_code: '2080',
      name: 'Falu stadsbibliotek',
      kind: 'huvudbibliotek',
      street_address: 'Kristinegatan 15',
      postal_code: '791 30',
      city: 'Falun',
      staff_count: 28,
      created_at: startTime,
      updated_at: startTime,
      deleted_at: null,
    });
  });

  it('gives every unit its own id, ordered by time', async () => {
    const a = await callOk(p.dispatch, 'libraryUnits.create', falu);
    p.clock.advance(1000);
    const b = await callOk(p.dispatch, 'libraryUnits.create', { ...falu, name: 'Svärdsjö bibliotek', kind: 'filial' });
    const c = await callOk(p.dispatch, 'libraryUnits.create', { ...falu, name: 'Grycksbo bibliotek', kind: 'filial' });
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
    expect(a.id < b.id).toBe(true);
    expect(uuidV7Millis(b.id)).toBe(Date.parse(startTime) + 1000);
  });

  it("normalises the postal code '65225' to '652 25' and keeps '652 25' as it is", async () => {
    const a = await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '1780', name: 'Karlstads stadsbibliotek', kind: 'huvudbibliotek', postalCode: '65225' });
    const b = await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '1780', name: 'Filial', kind: 'filial', postalCode: ' 652 25 ' });
    expect(a.postalCode).toBe('652 25');
    expect(b.postalCode).toBe('652 25');
  });

  it('stores blank optional fields as null, and trims text', async () => {
    const unit = await callOk(p.dispatch, 'libraryUnits.create', {
      municipalityCode: '2080',
      name: '  Bjursås bibliotek  ',
      kind: 'filial',
      streetAddress: '   ',
      postalCode: '',
      city: '',
      staffCount: '',
    });
    expect(unit).toMatchObject({ name: 'Bjursås bibliotek', streetAddress: null, postalCode: null, city: null, staffCount: null });
    expect(unitRow(unit.id)).toMatchObject({ street_address: null, postal_code: null, city: null, staff_count: null });
  });

  it('accepts omitted optional fields as null', async () => {
    const unit = await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Bokbussen', kind: 'bokbuss' });
    expect(unit).toMatchObject({ streetAddress: null, postalCode: null, city: null, staffCount: null });
  });

  it('accepts a staff count typed as text in a form', async () => {
    const unit = await callOk(p.dispatch, 'libraryUnits.create', { ...falu, staffCount: ' 12 ' });
    expect(unit.staffCount).toBe(12);
  });

  it('ignores fields the client may not set (id, timestamps, deleted_at)', async () => {
    const sneaky = { ...falu, id: '018d6a1e-7c00-7000-8000-000000000099', updatedAt: '1999-01-01T00:00:00.000Z', deleted_at: startTime };
    const unit = await callOk(p.dispatch, 'libraryUnits.create', sneaky);
    expect(unit.id).not.toBe(sneaky.id);
    expect(unit.updatedAt).toBe(startTime);
    expect(unitRow(unit.id)?.deleted_at).toBeNull();
  });
});

describe('libraryUnits.update', () => {
  it('changes the fields and updated_at, keeping id and created_at', async () => {
    const unit = await callOk(p.dispatch, 'libraryUnits.create', falu);
    p.clock.set('2012-03-01T12:00:00.000Z');
    const updated = await callOk(p.dispatch, 'libraryUnits.update', {
      id: unit.id,
      name: 'Falu stadsbibliotek, Kristinegatan',
      kind: 'huvudbibliotek',
      streetAddress: 'Kristinegatan 15',
      postalCode: '791 30',
      city: 'Falun',
      staffCount: 30,
    });
    expect(updated).toMatchObject({ id: unit.id, name: 'Falu stadsbibliotek, Kristinegatan', staffCount: 30, updatedAt: '2012-03-01T12:00:00.000Z' });
    expect(unitRow(unit.id)).toMatchObject({ created_at: startTime, updated_at: '2012-03-01T12:00:00.000Z', municipality_code: '2080' });
    expect(countRows(p.sqlite, 'library_units')).toBe(1);
  });

  it('refuses an unknown id with NOT_FOUND and changes nothing', async () => {
    await callOk(p.dispatch, 'libraryUnits.create', falu);
    const before = snapshot(p.sqlite);
    const error = await callErr(p.dispatch, 'libraryUnits.update', { id: '018d6a1e-7c00-7000-8000-000000000042', name: 'X', kind: 'filial' });
    expect(error).toEqual({ code: 'NOT_FOUND', message: 'Posten finns inte längre.' });
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it('refuses to edit a deleted unit', async () => {
    const unit = await callOk(p.dispatch, 'libraryUnits.create', falu);
    await callOk(p.dispatch, 'libraryUnits.delete', { id: unit.id });
    const before = snapshot(p.sqlite);
    const error = await callErr(p.dispatch, 'libraryUnits.update', { id: unit.id, name: 'Tillbaka', kind: 'filial' });
    expect(error.code).toBe('NOT_FOUND');
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it('refuses invalid fields on update and leaves the row as it was', async () => {
    const unit = await callOk(p.dispatch, 'libraryUnits.create', falu);
    const before = snapshot(p.sqlite);
    const error = await callErr(p.dispatch, 'libraryUnits.update', { id: unit.id, name: '', kind: 'filial', staffCount: -3 });
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual({ name: 'Fältet måste fyllas i.', staffCount: 'Antal anställda ska vara ett heltal från 0 till 5 000.' });
    expect(snapshot(p.sqlite)).toEqual(before);
  });
});

describe('libraryUnits.delete', () => {
  it('deletes softly: gone from the lists, still in the table with deleted_at from the clock', async () => {
    const unit = await callOk(p.dispatch, 'libraryUnits.create', falu);
    p.clock.set('2012-04-01T07:00:00.000Z');
    expect(await callOk(p.dispatch, 'libraryUnits.delete', { id: unit.id })).toEqual({ id: unit.id });

    const falun = await callOk(p.dispatch, 'municipalities.get', { code: '2080' });
    expect(falun.units).toEqual([]);
    expect(falun.unitCount).toBe(0);
    expect(unitRow(unit.id)).toMatchObject({ deleted_at: '2012-04-01T07:00:00.000Z', updated_at: '2012-04-01T07:00:00.000Z', name: 'Falu stadsbibliotek' });
  });

  it("detaches the unit's contacts, which stay with the municipality", async () => {
    const unit = await callOk(p.dispatch, 'libraryUnits.create', falu);
    const other = await callOk(p.dispatch, 'libraryUnits.create', { ...falu, name: 'Svärdsjö bibliotek', kind: 'filial' });
    const chief = await callOk(p.dispatch, 'contacts.create', { municipalityCode: '2080', name: 'Eva Exempel', libraryUnitId: unit.id });
    const staff = await callOk(p.dispatch, 'contacts.create', { municipalityCode: '2080', name: 'Olle Exempel', libraryUnitId: other.id });
    p.clock.set('2012-04-01T07:00:00.000Z');
    await callOk(p.dispatch, 'libraryUnits.delete', { id: unit.id });

    const falun = await callOk(p.dispatch, 'municipalities.get', { code: '2080' });
    expect(falun.contacts.find((c) => c.id === chief.id)).toMatchObject({ libraryUnitId: null, updatedAt: '2012-04-01T07:00:00.000Z' });
    expect(falun.contacts.find((c) => c.id === staff.id)).toMatchObject({ libraryUnitId: other.id, updatedAt: startTime });
    expect(p.sqlite.prepare('select library_unit_id, deleted_at from contacts where id = ?').get(chief.id)).toEqual({ library_unit_id: null, deleted_at: null });
  });

  it('refuses to delete twice, or an unknown id, with NOT_FOUND and changes nothing', async () => {
    const unit = await callOk(p.dispatch, 'libraryUnits.create', falu);
    await callOk(p.dispatch, 'libraryUnits.delete', { id: unit.id });
    const before = snapshot(p.sqlite);
    expect((await callErr(p.dispatch, 'libraryUnits.delete', { id: unit.id })).code).toBe('NOT_FOUND');
    expect((await callErr(p.dispatch, 'libraryUnits.delete', { id: '018d6a1e-7c00-7000-8000-000000000042' })).code).toBe('NOT_FOUND');
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it('refuses an id that is not a UUID', async () => {
    const error = await callErr(p.dispatch, 'libraryUnits.delete', { id: '1; drop table library_units' });
    expect(error).toMatchObject({ code: 'VALIDATION', fieldErrors: { id: 'Ogiltig identitet.' } });
  });
});

describe('invalid library units are refused and change nothing', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['an empty name', { ...falu, name: '' }, 'name', 'Fältet måste fyllas i.'],
    ['a blank name', { ...falu, name: '   ' }, 'name', 'Fältet måste fyllas i.'],
    ['a name over 120 characters', { ...falu, name: 'x'.repeat(121) }, 'name', 'Texten är för lång.'],
    ['an unknown kind', { ...falu, kind: 'kiosk' }, 'kind', 'Välj huvudbibliotek, filial eller bokbuss.'],
    ['a four-digit postal code', { ...falu, postalCode: '6522' }, 'postalCode', 'Ange postnumret med fem siffror, till exempel 652 25.'],
    ['a postal code with a dash', { ...falu, postalCode: '652-25' }, 'postalCode', 'Ange postnumret med fem siffror, till exempel 652 25.'],
    ['letters as postal code', { ...falu, postalCode: 'abcde' }, 'postalCode', 'Ange postnumret med fem siffror, till exempel 652 25.'],
    ['a negative staff count', { ...falu, staffCount: -1 }, 'staffCount', 'Antal anställda ska vara ett heltal från 0 till 5 000.'],
    ['a fractional staff count', { ...falu, staffCount: 2.5 }, 'staffCount', 'Antal anställda ska vara ett heltal från 0 till 5 000.'],
    ['a staff count over 5 000', { ...falu, staffCount: 5001 }, 'staffCount', 'Antal anställda ska vara ett heltal från 0 till 5 000.'],
    ['a staff count that is not a number', { ...falu, staffCount: 'många' }, 'staffCount', 'Antal anställda ska vara ett heltal från 0 till 5 000.'],
    ['a malformed municipality code', { ...falu, municipalityCode: '20' }, 'municipalityCode', 'Kommunkoden ska ha fyra siffror.'],
    ['a name that is not text', { ...falu, name: 42 }, 'name', 'Ogiltigt värde.'],
  ];

  it.each(cases)('refuses %s with VALIDATION and a Swedish field message', async (_label, input, field, message) => {
    await callOk(p.dispatch, 'libraryUnits.create', { ...falu, name: 'Redan här' });
    const before = snapshot(p.sqlite);
    const error = await callErr(p.dispatch, 'libraryUnits.create', input);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Uppgifterna är inte giltiga. Rätta de markerade fälten.');
    expect(error.fieldErrors?.[field]).toBe(message);
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it('reports every invalid field at once', async () => {
    const error = await callErr(p.dispatch, 'libraryUnits.create', { municipalityCode: 'x', name: '', kind: 'kiosk', postalCode: '1', staffCount: -1 });
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(['kind', 'municipalityCode', 'name', 'postalCode', 'staffCount']);
  });

  it('refuses an unknown municipality with NOT_FOUND and a Swedish message', async () => {
    const before = snapshot(p.sqlite);
    const error = await callErr(p.dispatch, 'libraryUnits.create', { ...falu, municipalityCode: '0180' });
    expect(error).toEqual({ code: 'NOT_FOUND', message: 'Kommunen 0180 finns inte.' });
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it('refuses a payload that is not an object', async () => {
    for (const payload of ['Falu stadsbibliotek', 42, [falu], true]) {
      const error = await callErr(p.dispatch, 'libraryUnits.create', payload);
      expect(error.code).toBe('VALIDATION');
      expect(error.fieldErrors).toEqual({ _: 'Ogiltigt värde.' });
    }
    expect(countRows(p.sqlite, 'library_units')).toBe(0);
  });
});
