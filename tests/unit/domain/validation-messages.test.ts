import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { messageFor, validationError } from '../../../electron/core/api/validation';
import { AppError, notFound } from '../../../electron/core/errors';
import { createContactInput, createLibraryUnitInput } from '../../../shared/domain/municipalities';
import { translate } from '../../../shared/i18n';
import { en } from '../../../shared/i18n/en';
import { sv } from '../../../shared/i18n/sv';

function keysOf(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v as object, `${prefix}${k}.`)));
}

describe('validation messages', () => {
  it('translate every validation key of the schemas into the Swedish catalogue text', () => {
    for (const [key, text] of Object.entries(sv.validation)) expect(translate(`validation.${key}`)).toBe(text);
  });

  it("fall back to a generic Swedish text for zod's own messages", () => {
    const result = z.object({ n: z.number() }).safeParse({ n: 'x' });
    expect(result.success).toBe(false);
    if (!result.success) expect(messageFor(result.error.issues[0]!)).toBe('Ogiltigt värde.');
  });

  it('collect one Swedish message per field, dot-joining nested paths and using _ for the root', () => {
    const nested = z.object({ a: z.object({ b: z.string().min(1, 'validation.required') }) });
    const nestedResult = nested.safeParse({ a: { b: '' } });
    if (nestedResult.success) throw new Error('should fail');
    expect(validationError(nestedResult.error).fieldErrors).toEqual({ 'a.b': 'Fältet måste fyllas i.' });

    const rootResult = createLibraryUnitInput.safeParse(null);
    if (rootResult.success) throw new Error('should fail');
    const error = validationError(rootResult.error);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(sv.errors.validation);
    expect(error.fieldErrors).toEqual({ _: 'Ogiltigt värde.' });
  });

  it('keep the first message when a field fails more than one rule', () => {
    const result = createContactInput.safeParse({ municipalityCode: '2080', name: '', email: 'x' });
    if (result.success) throw new Error('should fail');
    expect(validationError(result.error).fieldErrors).toEqual({ name: 'Fältet måste fyllas i.', email: sv.validation.email });
  });
});

describe('AppError', () => {
  it('carries a code and a translated Swedish message, with interpolated parameters', () => {
    const error = AppError.of('NOT_FOUND', 'errors.municipalityNotFound', { code: '0180' });
    expect(error).toBeInstanceOf(Error);
    expect(error.toResult()).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Kommunen 0180 finns inte.' } });
    expect(notFound().toApiError()).toEqual({ code: 'NOT_FOUND', message: 'Posten finns inte längre.' });
  });

  it('never puts the log detail into the API error', () => {
    const error = AppError.of('INTERNAL', 'errors.internal').withDetail('stack trace with /home/anna');
    expect(JSON.stringify(error.toResult())).not.toContain('/home/anna');
  });
});

describe('the catalogues', () => {
  it('have the same keys in English as in Swedish', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(sv).sort());
  });
});
