import { Faker, base, sv } from '@faker-js/faker';
import type { CountyCode } from '../../../shared/domain/municipalities';
import type { ResponseSource } from '../../../shared/domain/surveys';
import type { ServiceContext } from '../context';
import { createFromTemplate } from '../surveys/questionnaires';
import { insertResponses, type NewResponse } from '../surveys/responses';
import { createRound, setAsked } from '../surveys/rounds';

/*
 * The demo's surveys: the *lärande organisation* questionnaire sent to the
 * staff of every library before the training (spring 2012) and again after
 * the first lecture series (autumn 2012), so Enkäter shows results, a
 * breakdown and a before/after at once.
 *
 * Everyone on the staff is asked; 60–80 % of each county answer. The share
 * agreeing (4–5) with each statement is set per county and round and that
 * many of those answering agree, exactly: the county and total figures read
 * as designed — every statement up by a few points to about fifteen except
 * "lever upp till sin vision", which slips — while libraries and roles
 * vary. Storfors and Ockelbo answer only three or four times a round, so
 * their breakdown says "för få svar".
 */
const surveySeed = 2012_03;

interface RoundPlan {
  name: string;
  opensOn: string;
  closesOn: string;
  /** Share of the staff answering, per county. */
  rate: Record<CountyCode, number>;
  /** Free-text answers to "Vad har förändrats mest i ditt arbete?". */
  texts: readonly string[];
  textShare: number;
}

const before: RoundPlan = {
  name: 'Före: våren 2012',
  opensOn: '2012-03-05',
  closesOn: '2012-04-13',
  rate: { '03': 0.66, '17': 0.74, '20': 0.71, '21': 0.63 },
  textShare: 0.25,
  texts: [
    'Inte så mycket ännu. Vi har börjat prata om vad vi behöver lära oss.',
    'Fler frågor från låntagarna om e-böcker och surfplattor.',
    'Mer administration och mindre tid för själva verksamheten.',
    'Vi har fått ett nytt bibliotekssystem som tar tid att lära sig.',
    'Vi är färre i personalen men har lika mycket att göra.',
    'Det mesta är som förut. Jag hoppas att projektet ger tid att utvecklas.',
    'Skolbiblioteksarbetet har vuxit och tar mer av min tid.',
    'Fler besökare som behöver hjälp med datorer och myndighetskontakter.',
    'Vi har börjat samarbeta mer med filialerna, men det är fortfarande ovanligt.',
    'Arbetsplatsträffarna handlar mest om schema och praktiska frågor.',
    'Svårt att hinna gå på utbildningar när det inte finns någon som ersätter.',
    'Programverksamheten för barn har ökat.',
  ],
};

const after: RoundPlan = {
  name: 'Efter: hösten 2012',
  opensOn: '2012-09-17',
  closesOn: '2012-10-12',
  rate: { '03': 0.69, '17': 0.77, '20': 0.68, '21': 0.62 },
  textShare: 0.3,
  texts: [
    'Vi delar med oss av det vi lärt oss på varje arbetsplatsträff.',
    'Jag vågar ta egna initiativ och pröva nya sätt att arbeta.',
    'Vi har träffat kollegor från andra kommuner och lärt av hur de gör.',
    'Föreläsningarna om lärande har gett oss ett gemensamt språk.',
    'Jag har fått större ansvar för den digitala verksamheten.',
    'Vi planerar verksamheten tillsammans i stället för var och en för sig.',
    'Det är roligare att gå till jobbet när vi utvecklar något tillsammans.',
    'Chefen frågar oftare vad vi tar med oss från utbildningarna.',
    'Vi har en lathund för e-boksfrågor som alla har hjälpt till med.',
    'Mer tid avsatt för lärande, även om det fortfarande är knappt.',
    'Samarbetet med skolorna har blivit tydligare.',
    'Tvärgruppen har gjort att jag lärt känna kollegor på filialerna.',
    'Inte så mycket i det dagliga arbetet, men vi pratar mer om varför vi gör saker.',
    'Vi har börjat marknadsföra programmen i sociala medier.',
  ],
};

