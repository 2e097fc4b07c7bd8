import { periodTextKeys, type PeriodTextKey } from '../../../../shared/domain/esf';
import type { Clock } from '../../clock';
import { newId } from '../../ids';
import { tableWrite, type TableWrite } from './write';

/*
 * What the project manager wrote for each quarter up to the view date
 * (synthetic, in the voice of an ESF+ kvartalsrapport): the work done,
 * gender equality, accessibility, non-discrimination and deviations from
 * the plan. The 2025 Q3 texts are written: the report is due on 31 October.
 */

type TextKey = PeriodTextKey | 'ickediskriminering';

const texts: Record<string, Record<TextKey, string>> = {
  '2024-01-01': {
    verksamhet:
      'Projektet startade den 1 januari. Styrgruppen med bibliotekscheferna och de tre regionerna har haft sitt första möte. Processledarna i Värmland och Dalarna har kartlagt kompetensbehoven genom en enkät till all bibliotekspersonal och samtal med cheferna i länens kommuner. Projektledaren tillträdde den 1 februari.',
    jamstalldhet:
      'Fyra av fem anställda på biblioteken är kvinnor. Kartläggningen redovisar behoven per kön, och projektgruppen har gått igenom hur kurstider och resor påverkar deltagare med olika arbetstider och ansvar.',
    tillganglighet:
      'Kurslokaler väljs efter en checklista för fysisk tillgänglighet. Inbjudningar och kursmaterial tas fram i tillgängligt digitalt format och på lättläst svenska där det behövs.',
    ickediskriminering:
      'Kartläggningen frågade efter hinder för att delta. Deltagandet bygger på arbetsuppgifter, inte på tjänstebenämning, så att även biblioteksassistenter och timanställda kan gå kurserna.',
    avvikelser: 'Uppsala län kom in i projektet en månad senare än planerat, eftersom processledaren där tillträdde den 1 mars. Det påverkar inte projektets mål.',
  },
  '2024-04-01': {
    verksamhet:
      'Genomförandefasen har startat. Kursen Digital delaktighet har getts fyra dagar i vart och ett av länen, med deltagare från nästan alla kommuner. De första lärträffarna hölls i maj i Karlstad, Falun och Uppsala.',
    jamstalldhet:
      'Av deltagarna i vårens kurs är 80 procent kvinnor, vilket motsvarar personalens sammansättning. Vi följer upp att män och kvinnor deltar i samma omfattning i förhållande till sin andel av personalen.',
    tillganglighet: 'Två deltagare har fått kursmaterialet uppläst. Alla kursdagar ges på orter med allmänna kommunikationer.',
    ickediskriminering: 'Deltagare som inte kunnat komma på kursdagarna har fått ta del av inspelat material och gå om dagen på en annan ort.',
    avvikelser: 'Inga avvikelser från projektplanen under perioden.',
  },
  '2024-07-01': {
    verksamhet:
      'Kursen Medie- och informationskunnighet i praktiken har startat i alla tre länen. Lärträffarna i september samlade drygt hälften av deltagarna. Bibliotekscheferna har anmält sig till ledarskapskursen, som börjar i oktober.',
    jamstalldhet: 'I ledarskapskursen är könsfördelningen jämn. Vi redovisar närvaron per kön i varje kvartalsrapport.',
    tillganglighet: 'Halvdagarna i MIK-kursen ges på eftermiddagar, vilket deltagare med öppettider på förmiddagen har önskat.',
    ickediskriminering: 'Kursen tar upp hur desinformation riktas mot grupper, och hur biblioteket bemöter alla besökare lika oavsett bakgrund.',
    avvikelser: 'Inga avvikelser från projektplanen under perioden.',
  },
  '2024-10-01': {
    verksamhet:
      'MIK-kursen avslutades i november. Ledarskapskursens första dag hölls i Karlstad. Projektgruppen har förberett 2025 års andra intag av deltagare i januari.',
    jamstalldhet: 'Uppföljningen av vårens kurs visar ingen skillnad mellan kvinnors och mäns bedömning av nyttan.',
    tillganglighet: 'Presentationerna från alla kursdagar finns i tillgängligt format på projektets delade yta.',
    ickediskriminering: 'Inga ärenden om diskriminering har rapporterats under perioden.',
    avvikelser: 'Några deltagare har bytt arbete eller slutat och därmed lämnat projektet. Det påverkar inte målet för antalet deltagare.',
  },
  '2025-01-01': {
    verksamhet:
      'Ett andra intag av deltagare började i januari. Workshoppen Bemötande och tillgänglighet i biblioteksrummet har getts två dagar i varje län. Ledarskapskursens andra dag hölls i Falun i februari.',
    jamstalldhet: 'Andelen män bland deltagarna har ökat något med det nya intaget, framför allt bland biblioteksassistenterna.',
    tillganglighet: 'Workshoppen hölls i samarbete med funktionsrättsorganisationer, och deltagarna gick igenom sina egna lokaler med en checklista.',
    ickediskriminering: 'Workshoppen tog upp bemötande utifrån alla diskrimineringsgrunder; varje bibliotek har formulerat en åtgärd.',
    avvikelser: 'Inga avvikelser från projektplanen under perioden.',
  },
  '2025-04-01': {
    verksamhet:
      'Studieresan till Oodi i Helsingfors genomfördes den 20–21 maj med deltagare från alla tre länen. Den första gruppen avslutade projektet den 30 juni med kursintyg. Halvtidsutvärderingen är klar och har lämnats till styrgruppen.',
    jamstalldhet: 'Platserna på studieresan fördelades efter personalens sammansättning per län och kön.',
    tillganglighet: 'Resan planerades så att deltagare med rörelsehinder kunde delta; ett rum anpassades på hotellet.',
    ickediskriminering: 'Urvalet till studieresan gjordes med lottning bland de anmälda, så att alla hade samma möjlighet.',
    avvikelser:
      'Halvtidsutvärderingen rekommenderar fler lärträffar på hemorten. Projektet prövar det under hösten inom befintlig budget. Några närvarointyg för juni är inte signerade: deltagarna hade gått på semester när intygen skickades ut.',
  },
  '2025-07-01': {
    verksamhet:
      'Ett tredje, mindre intag började i augusti. Kursen Läsfrämjande för barn och unga har startat. Lärträffarna i september hölls i Arvika, Mora och Enköping, närmare fler deltagares arbetsplatser, som halvtidsutvärderingen föreslog.',
    jamstalldhet: 'Av de nya deltagarna i augusti är tre av fyra kvinnor. Vi fortsätter att följa närvaron per kön.',
    tillganglighet: 'Kursen Läsfrämjande ges med skrivtolk vid behov; en deltagare har använt det.',
    ickediskriminering: 'Läsfrämjandekursen har ett pass om flerspråkighet och om att nå barn som inte har svenska som modersmål.',
    avvikelser:
      'Närvarointygen för september har inte kommit in från alla deltagare; de återstående samlas in före rapporten.',
  },
};

export function buildPeriodTexts(clock: Clock, now: string, periodIds: ReadonlyMap<string, string>): TableWrite {
  const stamp = { created_at: now, updated_at: now, deleted_at: null };
  const rows = [...periodIds].flatMap(([start, periodId]) => {
    const own = texts[start];
    return own ? periodTextKeys.map((key) => ({ id: newId(clock), period_id: periodId, key, text: own[key], ...stamp })) : [];
  });
  return tableWrite('period_texts', rows);
}
