import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n';

/* Swedish text uses Swedish quotation marks (”…”), never the straight
 * typewriter quote beside them. Every Swedish string of the catalogue is checked. */

function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('the Swedish catalogue', () => {
  it('has no straight double quotes', () => {
    expect(strings(resources.sv).filter(([, s]) => s.includes('"'))).toEqual([]);
  });
});
