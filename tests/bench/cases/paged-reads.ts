import type { BenchCase } from '../case';
import { largeActivityName } from '../training';
import { replayedCalls, type ReplayedRead } from './replayed-calls';

/*
 * The first read of the pages that collapsed at national scale (issue 14).
 * Each must stay within 1.5× of its raw replay and its answer under the
 * page budget.
 */

const pagedRead = (read: Pick<ReplayedRead, 'name' | 'calls'>): BenchCase =>
  replayedCalls({ ...read, target: { kind: 'maxRatio', ratio: 1.5 }, budgetBytes: 200 * 1024 });

export const pagedReadCases: BenchCase[] = [
  pagedRead({ name: 'Deltagare, first page (50 of 50 000, with hours)', calls: () => [{ method: 'participants.list', input: {} }] }),
  pagedRead({ name: 'Deltagare, search "berg"', calls: () => [{ method: 'participants.list', input: { search: 'berg' } }] }),
  pagedRead({
    name: 'attendance grid of 5 000 participants, frame and first window',
    calls: (_d, lookup) => {
      const activityId = lookup('select id from activities where name = ?', largeActivityName);
      return [
        { method: 'attendance.grid', input: { activityId } },
        { method: 'attendance.gridRows', input: { activityId, offset: 0, limit: 200 } },
      ];
    },
  }),
  pagedRead({ name: 'Besök → Lista, first page', calls: () => [{ method: 'visits.list', input: {} }] }),
  pagedRead({ name: 'costs, first page with sums per type', calls: () => [{ method: 'costs.list', input: {} }] }),
];
