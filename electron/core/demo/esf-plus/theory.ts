import type { IndicatorCode } from '../../../../shared/domain/eu-indicators';
import type { TheoryLevel } from '../../../../shared/domain/change-theory';
import type { Clock } from '../../clock';
import { newId } from '../../ids';
import type { TrainingKey } from './training';
import { tableWrite, type TableWrite } from './write';

/*
 * The project's theory of change as the application put it: what the
 * project does (activities), what that gives (outputs), what changes for
 * the staff and the libraries (results), and the lasting effect. Each box
 * points on to boxes of the next level and names what shows it: the
 * demo's activities and the EU indicators.
 */

interface BoxPlan {
  key: string;
  level: TheoryLevel;
  title: string;
  description: string;
  next: readonly string[];
  activities?: readonly TrainingKey[];
  indicators?: readonly IndicatorCode[];
}

const boxes: readonly BoxPlan[] = [
  {
    key: 'a1', level: 'aktivitet', title: 'Kurser i digital delaktighet, MIK och AI',
    description: 'Kursdagar i varje län om e-tjänster, källkritik och AI, så att personalen kan handleda besökarna.',
    next: ['o1', 'o2'], activities: ['digital', 'mik', 'ai'],
  },
  {
    key: 'a2', level: 'aktivitet', title: 'Workshoppar i bemötande och läsfrämjande',
    description: 'Workshoppar om tillgänglighet och bemötande och en kurs i läsfrämjande för barn och unga.',
    next: ['o1'], activities: ['bemotande', 'lasframjande'],
  },
  {
    key: 'a3', level: 'aktivitet', title: 'Lärträffar och studieresa',
    description: 'Kvartalsvisa lärträffar i länen där deltagarna delar erfarenheter, och en studieresa till Oodi i Helsingfors.',
    next: ['o3'], activities: ['lartraffar', 'studieresa'],
  },
  {
    key: 'a4', level: 'aktivitet', title: 'Ledarskapskurs för bibliotekscheferna',
    description: 'Sex dagar för cheferna om att leda lärande och förändring.',
    next: ['o3'], activities: ['ledarskap'],
  },
  {
    key: 'o1', level: 'output', title: 'Bibliotekspersonal har deltagit i kompetensutveckling',
    description: 'Deltagare i tre län, anställda, de flesta med eftergymnasial utbildning.',
    next: ['r1', 'r2'], indicators: ['EECO01', 'EECO05', 'EECO11'],
  },
  {
    key: 'o2', level: 'output', title: 'Personal med gymnasieutbildning har nåtts',
    description: 'Biblioteksassistenter utan högskoleutbildning har gått kurserna i digital delaktighet.',
    next: ['r2'], indicators: ['EECO10'],
  },
  {
    key: 'o3', level: 'output', title: 'Lärande nätverk i och mellan länen',
    description: 'Återkommande lärträffar och ett chefsnätverk som fortsätter efter projektet.',
    next: ['r3'],
  },
  {
    key: 'r1', level: 'resultat', title: 'Deltagarna har fått ny, intygad kompetens',
    description: 'Kursintyg när deltagaren lämnar projektet.',
    next: ['e1', 'e3'], indicators: ['EECR03'],
  },
  {
    key: 'r2', level: 'resultat', title: 'Personalen guidar invånare i digitala tjänster',
    description: 'Biblioteken erbjuder digital handledning på fasta tider.',
    next: ['e1'],
  },
  {
    key: 'r3', level: 'resultat', title: 'Biblioteken arbetar systematiskt med lärande',
    description: 'Varje bibliotek har en plan för personalens lärande och följer upp den.',
    next: ['e2'],
  },
  {
    key: 'e1', level: 'effekt', title: 'Fler invånare är digitalt delaktiga',
    description: 'Biblioteken bidrar till att färre står utanför samhällets digitala tjänster.',
    next: [],
  },
  {
    key: 'e2', level: 'effekt', title: 'Biblioteken är lärande organisationer',
    description: 'Biblioteken möter omställningen med personal som lär nytt hela arbetslivet.',
    next: [],
  },
  {
    key: 'e3', level: 'effekt', title: 'Bibliotekspersonalen står stark på arbetsmarknaden',
    description: 'Deltagarna har kvar sitt arbete och kan ta nya uppgifter.',
    next: [], indicators: ['EECR05'],
  },
];

export function buildTheory(clock: Clock, now: string, activityIds: Readonly<Record<TrainingKey, string>>): TableWrite[] {
  const stamp = { created_at: now, updated_at: now, deleted_at: null };
  const ids = new Map(boxes.map((b) => [b.key, newId(clock)]));
  const positions = new Map<TheoryLevel, number>();
  const boxRows = boxes.map((b) => {
    const position = (positions.get(b.level) ?? 0) + 1;
    positions.set(b.level, position);
    return { id: ids.get(b.key)!, level: b.level, position, title: b.title, description: b.description, ...stamp };
  });
  const linkRows = boxes.flatMap((b) => {
    const boxId = ids.get(b.key)!;
    const targets = [
      ...b.next.map((key) => ['box', ids.get(key)!] as const),
      ...(b.activities ?? []).map((key) => ['activity', activityIds[key]] as const),
      ...(b.indicators ?? []).map((code) => ['indicator', code] as const),
    ];
    return targets.map(([kind, targetId]) => ({ id: newId(clock), box_id: boxId, target_kind: kind, target_id: targetId, ...stamp }));
  });
  return [tableWrite('change_theory_boxes', boxRows), tableWrite('change_theory_links', linkRows)];
}
