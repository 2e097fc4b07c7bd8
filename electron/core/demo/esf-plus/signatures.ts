import type { Faker } from '@faker-js/faker';
import { naturalId } from '../../ids';
import { nextMonth } from './calendar';
import { tableWrite, type TableWrite } from './write';

/*
 * The participants' signed months as the view date finds them: every
 * month up to May 2025 signed in the first weeks of the next; June nearly
 * all, a handful marked not signed (on holiday when the certificates went
 * round); no training in July and August; September partly back; October,
 * still running, not yet asked. Unsigned months are the ones a
 * kvartalsrapport must chase.
 */

/** The day a month's certificate was signed: a working day early in the next month, by the view date at the latest. */
function signedOn(faker: Faker, month: string): string {
  const [y, m] = nextMonth(month).split('-').map(Number) as [number, number];
  const latest = month === '2025-09' ? 14 : 20;
  for (;;) {
    const day = faker.number.int({ min: 1, max: latest });
    const weekday = new Date(Date.UTC(y, m - 1, day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
}

export function buildSignatures(faker: Faker, now: string, monthsOf: ReadonlyMap<string, ReadonlySet<string>>): TableWrite {
  const stamp = { created_at: now, updated_at: now, deleted_at: null };
  const rows: TableWrite<'participant_month_signatures'>['rows'] = [];
  for (const [participantId, months] of monthsOf) {
    for (const month of [...months].sort()) {
      if (month >= '2025-10') continue;
      const r = faker.number.float();
      const state = month < '2025-06' ? 'signed' : month === '2025-06' ? (r < 0.95 ? 'signed' : 'refused') : r < 0.6 ? 'signed' : 'missing';
      if (state === 'missing') continue;
      rows.push({
        id: naturalId('participant_month_signatures', participantId, month),
        participant_id: participantId,
        month,
        signed_on: state === 'signed' ? signedOn(faker, month) : null,
        ...stamp,
      });
    }
  }
  return tableWrite('participant_month_signatures', rows);
}
