import { perspectives, quadrants, type Perspective, type Quadrant, type SwotSummaryData } from '../../../shared/domain/swot';
import type { ServiceContext } from '../context';
import { strengthQuadrants } from '../../../shared/domain/mapping';
import { translate } from '../../../shared/i18n';
import { getMunicipality } from '../municipalities/queries';
import { listPlans } from '../plans/plans';
import { listAreas } from '../swot/areas';
import { getSwotDayRow } from '../swot/days';
import { listNotes } from '../swot/notes';

type NotesByCell = SwotSummaryData['notes'];

/** Gathers one SWOT day into what the Word summary needs. */
export async function swotSummaryData(ctx: ServiceContext, swotDayId: string): Promise<SwotSummaryData> {
  const day = await getSwotDayRow(ctx.db, swotDayId);
  const [municipality, notes, areas] = [
    await getMunicipality(ctx.db, day.municipalityCode),
    await listNotes(ctx.db, swotDayId),
    await listAreas(ctx.db),
  ];
  const areaName = new Map(areas.map((a) => [a.id, a.name]));

  const byCell = Object.fromEntries(
    perspectives.map((p) => [p, Object.fromEntries(quadrants.map((q) => [q, [] as NotesByCell[Perspective][Quadrant]]))]),
  ) as NotesByCell;
  const needs = new Map<string, { noteCount: number; highPriorityCount: number }>();
  const strengths = new Map<string, { noteCount: number; highPriorityCount: number }>();
  for (const note of notes) {
    const names = note.areaIds.map((id) => areaName.get(id)).filter((n): n is string => n !== undefined);
    byCell[note.perspective][note.quadrant].push({ text: note.text, areas: names, priority: note.priority });
    // The same rule as Kartläggning: an area under Styrkor is a strength, not a need.
    const tally = (strengthQuadrants as readonly Quadrant[]).includes(note.quadrant) ? strengths : needs;
    for (const name of names) {
      const count = tally.get(name) ?? { noteCount: 0, highPriorityCount: 0 };
      count.noteCount += 1;
      if (note.priority === 1) count.highPriorityCount += 1;
      tally.set(name, count);
    }
  }
  const collator = new Intl.Collator('sv-SE');
  const ranked = (tally: typeof needs) =>
    [...tally.entries()]
      .map(([area, n]) => ({ area, ...n }))
      .sort((a, b) => b.noteCount - a.noteCount || b.highPriorityCount - a.highPriorityCount || collator.compare(a.area, b.area));

  return {
    municipality: { code: municipality.code, name: municipality.name, countyName: municipality.countyName },
    day: {
      date: day.date,
      place: municipality.units.find((u) => u.id === day.libraryUnitId)?.name ?? null,
      facilitators: day.facilitators,
      participantsWomen: day.participantsWomen,
      participantsMen: day.participantsMen,
      participantsOther: day.participantsOther,
      status: day.status,
      preparation: { omvarld: day.prepOmvarld, narvarld: day.prepNarvarld, invarld: day.prepInvarld },
    },
    notes: byCell,
    needs: ranked(needs),
    strengths: ranked(strengths),
    plan: (await listPlans(ctx.db, day.municipalityCode)).items.map((item) => ({
      need: areaName.get(item.areaId) ?? '',
      goal: item.goal,
      activity: item.activity,
      responsible: item.responsible,
      status: translate(`plans.statuses.${item.status}`),
    })),
    generatedAt: ctx.clock.now().toISOString(),
  };
}
