import type { Faker } from '@faker-js/faker';
import type { ActivityKind, ActivityStatus } from '../../../../shared/domain/activities';
import type { Clock } from '../../clock';
import { newId } from '../../ids';
import { esfPlusViewDate, monthOf, nextWorkingDay, nthWeekday } from './calendar';
import type { DemoParticipant } from './people';
import { tableWrite, type TableWrite } from './write';

/*
 * What the participants take part in, 2024–2026: courses and workshops
 * given in each county's larger libraries, a leadership course for the
 * library heads, quarterly lärträffar in every county and a study trip.
 * Attendance is registered for the sessions held by the view date; the
 * later ones are planned. Each county's group is enrolled at its first
 * session and misses a session now and then.
 */

/** The KUB tracks (competence areas seeded by migration 0003), reused as the project's themes. */
const track = {
  larande: '01890000-0000-7000-8000-000000000001',
  bemotande: '01890000-0000-7000-8000-000000000003',
  it: '01890000-0000-7000-8000-000000000004',
  ledarskap: '01890000-0000-7000-8000-000000000005',
} as const;

const counties = ['17', '20', '03'] as const;
/** Where each county meets: the main library of its largest towns. */
const venues: Record<(typeof counties)[number], readonly string[]> = { '17': ['1780', '1784'], '20': ['2080', '2062'], '03': ['0380', '0381'] };
/** Each county has its own weekday, so one trainer can give a course in all three in a week. */
const countyWeekday: Record<(typeof counties)[number], number> = { '17': 2, '20': 3, '03': 4 };

const times = {
  heldag: { start: '09:00', end: '16:00', hours: 6 },
  halvdag: { start: '13:00', end: '16:30', hours: 3.5 },
  traff: { start: '09:00', end: '12:00', hours: 3 },
  resa: { start: '08:00', end: '17:00', hours: 8 },
} as const;

interface PlannedSession {
  date: string;
  time: keyof typeof times;
  municipalityCode: string | null;
  place?: string;
  /** null: one group from all three counties. */
  county: string | null;
}

interface ActivityPlan {
  key: TrainingKey;
  name: string;
  kind: ActivityKind;
  trackId: string | null;
  provider: string;
  costKronor: number | null;
  capacity: number;
  description: string;
  who: (p: DemoParticipant) => boolean;
  /** Share of those who may come that are enrolled, and the chance an enrolled person attends a given session. */
  enrolled: number;
  attends: number;
  sessions: PlannedSession[];
}

export type TrainingKey = 'digital' | 'mik' | 'bemotande' | 'lasframjande' | 'ledarskap' | 'lartraffar' | 'studieresa' | 'ai';

/** A course day that falls on a holiday (Kristi himmelsfärd) moves to the next working day. */
const onWorkingDay = (iso: string) => nextWorkingDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** One session per county and listed month, on the county's weekday of the given week, in its first or second venue. */
function perCounty(months: readonly [number, number, number][], time: keyof typeof times): PlannedSession[] {
  return counties.flatMap((county) =>
    months.map(([year, month, week], i) => ({ date: onWorkingDay(nthWeekday(year, month, countyWeekday[county], week)), time, municipalityCode: venues[county][i % 3 === 2 ? 1 : 0]!, county })),
  );
}

const quarterMonths: [number, number, number][] = [
  [2024, 5, 3], [2024, 9, 2], [2024, 11, 3], [2025, 2, 2], [2025, 6, 2], [2025, 9, 3], [2025, 11, 2], [2026, 2, 3], [2026, 5, 2], [2026, 9, 2],
];

const notChief = (p: DemoParticipant) => !p.isChief;

