import { describe, expect, it } from 'vitest';
import { swedishDayInfo, visitDateWarnings } from '../../../electron/core/visits/date-warnings';
import { AppError } from '../../../electron/core/errors';

const mobilisation = { name: 'mobiliseringsfasen', start: '2012-02-01', end: '2012-08-31' };

function codes(date: string, phase = mobilisation): string[] {
  return visitDateWarnings(date, { phase }).map((w) => w.code);
}

describe('swedishDayInfo', () => {
  it('names midsommarafton 2012-06-22 as an eve, not a holiday, on a Friday', () => {
    expect(swedishDayInfo('2012-06-22')).toEqual({ weekend: false, holiday: null, eve: 'midsommarafton' });
  });

  it('names Kristi himmelsfärdsdag 2012-05-17 as a public holiday', () => {
    expect(swedishDayInfo('2012-05-17').holiday).toBe('Kristi himmelsfärdsdag');
  });

  it('counts julafton and nyårsafton as eves', () => {
    expect(swedishDayInfo('2012-12-24').eve).toBe('julafton');
    expect(swedishDayInfo('2012-12-31').eve).toBe('nyårsafton');
  });

  it('reports an ordinary Tuesday as neither weekend, holiday nor eve', () => {
    expect(swedishDayInfo('2012-03-13')).toEqual({ weekend: false, holiday: null, eve: null });
  });
});

describe('visitDateWarnings', () => {
  it('warns that most libraries are closed on midsommarafton 2012-06-22', () => {
    expect(visitDateWarnings('2012-06-22', { phase: mobilisation })).toEqual([
      { code: 'eve', message: 'Midsommarafton 22 juni 2012: de flesta bibliotek är stängda.' },
    ]);
  });

  it('warns that Kristi himmelsfärdsdag 2012-05-17 is a röd dag', () => {
    expect(visitDateWarnings('2012-05-17', { phase: mobilisation })).toEqual([
      { code: 'holiday', message: 'Kristi himmelsfärdsdag 17 maj 2012 är en röd dag.' },
    ]);
  });

  it('warns that nationaldagen 2012-06-06 is a röd dag', () => {
    expect(visitDateWarnings('2012-06-06')).toEqual([
      { code: 'holiday', message: 'Nationaldagen 6 juni 2012 är en röd dag.' },
    ]);
  });

  it('warns about a Saturday as weekend', () => {
    expect(visitDateWarnings('2012-03-17')).toEqual([
      { code: 'weekend', message: 'Lördag 17 mars 2012 är en helgdag.' },
    ]);
  });

  it('warns about a Sunday as weekend', () => {
    expect(codes('2012-03-18')).toEqual(['weekend']);
    expect(visitDateWarnings('2012-03-18')[0]?.message).toBe('Söndag 18 mars 2012 är en helgdag.');
  });

  it('warns that most libraries are closed on julafton 2012-12-24', () => {
    expect(visitDateWarnings('2012-12-24')).toEqual([
      { code: 'eve', message: 'Julafton 24 december 2012: de flesta bibliotek är stängda.' },
    ]);
  });

  it('gives a milder eve warning for valborgsmässoafton', () => {
    expect(visitDateWarnings('2012-04-30')[0]?.message).toBe(
      'Valborgsmässoafton 30 april 2012: många bibliotek har stängt eller kortare öppettider.',
    );
  });

  it('gives no warning for an ordinary Tuesday 2012-03-13 inside the phase', () => {
    expect(visitDateWarnings('2012-03-13', { phase: mobilisation })).toEqual([]);
  });

  it('warns when the visit lies after the mobilisation phase (2012-09-03)', () => {
    expect(visitDateWarnings('2012-09-03', { phase: mobilisation })).toEqual([
      {
        code: 'outside_phase',
        message: 'Besöket ligger utanför mobiliseringsfasen (1 februari – 31 augusti 2012).',
      },
    ]);
  });

  it('warns when the visit lies before the phase, and not on its first and last day', () => {
    expect(codes('2012-01-31')).toEqual(['outside_phase']);
    expect(codes('2012-02-01')).toEqual([]);
    expect(codes('2012-08-31')).toEqual([]);
  });

  it('keeps both years in the phase range when they differ', () => {
    const phase = { name: 'genomförandefasen', start: '2012-09-01', end: '2013-06-30' };
    expect(visitDateWarnings('2013-08-01', { phase })[0]?.message).toBe(
      'Besöket ligger utanför genomförandefasen (1 september 2012 – 30 juni 2013).',
    );
  });

  it('combines weekend and holiday on Saturday midsommardagen 2012-06-23', () => {
    const warnings = visitDateWarnings('2012-06-23', { phase: mobilisation });
    expect(warnings.map((w) => w.code)).toEqual(['weekend', 'holiday']);
    expect(warnings[0]?.message).toBe('Lördag 23 juni 2012 är en helgdag.');
    expect(warnings[1]?.message).toBe('Midsommardagen 23 juni 2012 är en röd dag.');
  });

  it('combines eve and outside_phase for julafton in the mobilisation phase', () => {
    expect(codes('2012-12-24')).toEqual(['eve', 'outside_phase']);
  });

  it('throws a VALIDATION AppError with a Swedish message for the non-existent date 2012-02-30', () => {
    expect(() => visitDateWarnings('2012-02-30')).toThrow(AppError);
    expect(() => visitDateWarnings('2012-02-30')).toThrow(/^Ogiltigt datum: "2012-02-30"/);
    try {
      swedishDayInfo('2012-02-30');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('VALIDATION');
    }
  });

  it('throws for malformed dates and for an invalid phase boundary', () => {
    expect(() => swedishDayInfo('2012-6-22')).toThrow(AppError);
    expect(() => swedishDayInfo('')).toThrow(AppError);
    expect(() => visitDateWarnings('2012-03-13', { phase: { ...mobilisation, end: '2012-13-01' } })).toThrow(
      /Ogiltigt slutdatum för fasen/,
    );
  });
});
