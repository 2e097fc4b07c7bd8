import type { Perspective, Quadrant } from '../../../shared/domain/swot';

/*
 * The words of the demo's SWOT days and plans: notes as library staff wrote
 * them on the boards in 2012, per perspective and quadrant, each with the
 * competence areas a coordinator would tag. Placeholders: `{seat}` the
 * seat; `{ort}` a locality of the municipality other than the seat (the seat
 * where there is none); `{bibliotek}` a town with one of its libraries;
 * `{filial}` the town of a branch library; a note with `{filial}` is left
 * out where the municipality has no branch. Synthetic, in the voice of KUB's
 * material, about no real library.
 */

export type AreaKey =
  | 'larande'
  | 'marknadsforing'
  | 'bemotande'
  | 'it'
  | 'ledarskap'
  | 'lasframjande'
  | 'barnUnga'
  | 'flersprakighet'
  | 'digitalDelaktighet'
  | 'tillganglighet';

/** The seeded competence areas of migration 0003 (fixed ids, the same on every laptop). */
export const areaIds: Record<AreaKey, string> = {
  larande: '01890000-0000-7000-8000-000000000001',
  marknadsforing: '01890000-0000-7000-8000-000000000002',
  bemotande: '01890000-0000-7000-8000-000000000003',
  it: '01890000-0000-7000-8000-000000000004',
  ledarskap: '01890000-0000-7000-8000-000000000005',
  lasframjande: '01890000-0000-7000-8000-000000000006',
  barnUnga: '01890000-0000-7000-8000-000000000007',
  flersprakighet: '01890000-0000-7000-8000-000000000008',
  digitalDelaktighet: '01890000-0000-7000-8000-000000000009',
  tillganglighet: '01890000-0000-7000-8000-00000000000a',
};

export type NoteSeed = readonly [text: string, areas: readonly AreaKey[]];

