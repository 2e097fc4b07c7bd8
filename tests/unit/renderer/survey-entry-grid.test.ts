import { describe, expect, it } from 'vitest';
import type { SurveyQuestion } from '../../../shared/domain/surveys';
import { editRow, parseCell, resolvedCell, scaleKey, summarise } from '../../../renderer/src/pages/surveys/entry-grid';

const question = (id: string, kind: SurveyQuestion['kind'], options: string[] = []): SurveyQuestion => ({
  id,
  questionnaireId: 'q',
  sectionId: 's',
  position: 0,
  code: id.toUpperCase(),
  text: `Fråga ${id}`,
  kind,
  options,
  background: null,
  required: false,
});

const scale = question('s1', 'skala');
const role = question('roll', 'enval', ['Bibliotekarie', 'Biblioteksassistent', 'Chef']);
const topics = question('amnen', 'flerval', ['Digitalt', 'Läsfrämjande', 'Bemötande']);
const count = question('antal', 'tal');

describe('the answer grid for paper forms', () => {
  it('takes 1–5 as a step on the scale, 0 or v as vet ej, and nothing else', () => {
    expect(['1', '5', '0', 'v', 'V', '6', 'a'].map(scaleKey)).toEqual(['1', '5', 'v', 'v', 'v', null, null]);
  });

  it('reads a typed option number as the option the paper form numbers so', () => {
    expect(parseCell(role, '2')).toMatchObject({ text: 'Biblioteksassistent' });
    expect(parseCell(topics, '1; 3')).toMatchObject({ choices: ['Digitalt', 'Bemötande'] });
    expect(parseCell(count, '1 200,5')).toMatchObject({ number: 1200.5 });
    expect(parseCell(count, 'många')).toBe('invalid');
    expect(parseCell(scale, '7')).toBe('invalid');
  });

  it('shows the option itself once the typist leaves a choice cell, and keeps other text as typed', () => {
    expect(resolvedCell(role, '2')).toBe('Biblioteksassistent');
    expect(resolvedCell(role, '9')).toBe('9');
    expect(resolvedCell(role, 'Chef')).toBe('Chef');
    expect(resolvedCell(topics, '1,2')).toBe('Digitalt, Läsfrämjande');
    expect(resolvedCell(scale, '4')).toBe('4');
    expect(resolvedCell(count, '12')).toBe('12');
  });

  it('turns the filled rows into responses, leaves empty rows out and marks the cells that are no answer', () => {
    let rows = editRow([], 0, 's1', '4');
    rows = editRow(rows, 0, 'roll', '3');
    rows = editRow(rows, 2, 's1', '9');
    const summary = summarise(rows, [role, scale], '2012-10-01');
    expect(summary.filled).toBe(2);
    expect([...summary.invalid]).toEqual(['2:s1']);
    expect(summary.responses[0]).toEqual({
      source: 'papper',
      answeredOn: '2012-10-01',
      answers: [
        { questionId: 'roll', number: null, dontKnow: false, text: 'Chef', choices: null },
        { questionId: 's1', number: 4, dontKnow: false, text: null, choices: null },
      ],
    });
  });
});