/** Percent agreeing (4–5) before the training, per statement. */
const agreeBefore: Record<string, number> = { F1: 38, F2: 34, F3: 45, F4: 41, F5: 32, F6: 48, F7: 52, F8: 40 };
/** Points gained after the first lecture series; the vision has not been reached, it slips a little. */
const lift: Record<string, number> = { F1: 14, F2: 11, F3: 7, F4: 12, F5: 9, F6: 5, F7: -3, F8: 15 };
/** The counties start from different places and gain differently: Värmland and Dalarna held their SWOT days first. */
const countyOffset: Record<CountyCode, number> = { '03': 4, '17': -2, '20': 1, '21': -5 };
const countyLift: Record<CountyCode, number> = { '03': 0.7, '17': 1.2, '20': 1.0, '21': 0.8 };
/** Share answering "vet ej" per statement: whether the library lives up to its vision is hardest to say. */
const dontKnowShare: Record<string, number> = { F7: 0.12 };
const defaultDontKnow = 0.05;

/** Libraries so small that only three or four answer: their breakdown shows "för få svar". */
const fewAnswers: Record<string, { before: number; after: number }> = { '1760': { before: 3, after: 4 }, '2101': { before: 4, after: 3 } };

/** Roughly one chef per library; chefs agree a little more readily than their staff. */
const roles = [
  { name: 'Bibliotekarie', weight: 0.5, bias: 0 },
  { name: 'Biblioteksassistent', weight: 0.34, bias: -0.05 },
  { name: 'Chef', weight: 0.08, bias: 0.2 },
  { name: 'Annan roll', weight: 0.08, bias: 0 },
] as const;

interface Place {
  code: string;
  name: string;
  countyCode: CountyCode;
  countyName: string;
  staff: number;
}

/** Whole numbers in proportion to `weights` that add up to `total` (largest remainder). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (sum === 0 ? 0 : (total * w) / sum));
  const out = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; k < total - out.reduce((s, n) => s + n, 0); k++) out[order[k % order.length]!.i]!++;
  return out;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);

interface Respondent {
  place: Place;
  role: (typeof roles)[number];
  answeredOn: string;
  source: ResponseSource;
}

/** Who answers a round: per county its share of the staff, spread over the libraries, the two small ones fixed. */
function respondentsOf(faker: Faker, plan: RoundPlan, places: readonly Place[], which: 'before' | 'after'): Respondent[] {
  const out: Respondent[] = [];
  const span = daysBetween(plan.opensOn, plan.closesOn);
  for (const county of [...new Set(places.map((p) => p.countyCode))]) {
    const inCounty = places.filter((p) => p.countyCode === county);
    const total = Math.round(plan.rate[county] * inCounty.reduce((s, p) => s + p.staff, 0));
    const fixed = inCounty.map((p) => fewAnswers[p.code]?.[which] ?? null);
    const rest = total - fixed.reduce<number>((s, n) => s + (n ?? 0), 0);
    const shares = apportion(rest, inCounty.map((p, i) => (fixed[i] === null ? p.staff : 0)));
    for (const [i, place] of inCounty.entries()) {
      const count = Math.min(place.staff, fixed[i] ?? shares[i]!);
      for (let k = 0; k < count; k++) {
        out.push({
          place,
          role: faker.helpers.weightedArrayElement(roles.map((r) => ({ value: r, weight: r.weight }))),
          answeredOn: addDays(plan.opensOn, faker.number.int({ min: 0, max: span })),
          source: faker.number.float() < 0.2 ? 'papper' : 'app',
        });
      }
    }
  }
  return out;
}

type Answer = NewResponse['answers'][number];

/** Those not agreeing mostly sit on the fence. */
const disagreeing = [
  { value: 3, weight: 0.5 },
  { value: 2, weight: 0.35 },
  { value: 1, weight: 0.15 },
];

/**
 * Each statement's answers in one county and round: "vet ej" for a few, and
 * of the others exactly the designed share agreeing, the agreeing ones drawn
 * by lot leaning towards the chefs.
 */
