import { describe, expect, it } from 'vitest';
import { visitWarnings, type WarningVisit } from '../../../electron/core/visits/visit-warnings';

const visit = (id: string, overrides: Partial<WarningVisit> = {}): WarningVisit => ({
  id,
  municipalityCode: '1737',
  municipalityName: 'Torsby',
  kind: 'swot_dag',
  date: '2012-03-20',
  startTime: '09:00',
  endTime: '12:00',
  coordinators: ['Anna Berg'],
  status: 'bokad',
  ...overrides,
});

describe('visitWarnings', () => {
  const shown = visit('a');
  const neighbour = visit('b', { municipalityCode: '1780', municipalityName: 'Karlstad', date: '2012-03-20', startTime: '10:00', endTime: '11:00' });
  const sameMunicipality = visit('c', { date: '2012-04-02' });

  it('warns a shown visit about neighbours that are not shown themselves', () => {
    const warnings = visitWarnings([shown, neighbour, sameMunicipality], new Set(['a']));
    expect(warnings.get('a')?.map((w) => w.code)).toEqual(['double_booked', 'visited_twice']);
    expect(warnings.get('a')?.[0]?.message).toBe('Anna Berg är dubbelbokad: besök i Karlstad 10:00–11:00 samma dag.');
  });

  it('answers only for the visits asked about', () => {
    const warnings = visitWarnings([shown, neighbour, sameMunicipality], new Set(['a']));
    expect([...warnings.keys()]).toEqual(['a']);
  });

  it('answers for every visit when none are named, and gives a cancelled one none', () => {
    const cancelled = visit('d', { status: 'installd' });
    const warnings = visitWarnings([shown, neighbour, sameMunicipality, cancelled]);
    expect([...warnings.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(warnings.get('b')?.map((w) => w.code)).toEqual(['double_booked']);
    expect(warnings.get('d')).toEqual([]);
  });
});