export const noteBank: Record<Perspective, Record<Quadrant, readonly NoteSeed[]>> = {
  nya_utmaningar: {
    styrkor: [
      ['Personalen är van att ställa om när kommunen förändrar verksamheten.', ['ledarskap']],
      ['Bred kompetens i personalgruppen, vi hjälper varandra.', ['larande']],
      ['God samverkan med skolorna kring läsning.', ['lasframjande', 'barnUnga']],
      ['Erfarenhet av att hålla datorkurser för äldre låntagare.', ['it', 'digitalDelaktighet']],
      ['Låntagarna är nöjda med bemötandet enligt senaste enkäten.', ['bemotande']],
      ['Biblioteket är en av få öppna mötesplatser i {ort}.', ['bemotande']],
    ],
    svagheter: [
      ['Osäkerhet kring e-böcker och hur låntagarna laddar ner dem.', ['it', 'digitalDelaktighet']],
      ['Vi saknar tid för omvärldsbevakning och egen fortbildning.', ['larande', 'ledarskap']],
      ['Ingen gemensam rutin för svåra situationer i lånedisken.', ['bemotande']],
      ['Svårt att prioritera när uppdragen blir fler men personalen inte.', ['ledarskap']],
      ['Kunskapen om sociala medier är ojämn i personalgruppen.', ['marknadsforing', 'it']],
      ['Filialen i {filial} får sällan del av fortbildningen.', ['larande', 'ledarskap']],
      ['Vi följer inte upp verksamheten systematiskt.', ['ledarskap']],
    ],
    mojligheter: [
      ['Biblioteksplanen ger ett tydligare uppdrag att arbeta med digital delaktighet.', ['digitalDelaktighet', 'ledarskap']],
      ['Samarbete med studieförbunden om kurser i datorvana.', ['digitalDelaktighet', 'larande']],
      ['Lära av varandra mellan huvudbiblioteket och filialen i {filial}.', ['larande']],
      ['Bredbandsutbyggnaden når {ort} nästa år.', ['it', 'digitalDelaktighet']],
      ['Surfplattor som verktyg i lånedisken och vid bokprat.', ['it']],
    ],
    hot: [
      ['Besparingskrav i kommunen kan ge kortare öppettider.', ['ledarskap']],
      ['Biblioteket kan uppfattas som omodernt om vi inte hänger med i den digitala utvecklingen.', ['it', 'marknadsforing']],
      ['Utlåningen av tryckta böcker sjunker.', ['lasframjande']],
      ['Hög arbetsbelastning gör att fortbildning väljs bort.', ['larande', 'ledarskap']],
      ['Pensionsavgångar de närmaste åren utan plan för att föra kunskapen vidare.', ['ledarskap', 'larande']],
    ],
  },
  malgrupper: {
    styrkor: [
      ['Välbesökta sagostunder och babyträffar.', ['barnUnga', 'lasframjande']],
      ['Bokcirklar för vuxna med stadigt deltagande.', ['lasframjande']],
      ['Boken kommer når äldre och sjuka i hemmen.', ['tillganglighet']],
      ['Samarbete med BVC om språkutveckling för de minsta.', ['barnUnga', 'lasframjande']],
      ['Personal som talar flera språk.', ['flersprakighet']],
      ['Talböcker och Legimus är kända hos personalen.', ['tillganglighet']],
    ],
    svagheter: [
      ['Vi når inte tonåringarna, särskilt inte pojkarna.', ['barnUnga', 'lasframjande', 'marknadsforing']],
      ['För lite medier på andra språk än svenska.', ['flersprakighet']],
      ['Osäkerhet i mötet med nyanlända som inte talar svenska ännu.', ['flersprakighet', 'bemotande']],
      ['Lokalen i {bibliotek} är svår att ta sig runt i med rullstol eller rullator.', ['tillganglighet']],
      ['Vi vet för lite om dem som inte använder biblioteket.', ['marknadsforing']],
      ['Informationen om biblioteket når inte dem som bor utanför {seat}.', ['marknadsforing']],
    ],
    mojligheter: [
      ['Språkcafé tillsammans med SFI och föreningarna.', ['flersprakighet', 'larande']],
      ['Läsfrämjande arbete med förskolor och fritidshem.', ['lasframjande', 'barnUnga']],
      ['Nå pendlare och barnfamiljer med kvällsöppet och sociala medier.', ['marknadsforing']],
      ['Samarbete med integrationsenheten om nyanländas första besök på biblioteket.', ['flersprakighet']],
      ['Spelkvällar och skrivarverkstäder för unga.', ['barnUnga']],
      ['Lättläst och talböcker till fler, till exempel personer med dyslexi.', ['tillganglighet', 'lasframjande']],
    ],
    hot: [
      ['Skolbiblioteken är underbemannade och eleverna hänvisas till folkbiblioteket.', ['barnUnga']],
      ['Intresset för läsning minskar bland barn och unga.', ['lasframjande', 'barnUnga']],
      ['Når vi inte de nya målgrupperna tappar biblioteket sitt stöd i kommunen.', ['marknadsforing', 'ledarskap']],
      ['Risk för konflikter när olika grupper ska dela en liten lokal.', ['bemotande']],
      ['Äldre som inte är digitala hamnar utanför när mer flyttar till nätet.', ['digitalDelaktighet', 'tillganglighet']],
    ],
  },
  nya_mojligheter: {
    styrkor: [
      ['Engagerad personal som gärna provar nytt.', ['larande']],
      ['Bra lokaler för program och utställningar i {seat}.', ['marknadsforing']],
      ['Wifi och publika datorer för besökarna.', ['it']],
      ['Goda kontakter med lokaltidningen.', ['marknadsforing']],
      ['Chefen ger utrymme att pröva nya arbetssätt.', ['ledarskap']],
    ],
    svagheter: [
      ['Ingen av oss har arbetat med webbpublicering eller bloggar.', ['marknadsforing', 'it']],
      ['Vi saknar rutiner för att utvärdera nya aktiviteter.', ['ledarskap', 'larande']],
      ['Marknadsföringen av programverksamheten är slumpartad.', ['marknadsforing']],
      ['Vi behöver kunna mer om e-tjänster för att hjälpa besökarna.', ['digitalDelaktighet', 'it']],
      ['Samarbetet mellan biblioteken i {seat} och {filial} är svagt.', ['ledarskap']],
    ],
    mojligheter: [
      ['Länsbibliotekets nätverk ger chans att lära av andra bibliotek.', ['larande']],
      ['E-böcker och strömmade tjänster kan nå dem som inte kommer till biblioteket.', ['it', 'digitalDelaktighet']],
      ['Biblioteket som mötesplats för medborgardialog.', ['bemotande']],
      ['Studiebesök hos bibliotek som har meröppet.', ['larande', 'tillganglighet']],
      ['Samverkan med vuxenutbildningen om studieplatser och handledning.', ['larande']],
      ['Kampanjer på Facebook och i lokaltidningen.', ['marknadsforing']],
    ],
    hot: [
      ['Konkurrens om fritiden från andra medier.', ['marknadsforing']],
      ['Tekniken förändras snabbare än vi hinner lära oss.', ['it']],
      ['Osäkra villkor och priser för e-böcker kan slå mot medieanslaget.', ['it', 'ledarskap']],
      ['Ensamarbete på filialen i {filial} ger otrygghet.', ['bemotande', 'ledarskap']],
    ],
  },
};