const plans: ActivityPlan[] = [
  {
    key: 'digital', name: 'Digital delaktighet: guida invånare i e-tjänster', kind: 'kurs', trackId: track.it,
    provider: 'Internetstiftelsen och länsbiblioteken', costKronor: 180_000, capacity: 120, enrolled: 0.6, attends: 0.9,
    description: 'Fyra kursdagar om e-legitimation, myndigheternas e-tjänster och hur man handleder en besökare utan att ta över.',
    who: (p) => notChief(p) && p.intake === 'var_2024',
    sessions: perCounty([[2024, 4, 2], [2024, 5, 1], [2024, 5, 4], [2024, 6, 2]], 'heldag'),
  },
  {
    key: 'mik', name: 'Medie- och informationskunnighet i praktiken', kind: 'kurs', trackId: track.larande,
    provider: 'Mediemyndigheten', costKronor: 95_000, capacity: 120, enrolled: 0.55, attends: 0.87,
    description: 'Tre halvdagar om källkritik, desinformation och hur biblioteket lär ut MIK till vuxna och unga.',
    who: (p) => notChief(p) && p.intake === 'var_2024',
    sessions: perCounty([[2024, 9, 3], [2024, 10, 3], [2024, 11, 4]], 'halvdag'),
  },
  {
    key: 'bemotande', name: 'Bemötande och tillgänglighet i biblioteksrummet', kind: 'seminarium', trackId: track.bemotande,
    provider: 'Upphandlad tillgänglighetskonsult', costKronor: 120_000, capacity: 150, enrolled: 0.5, attends: 0.9,
    description: 'Workshop i två delar: möten med besökare med funktionsnedsättning, lättläst och tillgängliga lokaler.',
    who: (p) => p.intake !== 'aug_2025',
    sessions: perCounty([[2025, 2, 3], [2025, 3, 4]], 'heldag'),
  },
  {
    key: 'lasframjande', name: 'Läsfrämjande för barn och unga', kind: 'kurs', trackId: track.larande,
    provider: 'Länsbiblioteken', costKronor: 140_000, capacity: 120, enrolled: 0.45, attends: 0.88,
    description: 'Fem halvdagar om högläsning, bokprat, språkutvecklande arbete med förskolan och läsfrämjande på nätet.',
    who: (p) => notChief(p) && p.intake !== 'var_2024',
    sessions: perCounty([[2025, 9, 2], [2025, 10, 1], [2025, 11, 3], [2026, 1, 4], [2026, 3, 2]], 'halvdag'),
  },
  {
    key: 'ledarskap', name: 'Leda bibliotek i förändring', kind: 'kurs', trackId: track.ledarskap,
    provider: 'Högskolan Dalarna', costKronor: 160_000, capacity: 45, enrolled: 1, attends: 0.85,
    description: 'Sex dagar för bibliotekscheferna om att leda lärande, förändring och samverkan i kommunen.',
    who: (p) => p.isChief,
    sessions: [
      ['2024-10-10', '1780'], ['2025-02-13', '2080'], ['2025-04-10', '0380'], ['2025-09-18', '1780'], ['2025-11-20', '2080'], ['2026-03-12', '0380'],
    ].map(([date, code]) => ({ date: date!, time: 'heldag' as const, municipalityCode: code!, county: null })),
  },
  {
    key: 'lartraffar', name: 'Lärträffar i länen', kind: 'natverksmote', trackId: null,
    provider: 'Projektets processledare', costKronor: null, capacity: 320, enrolled: 1, attends: 0.55,
    description: 'En förmiddag i kvartalet: deltagarna delar vad de prövat på sina bibliotek sedan sist.',
    who: () => true,
    sessions: perCounty(quarterMonths, 'traff'),
  },
  {
    key: 'studieresa', name: 'Studieresa till Oodi, Helsingfors', kind: 'studieresa', trackId: null,
    provider: 'Projektet', costKronor: 210_000, capacity: 36, enrolled: 0.13, attends: 1,
    description: 'Två dagar på Helsingfors centrumbibliotek Oodi och två stadsdelsbibliotek: öppna lärmiljöer och makerspace.',
    who: (p) => p.intake === 'var_2024' || p.intake === 'jan_2025',
    sessions: ['2025-05-20', '2025-05-21'].map((date) => ({ date, time: 'resa' as const, municipalityCode: null, place: 'Oodi, Helsingfors', county: null })),
  },
  {
    key: 'ai', name: 'AI och källkritik: workshop', kind: 'seminarium', trackId: track.it,
    provider: 'Internetstiftelsen', costKronor: 60_000, capacity: 120, enrolled: 0.5, attends: 0.9,
    description: 'Hur generativ AI fungerar, vad den kan och inte kan, och hur biblioteket hjälper besökare att granska svaren.',
    who: (p) => notChief(p),
    sessions: perCounty([[2026, 2, 2], [2026, 4, 3]], 'halvdag'),
  },
];

