import type { Retention } from '../../../shared/domain/backups';

export const defaultRetention: Retention = { daily: 14, weekly: 8 };

/** A second backup in the same second is named `…-2.sqlite`, and is the newer one. */
const sequence = (name: string) => Number(/-\d{6}-(\d+)\.sqlite$/.exec(name)?.[1] ?? 1);
export function newestFirst(a: { name: string; date: string }, b: { name: string; date: string }): number {
  return a.date === b.date ? sequence(b.name) - sequence(a.name) : b.date.localeCompare(a.date);
}

const dayMs = 86_400_000;
const toDays = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / dayMs;
/** Days since the epoch of the Monday of the ISO week a date falls in. */
const mondayOf = (isoDate: string) => {
  const days = toDays(isoDate);
  const weekday = (new Date(days * dayMs).getUTCDay() + 6) % 7;
  return days - weekday;
};

/**
 * Which backups to keep. Every trigger counts alike (a manual or
 * pre-migration copy is not special), so the folder's size stays bounded
 * whatever the user does. Kept: all of today's backups, so one just made or
 * just restored from never vanishes under the user; the newest of each of the
 * last `daily` days; the newest of each of the last `weekly` ISO weeks.
 * `date` is local `YYYY-MM-DD HH:MM:SS`, so string order is time order.
 */
export function backupsToKeep<B extends { name: string; date: string }>(backups: readonly B[], today: string, retention: Retention): Set<string> {
  const sorted = [...backups].sort(newestFirst);
  const keep = new Set<string>();
  const firstDay = toDays(today) - (retention.daily - 1);
  const firstMonday = mondayOf(today) - 7 * (retention.weekly - 1);
  const daysSeen = new Set<string>();
  const weeksSeen = new Set<number>();
  for (const b of sorted) {
    const day = b.date.slice(0, 10);
    if (day === today) keep.add(b.name);
    if (toDays(day) >= firstDay && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(b.name);
    }
    const monday = mondayOf(day);
    if (retention.weekly > 0 && monday >= firstMonday && !weeksSeen.has(monday)) {
      weeksSeen.add(monday);
      keep.add(b.name);
    }
  }
  return keep;
}
