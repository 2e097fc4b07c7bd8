import { Faker, base, sv } from '@faker-js/faker';
import { perspectives, quadrants, type Quadrant } from '../../../shared/domain/swot';
import type { PlanStatus } from '../../../shared/domain/plans';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { municipalityLocalities } from './generate';
import {
  areaIds,
  individualGoals,
  invarldExtras,
  narvarldConcerns,
  noteBank,
  omvarldBase,
  omvarldExtras,
  planTexts,
  type AreaKey,
  type NoteSeed,
} from './swot-texts';

/*
 * The mobilisation phase's results in the demo: a SWOT day for every held
 * SWOT-day visit (linked both ways), with participants, facilitators, the
 * three preparation levels and 24–36 tagged notes; then a municipality plan
 * from each reported day's needs, the track needs linked to the lecture
 * series, and a few individual plans.
 *
 * Each municipality has its own seeded generator, so its day is the same
 * whatever else the demo holds, and two focus areas that its notes lean
 * towards, so the mapping and the heat map differ between municipalities.
 *
 * The most recent few days are held but not yet reported (no summary sent
 * back, so no plan yet either); they all lie before 2012 Q3, whose
 * lägesrapport must stay free of open items.
 */

const swotSeed = 2012_02;
/** How many of the latest held days are left "genomförd", their write-up still to do. */
const unreportedDays = 3;
/** The first day of the quarter whose report the demo keeps complete: unreported days must lie before it. */
const completeQuarterStart = '2012-07-01';

const needQuadrants: readonly Quadrant[] = ['svagheter', 'mojligheter', 'hot'];
const areaKeys = Object.keys(areaIds) as AreaKey[];

/**
 * Where each track's lecture series stands on the demo's view date
 * (2012-10-15): lärande (September) and marknadsföring (October) have started,
 * the others come later. Needs in other areas are only planned.
 */
const trackStatus: Partial<Record<AreaKey, PlanStatus>> = {
  larande: 'pagar',
  marknadsforing: 'pagar',
  bemotande: 'planerad',
  it: 'planerad',
  ledarskap: 'planerad',
};

interface HeldVisit {
  id: string;
  code: string;
  date: string;
  unitId: string | null;
  coordinators: string;
}

interface MunicipalityFacts {
  name: string;
  seat: string;
  countyName: string;
  countySeat: string;
  units: { id: string; name: string; kind: string; city: string | null; staff: number }[];
  chief: string | null;
  kubContact: string | null;
  people: { name: string; unitId: string | null }[];
}

interface DemoNote {
  perspective: (typeof perspectives)[number];
  quadrant: Quadrant;
  text: string;
  position: number;
  priority: 1 | 2 | 3 | null;
  areas: AreaKey[];
}