/** What a municipality plan says for a need in an area: the goal and the activity or track that answers it. */
export const planTexts: Record<AreaKey, { goal: string; activity: string }> = {
  larande: {
    goal: 'All personal har tid för fortbildning och ett sätt att dela det de lärt sig med kollegorna.',
    activity: 'Föreläsningsserien Lärande: bibliotekets pedagogiska roll',
  },
  marknadsforing: {
    goal: 'Biblioteket syns i sociala medier och i lokaltidningen varje månad, med en plan för vem som gör vad.',
    activity: 'Föreläsningsserien Marknadsföring: nå nya målgrupper',
  },
  bemotande: {
    goal: 'Gemensamma rutiner för bemötande och svåra situationer i lånedisken, kända av all personal.',
    activity: 'Föreläsningsserien Bemötande: möten över disk och nät',
  },
  it: {
    goal: 'All personal kan hjälpa låntagare med e-böcker, surfplattor och bibliotekets e-tjänster.',
    activity: 'Föreläsningsserien IT: e-böcker och surfplattor',
  },
  ledarskap: {
    goal: 'Cheferna leder förändringsarbetet med en plan för kompetensförsörjning och uppföljning.',
    activity: 'Föreläsningsserien Ledarskap: leda i förändring',
  },
  lasframjande: {
    goal: 'En läsfrämjande plan tillsammans med förskolor och skolor, med minst en aktivitet per termin.',
    activity: 'Lära av varandra: läsfrämjande i länet',
  },
  barnUnga: {
    goal: 'Fler aktiviteter för unga 13–19 år, planerade tillsammans med ungdomarna.',
    activity: 'Nätverksträff om unga och bibliotek',
  },
  flersprakighet: {
    goal: 'Medier och information på kommunens vanligaste språk, och personal som känner sig trygg i mötet med nyanlända.',
    activity: 'Studiebesök hos bibliotek med språkcafé',
  },
  digitalDelaktighet: {
    goal: 'Drop-in varje vecka där besökare får hjälp med e-tjänster och datorvana.',
    activity: 'Samarbete med studieförbund om datorkurser',
  },
  tillganglighet: {
    goal: 'Lokaler, webb och medier är tillgängliga för personer med funktionsnedsättning, och alla känner till talböckerna.',
    activity: 'Tillgänglighetsgenomgång med länsbiblioteket',
  },
};

/** One staff member's own goal in an area (individual plans). */
export const individualGoals: Record<AreaKey, string> = {
  larande: 'Gå föreläsningsserien om lärande och leda ett lära av varandra-möte på det egna biblioteket.',
  marknadsforing: 'Ansvara för bibliotekets Facebooksida och göra en plan för inläggen.',
  bemotande: 'Gå bemötandespåret och ta fram rutiner för svåra situationer tillsammans med kollegorna.',
  it: 'Lära sig e-boksplattformen och hålla en visning för låntagare.',
  ledarskap: 'Gå ledarskapsspåret och ta fram en plan för kompetensförsörjningen.',
  lasframjande: 'Starta en bokcirkel för unga tillsammans med skolbiblioteket.',
  barnUnga: 'Planera lovaktiviteter för unga tillsammans med fritidsgården.',
  flersprakighet: 'Bygga upp samlingen på fler språk och starta ett språkcafé.',
  digitalDelaktighet: 'Hålla drop-in med datorhjälp en gång i veckan.',
  tillganglighet: 'Gå igenom lokalernas tillgänglighet och informera om talböcker.',
};

/** Omvärld: the same laws and shifts for every library, with one point of the day's own. */
export const omvarldBase =
  'Bibliotekslagen (1996:1596) och arbetet med en ny bibliotekslag: folkbibliotekets uppdrag för alla, med särskild uppmärksamhet på barn och unga, personer med funktionsnedsättning och dem som har ett annat modersmål än svenska. FN:s barnkonvention: barns rätt till information, kultur och att komma till tals. Digitaliseringen: e-böcker, surfplattor och smarta telefoner, och e-tjänster som förutsätter att medborgarna är digitalt delaktiga.';

export const omvarldExtras = [
  'Regeringens digitala agenda "IT i människans tjänst" (2011) och kampanjen Digidel 2013.',
  'Hur lånemodellerna för e-böcker påverkar medieanslaget.',
  'Läsfrämjande satsningar för barn och unga på nationell nivå.',
  'Folkbibliotekens roll för det livslånga lärandet och för vuxenstuderande.',
] as const;

/** Närvärld: what the day discussed about the municipality, one concern of the day's own. */
export const narvarldConcerns = [
  'Befolkningen blir äldre, och många bor långt från närmaste bibliotek.',
  'Inflyttningen av nyanlända har ökat de senaste åren.',
  'Många unga flyttar för studier och arbete på annan ort.',
  'Turism och säsongsarbete ger många tillfälliga besökare.',
  'Kommunen räknar med fler barnfamiljer i de nya bostadsområdena.',
] as const;

/** Invärld: a point about the library's own situation. */
export const invarldExtras = [
  'Personalen svarade på en enkät om sin kompetens inför dagen.',
  'Öppettiderna och bemanningen gicks igenom för varje enhet.',
  'Biblioteksplanen ska revideras under året.',
  'Medieanslaget har legat stilla i flera år.',
] as const;
