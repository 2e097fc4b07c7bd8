import type { Perspective, Priority, Quadrant, SwotSummaryData } from '../../../shared/domain/swot';

/* A realistic SWOT day in Falun: every one of the 12 cells has notes with
 * distinct texts, and some texts carry åäö and the XML specials & < > so the
 * tests see escaping at work. Also used by scripts/docx-preview.ts. */

type Note = { text: string; areas: string[]; priority: Priority | null };
const n = (text: string, areas: string[] = [], priority: Priority | null = null): Note => ({ text, areas, priority });

const notes: Record<Perspective, Record<Quadrant, Note[]>> = {
  nya_utmaningar: {
    styrkor: [
      n('Engagerad personal som gärna provar nytt', ['Lärande'], 2),
      n('Väl fungerande samarbete skola & bibliotek', ['Bemötande']),
    ],
    svagheter: [
      n('Låg digital kompetens hos delar av personalen', ['IT', 'Lärande'], 1),
      n('Ingen tid avsatt för omvärldsbevakning'),
    ],
    mojligheter: [n('E-böcker och nya medieformer lockar unga läsare', ['IT'], 2)],
    hot: [
      n('Minskade anslag < 2 % per år enligt budgetförslaget', [], 1),
      n('Konkurrens från kommersiella strömningstjänster', ['Marknadsföring'], 3),
    ],
  },
  malgrupper: {
    styrkor: [n('Stark barn- och ungdomsverksamhet med läsfrämjande', ['Lärande'], 2)],
    svagheter: [
      n('Svårt att nå män 25–45 år', ['Marknadsföring'], 1),
      n('Få medier på andra språk än svenska', ['Bemötande'], 2),
    ],
    mojligheter: [n('Nyanlända som ny målgrupp via SFI-samarbete', ['Bemötande', 'Lärande'], 1)],
    hot: [n('Äldre låntagare tappar kontakten när filialer stänger', [], 2)],
  },
  nya_mojligheter: {
    styrkor: [n('Nyrenoverade lokaler med flexibla ytor')],
    svagheter: [n('Webbplatsen är svår att uppdatera > 3 dagars ledtid', ['IT'], 2)],
    mojligheter: [
      n('Sociala medier för att nå fler: Facebook & bloggar', ['Marknadsföring', 'IT'], 1),
      n('Meröppet bibliotek i Svärdsjö', [], 3),
    ],
    hot: [n('Upphovsrättsliga hinder för e-boksutlåning', ['IT'], 2)],
  },
};

export function swotFixture(): SwotSummaryData {
  return {
    municipality: { code: '2080', name: 'Falun', countyName: 'Dalarnas län' },
    day: {
      date: '2012-03-14',
      place: 'Falu stadsbibliotek, hörsalen',
      facilitators: 'Anna Lindqvist, Per Öberg',
      participantsWomen: 17,
      participantsMen: 4,
      participantsOther: 1,
      status: 'genomford',
      preparation: {
        omvarld:
          'Bibliotekslagen och Barnkonventionen gicks igenom.\nTeknikskiften: e-böcker, surfplattor & sociala medier.\n\nUnescos folkbiblioteksmanifest som bakgrund.',
        narvarld: 'Befolkningen i Falun växer svagt; fler äldre och fler nyanlända.\nKommunens biblioteksplan 2011–2014 styr arbetet.',
        invarld: null,
      },
    },
    notes: structuredClone(notes),
    // Counted by hand from the notes above: needs from Svagheter, Möjligheter and Hot, strengths from Styrkor.
    needs: [
      { area: 'IT', noteCount: 5, highPriorityCount: 2 },
      { area: 'Marknadsföring', noteCount: 3, highPriorityCount: 2 },
      { area: 'Lärande', noteCount: 2, highPriorityCount: 2 },
      { area: 'Bemötande', noteCount: 2, highPriorityCount: 1 },
    ],
    strengths: [
      { area: 'Lärande', noteCount: 2, highPriorityCount: 0 },
      { area: 'Bemötande', noteCount: 1, highPriorityCount: 0 },
    ],
    plan: [
      {
        need: 'Digital kompetens',
        goal: 'All personal kan hjälpa låntagare med e-böcker och läsplattor',
        activity: 'IT-spåret: tre föreläsningar och egen övning',
        responsible: 'Biblioteksansvarig',
        status: 'Pågår',
      },
      {
        need: 'Nå nya målgrupper',
        goal: 'Fler besök av män 25–45 år & nyanlända',
        activity: 'Marknadsföringsspåret och studieresa',
        responsible: 'Anna Lindqvist',
        status: 'Planerad',
      },
      { need: 'Omvärldsbevakning', goal: 'En timme i veckan avsatt per medarbetare', activity: null, responsible: null, status: 'Ej påbörjad' },
    ],
    generatedAt: '2012-03-20T08:30:00.000Z',
  };
}

/** Every note text in the fixture with where it belongs. */
export function fixtureNotes(data: SwotSummaryData): { perspective: Perspective; quadrant: Quadrant; text: string }[] {
  return (Object.keys(data.notes) as Perspective[]).flatMap((perspective) =>
    (Object.keys(data.notes[perspective]) as Quadrant[]).flatMap((quadrant) =>
      data.notes[perspective][quadrant].map((note) => ({ perspective, quadrant, text: note.text })),
    ),
  );
}