const joinSv = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)!}`);

/** Picks `count` notes of a cell without repeats, a note tagged with a focus area three times as likely. */
function pickNotes(faker: Faker, seeds: readonly NoteSeed[], count: number, focus: readonly AreaKey[]): NoteSeed[] {
  const left = [...seeds];
  const out: NoteSeed[] = [];
  while (out.length < count && left.length > 0) {
    const chosen = faker.helpers.weightedArrayElement(left.map((s) => ({ value: s, weight: s[1].some((a) => focus.includes(a)) ? 3 : 1 })));
    out.push(chosen);
    left.splice(left.indexOf(chosen), 1);
  }
  return out;
}

function notesFor(faker: Faker, facts: MunicipalityFacts, code: string, focus: readonly AreaKey[]): DemoNote[] {
  const places = (municipalityLocalities[code] ?? []).filter((p) => p !== facts.seat);
  const branchTowns = facts.units.filter((u) => u.kind === 'filial' && u.city).map((u) => u.city!);
  const libraryTowns = branchTowns.length > 0 ? branchTowns : [facts.seat];
  const pick = (from: readonly string[]) => (from.length > 0 ? faker.helpers.arrayElement(from) : facts.seat);
  const fill = (text: string) =>
    text
      .replaceAll('{ort}', pick(places))
      .replaceAll('{bibliotek}', pick(libraryTowns))
      .replaceAll('{filial}', pick(branchTowns))
      .replaceAll('{seat}', facts.seat);
  const notes: DemoNote[] = [];
  for (const perspective of perspectives) {
    for (const quadrant of quadrants) {
      const need = needQuadrants.includes(quadrant);
      // A note about a branch only where there is one.
      const seeds = noteBank[perspective][quadrant].filter(([text]) => branchTowns.length > 0 || !text.includes('{filial}'));
      pickNotes(faker, seeds, faker.number.int({ min: 2, max: 3 }), focus).forEach(([text, areas], i) => {
        notes.push({
          perspective,
          quadrant,
          text: fill(text),
          position: i + 1,
          // Needs are what the group ranks; strengths are rarely given a priority.
          priority: need
            ? faker.helpers.weightedArrayElement([
                { value: 1 as const, weight: focus.some((a) => areas.includes(a)) ? 5 : 2 },
                { value: 2 as const, weight: 3 },
                { value: 3 as const, weight: 1 },
                { value: null, weight: 1 },
              ])
            : faker.helpers.weightedArrayElement([
                { value: null, weight: 4 },
                { value: 2 as const, weight: 1 },
              ]),
          areas: [...areas],
        });
      });
    }
  }
  return notes;
}

function preparation(faker: Faker, facts: MunicipalityFacts, code: string) {
  const localities = municipalityLocalities[code] ?? [facts.seat];
  const towns = localities.length > 1 ? `tätorterna ${joinSv(localities)}` : `centralorten ${facts.seat}`;
  const commuting =
    facts.seat === facts.countySeat ? `inpendlingen från grannkommunerna till ${facts.seat}` : `pendlingen till ${facts.countySeat} och grannkommunerna`;
  const main = facts.units.find((u) => u.kind === 'huvudbibliotek');
  const branches = facts.units.filter((u) => u.kind === 'filial').map((u) => u.name);
  const bus = facts.units.some((u) => u.kind === 'bokbuss');
  const staff = facts.units.reduce((n, u) => n + u.staff, 0);
  const parts = [main ? main.name : `Huvudbiblioteket i ${facts.seat}`];
  if (branches.length > 0) parts.push(branches.length === 1 ? `filialen ${branches[0]!}` : `filialerna ${joinSv(branches)}`);
  if (bus) parts.push('bokbussen');
  return {
    omvarld: `${omvarldBase} ${faker.helpers.arrayElement(omvarldExtras)}`,
    narvarld: `${facts.name} kommun i ${facts.countyName}, med ${towns}. Underlaget: kommunens statistik om hur befolkningen förändras och åldras, arbetsmarknaden och ${commuting}, och kommunens biblioteksplan. ${faker.helpers.arrayElement(narvarldConcerns)}`,
    invarld: `${joinSv(parts)}, med ${staff} anställda${parts.length > 1 ? ' tillsammans' : ''}. ${faker.helpers.arrayElement(invarldExtras)}`,
  };
}

/** The needs of a day: areas on Svagheter, Möjligheter and Hot notes, most notes and most high priorities first (as the summary ranks them). */
function rankedNeeds(notes: readonly DemoNote[]): AreaKey[] {
  const score = new Map<AreaKey, { notes: number; high: number }>();
  for (const n of notes) {
    if (!needQuadrants.includes(n.quadrant)) continue;
    for (const a of n.areas) {
      const s = score.get(a) ?? { notes: 0, high: 0 };
      s.notes += 1;
      if (n.priority === 1) s.high += 1;
      score.set(a, s);
    }
  }
  return [...score.entries()]
    .filter(([, s]) => s.notes >= 2)
    .sort(([a, x], [b, y]) => y.notes - x.notes || y.high - x.high || areaKeys.indexOf(a) - areaKeys.indexOf(b))
    .map(([a]) => a);
}

async function factsOf(ctx: Pick<ServiceContext, 'db'>, codes: readonly string[]): Promise<Map<string, MunicipalityFacts>> {
  const { db } = ctx;
  if (codes.length === 0) return new Map();
  const [municipalities, units, contacts, people] = await Promise.all([
    db
      .selectFrom('municipalities as m')
      .innerJoin('counties as c', 'c.code', 'm.county_code')
      .select(['m.code', 'm.name', 'm.seat', 'c.name as countyName', 'c.county_library_seat as countySeat'])
      .where('m.code', 'in', codes)
      .execute(),
    db
      .selectFrom('library_units')
      .select(['id', 'municipality_code as code', 'name', 'kind', 'city', 'staff_count as staff'])
      .where('municipality_code', 'in', codes)
      .where('deleted_at', 'is', null)
      .orderBy('municipality_code')
      .orderBy('kind')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('contacts')
      .select(['municipality_code as code', 'name', 'role'])
      .where('municipality_code', 'in', codes)
      .where('deleted_at', 'is', null)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('participants')
      .select(['municipality_code as code', 'first_name', 'last_name', 'library_unit_id as unitId'])
      .where('municipality_code', 'in', codes)
      .where('deleted_at', 'is', null)
      .orderBy('last_name')
      .orderBy('first_name')
      .execute(),
  ]);
  const out = new Map<string, MunicipalityFacts>();
  for (const m of municipalities) {
    const own = contacts.filter((c) => c.code === m.code);
    out.set(m.code, {
      name: m.name,
      seat: m.seat,
      countyName: m.countyName,
      countySeat: m.countySeat,
      units: units.filter((u) => u.code === m.code).map((u) => ({ id: u.id, name: u.name, kind: u.kind, city: u.city, staff: u.staff ?? 0 })),
      chief: own.find((c) => c.role === 'Bibliotekschef')?.name ?? null,
      kubContact: own.find((c) => c.role === 'Kontaktperson KUB')?.name ?? null,
      people: people
        .filter((p) => p.code === m.code)
        .map((p) => ({ name: [p.first_name, p.last_name].filter(Boolean).join(' '), unitId: p.unitId })),
    });
  }
  return out;
}

export async function fillDemoSwot(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<void> {
  const { db, clock } = ctx;
  const now = clock.now().toISOString();
  const visits: HeldVisit[] = await db
    .selectFrom('visits')
    .select(['id', 'municipality_code as code', 'date', 'library_unit_id as unitId', 'coordinators'])
    .where('deleted_at', 'is', null)
    .where('kind', '=', 'swot_dag')
    .where('status', '=', 'genomford')
    .where('swot_day_id', 'is', null)
    .orderBy('date')
    .orderBy('municipality_code')
    .execute();
  const facts = await factsOf(ctx, [...new Set(visits.map((v) => v.code))]);
  // The track lecture series answer the needs in their own area.
  const seriesRows = await db.selectFrom('activities').select(['id', 'track_id']).where('deleted_at', 'is', null).where('track_id', 'is not', null).orderBy('name').execute();
  const seriesByArea = new Map<string, string>();
  for (const s of seriesRows) if (s.track_id && !seriesByArea.has(s.track_id)) seriesByArea.set(s.track_id, s.id);

  const beforeQuarter = visits.filter((v) => v.date < completeQuarterStart);
  const unreported = new Set(beforeQuarter.slice(-unreportedDays).map((v) => v.id));

  await db.transaction().execute(async (trx) => {
    for (const visit of visits) {
      const own = facts.get(visit.code);
      if (!own) continue;
      const faker = new Faker({ locale: [sv, base], seed: swotSeed + Number(visit.code) });
      const focus = faker.helpers.arrayElements(areaKeys, 2);
      const staff = own.units.reduce((n, u) => n + u.staff, 0);
      const present = Math.max(3, Math.round(staff * faker.number.float({ min: 0.7, max: 0.95 })));
      const men = Math.round(present * faker.number.float({ min: 0.08, max: 0.25 }));
      const coordinators = JSON.parse(visit.coordinators) as string[];
      const prep = preparation(faker, own, visit.code);
      const reported = !unreported.has(visit.id);
      const dayId = newId(clock);
      await trx
        .insertInto('swot_days')
        .values({
          id: dayId,
          municipality_code: visit.code,
          date: visit.date,
          library_unit_id: visit.unitId,
          facilitators: [...coordinators, ...(own.chief ? [own.chief] : [])].join(', ') || null,
          participants_women: present - men,
          participants_men: men,
          participants_other: 0,
          status: reported ? 'rapporterad' : 'genomford',
          prep_omvarld: prep.omvarld,
          prep_narvarld: prep.narvarld,
          prep_invarld: prep.invarld,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .execute();
      await trx.updateTable('visits').set({ swot_day_id: dayId, updated_at: now }).where('id', '=', visit.id).execute();

      const notes = notesFor(faker, own, visit.code, focus);
      for (const n of notes) {
        await trx
          .insertInto('swot_notes')
          .values({
            id: newId(clock),
            swot_day_id: dayId,
            perspective: n.perspective,
            quadrant: n.quadrant,
            text: n.text,
            position: n.position,
            priority: n.priority,
            area_ids: JSON.stringify(n.areas.map((a) => areaIds[a])),
            created_at: now,
            updated_at: now,
            deleted_at: null,
          })
          .execute();
      }

      // The plan follows the reported summary; an unreported day has none yet.
      if (!reported) continue;
      const needs = rankedNeeds(notes).slice(0, faker.number.int({ min: 3, max: 5 }));
      for (const [i, area] of needs.entries()) {
        const itemId = newId(clock);
        await trx
          .insertInto('plan_items')
          .values({
            id: itemId,
            municipality_code: visit.code,
            area_id: areaIds[area],
            goal: planTexts[area].goal,
            activity: planTexts[area].activity,
            responsible: (i % 2 === 0 ? own.chief : own.kubContact) ?? own.chief,
            status: trackStatus[area] ?? 'planerad',
            created_at: now,
            updated_at: now,
            deleted_at: null,
          })
          .execute();
        const series = seriesByArea.get(areaIds[area]);
        if (series) {
          await trx
            .insertInto('activity_needs')
            .values({ id: newId(clock), activity_id: series, plan_item_id: itemId, created_at: now, updated_at: now, deleted_at: null })
            .execute();
        }
      }
      // A few staff members' own plans, in the municipality's top needs, in about half the municipalities.
      if (own.people.length === 0 || !faker.datatype.boolean({ probability: 0.5 })) continue;
      for (const person of faker.helpers.arrayElements(own.people, Math.min(2, own.people.length))) {
        const areas = faker.helpers.arrayElements(needs, { min: 1, max: Math.min(2, needs.length) });
        if (areas.length === 0) continue;
        await trx
          .insertInto('individual_plans')
          .values({
            id: newId(clock),
            municipality_code: visit.code,
            staff_name: person.name,
            library_unit_id: person.unitId,
            area_ids: JSON.stringify(areas.map((a) => areaIds[a])),
            goals: areas.map((a) => individualGoals[a]).join(' '),
            status: areas.some((a) => trackStatus[a] === 'pagar') ? 'pagar' : 'planerad',
            created_at: now,
            updated_at: now,
            deleted_at: null,
          })
          .execute();
      }
    }
  });
}