function statementAnswers(faker: Faker, code: string, questionId: string, county: CountyCode, which: 'before' | 'after', people: readonly number[], byPerson: Respondent[]): Map<number, Answer> {
  const out = new Map<number, Answer>();
  const dontKnow = dontKnowShare[code] ?? defaultDontKnow;
  const answering: number[] = [];
  for (const i of people) {
    if (faker.number.float() < dontKnow) out.set(i, { questionId, number: null, dontKnow: true, text: null, choices: null });
    else answering.push(i);
  }
  const share = agreeBefore[code]! + countyOffset[county] + (which === 'after' ? lift[code]! * countyLift[county] : 0);
  const agreeing = Math.round((share / 100) * answering.length);
  const ranked = answering.map((i) => ({ i, score: faker.number.float() + byPerson[i]!.role.bias })).sort((a, b) => b.score - a.score);
  for (const [rank, { i }] of ranked.entries()) {
    const value = rank < agreeing ? (faker.number.float() < 0.35 ? 5 : 4) : faker.helpers.weightedArrayElement(disagreeing);
    out.set(i, { questionId, number: value, dontKnow: false, text: null, choices: null });
  }
  return out;
}

function responsesOf(faker: Faker, plan: RoundPlan, which: 'before' | 'after', places: readonly Place[], questions: ReadonlyMap<string, string>): NewResponse[] {
  const people = respondentsOf(faker, plan, places, which);
  const statements = Object.keys(agreeBefore);
  const byStatement = new Map<string, Map<number, Answer>>();
  for (const code of statements) {
    const merged = new Map<number, Answer>();
    for (const county of [...new Set(places.map((p) => p.countyCode))]) {
      const own = people.flatMap((p, i) => (p.place.countyCode === county ? [i] : []));
      for (const [i, a] of statementAnswers(faker, code, questions.get(code)!, county, which, own, people)) merged.set(i, a);
    }
    byStatement.set(code, merged);
  }
  const q = (code: string) => questions.get(code)!;
  return people.map((p, i): NewResponse => {
    const answers: Answer[] = [
      { questionId: q('B1'), number: null, dontKnow: false, text: p.place.countyName, choices: null },
      { questionId: q('B2'), number: null, dontKnow: false, text: p.place.name, choices: null },
      { questionId: q('B3'), number: null, dontKnow: false, text: p.role.name, choices: null },
      ...statements.map((code) => byStatement.get(code)!.get(i)!),
    ];
    if (faker.number.float() < plan.textShare) answers.push({ questionId: q('F9'), number: null, dontKnow: false, text: faker.helpers.arrayElement(plan.texts), choices: null });
    return { countyCode: p.place.countyCode, municipalityCode: p.place.code, role: p.role.name, respondentName: null, source: p.source, answeredOn: p.answeredOn, answers };
  });
}

/** The before and after rounds of *lärande organisation*, answered by the staff of every library. */
export async function fillDemoSurveys(ctx: Pick<ServiceContext, 'db' | 'clock' | 'statements'>): Promise<void> {
  const faker = new Faker({ locale: [sv, base], seed: surveySeed });
  const rows = await ctx.db
    .selectFrom('municipalities as m')
    .innerJoin('counties as c', 'c.code', 'm.county_code')
    .innerJoin('library_units as u', 'u.municipality_code', 'm.code')
    .select((eb) => ['m.code', 'm.name', 'm.county_code as countyCode', 'c.name as countyName', eb.fn.sum<number>('u.staff_count').as('staff')])
    .where('u.deleted_at', 'is', null)
    .groupBy('m.code')
    .orderBy('m.code')
    .execute();
  const places: Place[] = rows.map((r) => ({ ...r, staff: Number(r.staff) }));
  const questionnaire = await createFromTemplate(ctx, { templateKey: 'larande_organisation', name: null });
  const questions = new Map(questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.code, q.id]));
  const counties = [...new Set(places.map((p) => p.countyCode))];
  const staffOf = (county: CountyCode) => places.filter((p) => p.countyCode === county).reduce((s, p) => s + p.staff, 0);
  let compareRoundId: string | null = null;
  for (const [which, plan] of [['before', before], ['after', after]] as const) {
    const round = await createRound(ctx, { questionnaireId: questionnaire.id, name: plan.name, target: 'alla', countyCode: null, activityId: null, opensOn: plan.opensOn, closesOn: plan.closesOn, compareRoundId });
    // A staff survey asks every member of staff, not one person per library.
    for (const county of counties) await setAsked(ctx, { roundId: round.id, countyCode: county, asked: staffOf(county) });
    await insertResponses(ctx, round.id, responsesOf(faker, plan, which, places, questions));
    compareRoundId = round.id;
  }
}
