import { describe, expect, it } from 'vitest';
import {
  contactFields,
  createLibraryUnitInput,
  idInput,
  libraryUnitFields,
  listMunicipalitiesInput,
  municipalityCodeInput,
} from '../../../shared/domain/municipalities';
import { z } from 'zod';

/** The single issue message (an i18n key) for one field of a failed parse. */
function keyFor(schema: z.ZodType, input: unknown, field: string): string | undefined {
  const result = schema.safeParse(input);
  if (result.success) return undefined;
  return result.error.issues.find((i) => i.path.join('.') === field)?.message;
}

const unit = { name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' };

describe('library unit fields', () => {
  it.each([
    ['65225', '652 25'],
    ['652 25', '652 25'],
    [' 79130 ', '791 30'],
  ])("normalise the postal code '%s' to '%s'", (postalCode, expected) => {
    expect(libraryUnitFields.parse({ ...unit, postalCode }).postalCode).toBe(expected);
  });

  it.each(['6522', '652255', '652-25', '652  25', 'abcde', '65 225'])("refuse the postal code '%s'", (postalCode) => {
    expect(keyFor(libraryUnitFields, { ...unit, postalCode }, 'postalCode')).toBe('validation.postalCode');
  });

  it.each([
    [0, 0],
    [5000, 5000],
    ['12', 12],
    [' 7 ', 7],
    ['', null],
    [null, null],
    [undefined, null],
  ])('read the staff count %o as %o', (staffCount, expected) => {
    expect(libraryUnitFields.parse({ ...unit, staffCount }).staffCount).toBe(expected);
  });

  it.each([-1, 1.5, 5001, 'tolv', '1e2x', '-3'])('refuse the staff count %o', (staffCount) => {
    expect(keyFor(libraryUnitFields, { ...unit, staffCount }, 'staffCount')).toBe('validation.staffCount');
  });

  it('refuse NaN and Infinity as staff count', () => {
    expect(libraryUnitFields.safeParse({ ...unit, staffCount: Number.NaN }).success).toBe(false);
    expect(libraryUnitFields.safeParse({ ...unit, staffCount: Number.POSITIVE_INFINITY }).success).toBe(false);
  });

  it('turn blank optional text into null and trim the rest', () => {
    expect(libraryUnitFields.parse({ ...unit, name: '  Bibliotek  ', streetAddress: '  ', city: ' Falun ' })).toEqual({
      name: 'Bibliotek',
      kind: 'huvudbibliotek',
      streetAddress: null,
      postalCode: null,
      city: 'Falun',
      staffCount: null,
    });
  });

  it('require a name, and limit it to 120 characters', () => {
    expect(keyFor(libraryUnitFields, { ...unit, name: ' ' }, 'name')).toBe('validation.required');
    expect(keyFor(libraryUnitFields, { ...unit, name: 'x'.repeat(121) }, 'name')).toBe('validation.tooLong');
    expect(libraryUnitFields.safeParse({ ...unit, name: 'x'.repeat(120) }).success).toBe(true);
  });

  it('accept only the three kinds', () => {
    for (const kind of ['huvudbibliotek', 'filial', 'bokbuss']) expect(libraryUnitFields.safeParse({ ...unit, kind }).success).toBe(true);
    expect(keyFor(libraryUnitFields, { ...unit, kind: 'Filial' }, 'kind')).toBe('validation.unitKind');
  });

  it('need a four-digit municipality code to create', () => {
    expect(createLibraryUnitInput.safeParse({ ...unit, municipalityCode: '2080' }).success).toBe(true);
    for (const code of ['208', '20800', 'abcd', ' 2080']) {
      expect(keyFor(createLibraryUnitInput, { ...unit, municipalityCode: code }, 'municipalityCode')).toBe('validation.municipalityCode');
    }
  });
});

describe('contact fields', () => {
  const contact = { name: 'Eva Exempel' };

  it('accept a minimal contact with everything else null', () => {
    expect(contactFields.parse(contact)).toEqual({ name: 'Eva Exempel', role: null, email: null, phone: null, libraryUnitId: null });
  });

  it.each(['namn@kommun.se', 'eva.exempel@falun.example', ' a.b-c@d.se '])("accept the e-mail '%s'", (email) => {
    expect(contactFields.parse({ ...contact, email }).email).toBe(email.trim());
  });

  it.each(['inte-en-epost', 'eva@', '@falun.se', 'eva falun@x.se'])("refuse the e-mail '%s'", (email) => {
    expect(keyFor(contactFields, { ...contact, email }, 'email')).toBe('validation.email');
  });

  it.each(['054-540 00 00', '+46 54 540 00 00', '070-174 06 50', '0545400000'])("accept the phone number '%s'", (phone) => {
    expect(contactFields.parse({ ...contact, phone }).phone).toBe(phone);
  });

  it.each(['123', 'ring mig', '054/540 00 00', '-054540000', '(054) 540000'])("refuse the phone number '%s'", (phone) => {
    expect(keyFor(contactFields, { ...contact, phone }, 'phone')).toBe('validation.phone');
  });

  it('need a UUID as unit id, or nothing', () => {
    expect(contactFields.parse({ ...contact, libraryUnitId: '018d6a1e-7c00-7000-8000-000000000001' }).libraryUnitId).toBe('018d6a1e-7c00-7000-8000-000000000001');
    expect(contactFields.parse({ ...contact, libraryUnitId: undefined }).libraryUnitId).toBeNull();
    expect(contactFields.parse({ ...contact, libraryUnitId: null }).libraryUnitId).toBeNull();
    // A form's "no unit" option sends an empty string.
    expect(contactFields.parse({ ...contact, libraryUnitId: '' }).libraryUnitId).toBeNull();
    expect(keyFor(contactFields, { ...contact, libraryUnitId: 'enhet-1' }, 'libraryUnitId')).toBe('validation.id');
  });
});

describe('other inputs', () => {
  it('list filter: only the four counties, a trimmed search of at most 60 characters', () => {
    expect(listMunicipalitiesInput.parse({ countyCode: '17', search: ' karl ' })).toEqual({ countyCode: '17', search: 'karl' });
    expect(keyFor(listMunicipalitiesInput, { countyCode: '01' }, 'countyCode')).toBe('validation.countyCode');
    expect(keyFor(listMunicipalitiesInput, { search: 'x'.repeat(61) }, 'search')).toBe('validation.tooLong');
  });

  it('code and id inputs', () => {
    expect(municipalityCodeInput.safeParse({ code: '2080' }).success).toBe(true);
    expect(keyFor(municipalityCodeInput, { code: '2O80' }, 'code')).toBe('validation.municipalityCode');
    expect(keyFor(idInput, { id: 'abc' }, 'id')).toBe('validation.id');
  });
});
