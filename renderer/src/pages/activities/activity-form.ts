import type { Path } from 'react-hook-form';
import type { InputOf } from '../../../../shared/contract';
import type { Activity, ActivityKind, ActivityStatus, NeedCoverage } from '../../../../shared/domain/activities';

/* The activity form's values and their way to and from the API. */

export interface SessionValues {
  /** Empty for a session added in the form: the server creates it. */
  sessionId: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  municipalityCode: string;
}

export interface ActivityFormValues {
  name: string;
  kind: ActivityKind;
  trackId: string;
  areaIds: string[];
  provider: string;
  /** Text as typed ("12 500,50"); the server reads Swedish numbers. */
  cost: string;
  capacity: string;
  status: ActivityStatus;
  description: string;
  needIds: string[];
  sessions: SessionValues[];
}

const sessionFields = ['date', 'startTime', 'endTime', 'place', 'municipalityCode'] as const;

/** The paths the server may name in its field errors, with `sessions.N.field` for every row on screen. */
export function activityFieldNames(sessionCount: number): Path<ActivityFormValues>[] {
  const rows = Array.from({ length: sessionCount }, (_, i) => sessionFields.map((f) => `sessions.${i}.${f}` as const)).flat();
  return ['name', 'kind', 'trackId', 'areaIds', 'provider', 'cost', 'capacity', 'status', 'description', 'needIds', 'sessions', ...rows];
}

export function emptySession(previous?: SessionValues): SessionValues {
  return {
    sessionId: '',
    date: '',
    startTime: previous?.startTime ?? '09:00',
    endTime: previous?.endTime ?? '16:00',
    place: '',
    municipalityCode: '',
  };
}

/** A new activity may start from a need (from the coverage tab): the need is linked and its area, when a track, is the track. */
export function activityDefaults(activity: Activity | null, fromNeed?: NeedCoverage, trackIds: ReadonlySet<string> = new Set()): ActivityFormValues {
  if (activity) {
    return {
      name: activity.name,
      kind: activity.kind,
      trackId: activity.trackId ?? '',
      areaIds: activity.areaIds,
      provider: activity.provider ?? '',
      cost: activity.cost === null ? '' : String(activity.cost).replace('.', ','),
      capacity: activity.capacity === null ? '' : String(activity.capacity),
      status: activity.status,
      description: activity.description ?? '',
      needIds: activity.needIds,
      sessions: activity.sessions.map((s) => ({
        sessionId: s.id,
        date: s.date,
        startTime: s.startTime,
        endTime: s.endTime,
        place: s.place,
        municipalityCode: s.municipalityCode ?? '',
      })),
    };
  }
  const trackFromNeed = fromNeed && trackIds.has(fromNeed.areaId) ? fromNeed.areaId : '';
  return {
    name: '',
    kind: 'kurs',
    trackId: trackFromNeed,
    areaIds: fromNeed && !trackFromNeed ? [fromNeed.areaId] : [],
    provider: '',
    cost: '',
    capacity: '',
    status: 'planerad',
    description: '',
    needIds: fromNeed ? [fromNeed.planItemId] : [],
    sessions: [emptySession()],
  };
}

/** The raw values as the API takes them; the server parses, validates and translates. */
export function toActivityInput(v: ActivityFormValues): InputOf<'activities.create'> {
  return {
    name: v.name,
    kind: v.kind,
    trackId: v.trackId,
    // The chosen track is the activity's track, not one of its other areas.
    areaIds: v.areaIds.filter((id) => id !== v.trackId),
    provider: v.provider,
    cost: v.cost,
    capacity: v.capacity,
    status: v.status,
    description: v.description,
    needIds: v.needIds,
    sessions: v.sessions.map(({ sessionId, ...s }) => (sessionId ? { id: sessionId, ...s } : s)),
  };
}

/** "Torsby – IT: Fler kan hjälpa låntagare med e-tjänster" for every need, grouped by municipality in code order. */
export function needOptions(needs: NeedCoverage[], label: (n: NeedCoverage) => string): { group: string; items: { value: string; label: string }[] }[] {
  const sorted = [...needs].sort((a, b) => a.municipalityCode.localeCompare(b.municipalityCode) || a.areaName.localeCompare(b.areaName, 'sv'));
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const n of sorted) {
    const items = groups.get(n.municipalityName) ?? [];
    items.push({ value: n.planItemId, label: label(n) });
    groups.set(n.municipalityName, items);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}
