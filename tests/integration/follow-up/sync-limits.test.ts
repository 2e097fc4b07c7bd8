import { describe, expect, it } from 'vitest';
import { invalidChange } from '../../../electron/core/sync/validate-change';
import type { SyncTable } from '../../../electron/core/sync/triggers';

/* A peer's follow-up or process step may hold no longer text than the forms take. */

const table = (name: string, columns: string[]): SyncTable => ({ name, key: 'id', columns: columns.map((c) => ({ name: c, type: 'TEXT', notNull: false, hasDefault: false })) });
const change = (tbl: string, field: string, value: string) => ({ tbl, row: '01890000-0000-7000-8000-000000000000', field, value, hlc: '1328083200000-0000-site', base: null });

describe('sync limits of the follow-up tables', () => {
  it('sets aside a text longer than the form’s limit and takes one at the limit', () => {
    const followUps = table('training_follow_ups', ['expected_benefit', 'responsible']);
    expect(invalidChange(change('training_follow_ups', 'expected_benefit', 'x'.repeat(2_000)), followUps)).toBeNull();
    expect(invalidChange(change('training_follow_ups', 'expected_benefit', 'x'.repeat(2_001)), followUps)).toBe('training_follow_ups.expected_benefit är längre än 2000 tecken');
    expect(invalidChange(change('training_follow_ups', 'responsible', 'x'.repeat(121)), followUps)).toContain('längre än 120 tecken');
    const steps = table('development_process_steps', ['title']);
    expect(invalidChange(change('development_process_steps', 'title', 'x'.repeat(301)), steps)).toContain('längre än 300 tecken');
  });
});