const activeOn = (p: DemoParticipant, date: string) => p.startDate <= date && (p.endDate === null || date <= p.endDate);

function statusOf(dates: readonly string[]): ActivityStatus {
  const held = dates.filter((d) => d <= esfPlusViewDate).length;
  return held === 0 ? 'planerad' : held === dates.length ? 'genomford' : 'pagar';
}

export interface BuiltTraining {
  writes: TableWrite[];
  activityIds: Record<TrainingKey, string>;
  /** Each participant's months with attended hours ('YYYY-MM'). */
  monthsOf: Map<string, Set<string>>;
  /** Planned participant hours per month (enrolled × session hours × expected attendance), held or not: what the budget was made from. */
  plannedHoursByMonth: Map<string, number>;
}

export function buildTraining(faker: Faker, clock: Clock, now: string, people: readonly DemoParticipant[], unitNames: ReadonlyMap<string, string>): BuiltTraining {
  const stamp = { created_at: now, updated_at: now, deleted_at: null };
  const activities: TableWrite<'activities'>['rows'] = [];
  const sessions: TableWrite<'activity_sessions'>['rows'] = [];
  const attendance: TableWrite<'attendance'>['rows'] = [];
  const activityIds = {} as Record<TrainingKey, string>;
  const monthsOf = new Map<string, Set<string>>();
  const plannedHoursByMonth = new Map<string, number>();

  for (const plan of plans) {
    const activityId = newId(clock);
    activityIds[plan.key] = activityId;
    activities.push({
      id: activityId, name: plan.name, kind: plan.kind, track_id: plan.trackId, area_ids: '[]', provider: plan.provider,
      cost_ore: plan.costKronor === null ? null : plan.costKronor * 100, capacity: plan.capacity,
      status: statusOf(plan.sessions.map((s) => s.date)), description: plan.description, ...stamp,
    });
    // Each group (a county, or everyone) is enrolled as of its first session.
    const groups = new Map<string | null, PlannedSession[]>();
    for (const s of plan.sessions) groups.set(s.county, [...(groups.get(s.county) ?? []), s]);
    for (const [county, own] of groups) {
      const first = own[0]!.date;
      const eligible = people.filter((p) => (county === null || p.countyCode === county) && plan.who(p) && activeOn(p, first));
      const enrolled = plan.enrolled >= 1 ? eligible : faker.helpers.arrayElements(eligible, Math.round(eligible.length * plan.enrolled));
      for (const s of own) {
        const sessionId = newId(clock);
        const { start, end, hours } = times[s.time];
        sessions.push({
          id: sessionId, activity_id: activityId, date: s.date, start_time: start, end_time: end,
          place: s.place ?? unitNames.get(s.municipalityCode ?? '') ?? 'Biblioteket', municipality_code: s.municipalityCode, ...stamp,
        });
        const month = monthOf(s.date);
        plannedHoursByMonth.set(month, (plannedHoursByMonth.get(month) ?? 0) + enrolled.length * hours * plan.attends);
        if (s.date > esfPlusViewDate) continue;
        for (const p of enrolled) {
          if (!activeOn(p, s.date) || faker.number.float() >= plan.attends) continue;
          attendance.push({ id: newId(clock), session_id: sessionId, participant_id: p.id, hours, ...stamp });
          const months = monthsOf.get(p.id) ?? new Set<string>();
          months.add(month);
          monthsOf.set(p.id, months);
        }
      }
    }
  }
  return {
    writes: [tableWrite('activities', activities), tableWrite('activity_sessions', sessions), tableWrite('attendance', attendance)],
    activityIds,
    monthsOf,
    plannedHoursByMonth,
  };
}
