import type { BackgroundKind, QuestionKind, SurveyTemplateKey } from '../../../shared/domain/surveys';

/*
 * The four seeded questionnaires, as code: a template is copied into an
 * editable questionnaire (`surveys.createFromTemplate`), so changing a
 * template later never changes a survey already sent. The statements of
 * *lärande organisation* are the ones Uppsala stadsbibliotek measured its
 * learning organisation by, and their kin; the others follow the surveys
 * Högskolan i Borås ran for KUB.
 */

export interface TemplateQuestion {
  code: string;
  text: string;
  kind: QuestionKind;
  options?: readonly string[];
  background?: BackgroundKind;
  required?: boolean;
}

export interface SurveyTemplateSpec {
  key: SurveyTemplateKey;
  name: string;
  description: string;
  sections: readonly { title: string; questions: readonly TemplateQuestion[] }[];
}

const countyNames = ['Uppsala län', 'Värmlands län', 'Dalarnas län', 'Gävleborgs län'] as const;
const roles = ['Bibliotekarie', 'Biblioteksassistent', 'Chef', 'Annan roll'] as const;

const county: TemplateQuestion = { code: 'B1', text: 'Län', kind: 'enval', options: countyNames, background: 'lan', required: true };
const municipality: TemplateQuestion = { code: 'B2', text: 'Kommun', kind: 'fritext', background: 'kommun' };
const role: TemplateQuestion = { code: 'B3', text: 'Roll', kind: 'enval', options: roles, background: 'roll' };

export const surveyTemplates: readonly SurveyTemplateSpec[] = [
  {
    key: 'larande_organisation',
    name: 'Lärande organisation',
    description: 'Personalens bild av arbetsplatsen som lärande organisation. Skicka före och efter insatsen och jämför.',
    sections: [
      { title: 'Om dig', questions: [county, municipality, role] },
      {
        title: 'Lärande organisation',
        questions: [
          { code: 'F1', text: 'Vi har blivit en mer lärande organisation.', kind: 'skala' },
          { code: 'F2', text: 'Tvärgrupperna har förbättrat vi-känslan.', kind: 'skala' },
          { code: 'F3', text: 'Jag har fått större handlingsutrymme för min kompetens.', kind: 'skala' },
          { code: 'F4', text: 'Jag känner mig delaktig i bibliotekets utveckling.', kind: 'skala' },
          { code: 'F5', text: 'Vi samarbetar i hela organisationen, över avdelningar och enheter.', kind: 'skala' },
          { code: 'F6', text: 'Det har blivit roligare att arbeta.', kind: 'skala' },
          { code: 'F7', text: 'Biblioteket lever upp till sin vision.', kind: 'skala' },
          { code: 'F8', text: 'Vi lär av varandra i det dagliga arbetet.', kind: 'skala' },
        ],
      },
      { title: 'Med egna ord', questions: [{ code: 'F9', text: 'Vad har förändrats mest i ditt arbete?', kind: 'fritext' }] },
    ],
  },
  {
    key: 'statusenkat',
    name: 'Statusenkät till biblioteken',
    description: 'Bibliotekets läge för kompetensutveckling. Skickas till alla bibliotek före och efter projektet.',
    sections: [
      { title: 'Biblioteket', questions: [county, municipality] },
      {
        title: 'Kompetensutveckling',
        questions: [
          { code: 'S1', text: 'Biblioteket har en plan för personalens kompetensutveckling.', kind: 'skala' },
          { code: 'S2', text: 'Personalen har tid avsatt för lärande.', kind: 'skala' },
          { code: 'S3', text: 'Vi följer upp genomförda utbildningar.', kind: 'skala' },
          { code: 'S4', text: 'Ny kunskap sprids på arbetsplatsträffar (APT).', kind: 'skala' },
          { code: 'S5', text: 'Biblioteket har en digital målbild.', kind: 'skala' },
          { code: 'S6', text: 'Antal anställda', kind: 'tal' },
          {
            code: 'S7',
            text: 'Vilka kompetensområden behöver utvecklas?',
            kind: 'flerval',
            options: ['IT och digital kompetens', 'Marknadsföring', 'Lärande', 'Ledarskap', 'Bemötande'],
          },
          { code: 'S8', text: 'Övriga kommentarer', kind: 'fritext' },
        ],
      },
    ],
  },
  {
    key: 'efter_utbildning',
    name: 'Efter utbildningstillfället',
    description: 'Till deltagarna efter varje lärandeaktivitet: nöjdhet, nytta i arbetet och hur kunskapen sprids.',
    sections: [
      { title: 'Om dig', questions: [county, role] },
      {
        title: 'Utbildningstillfället',
        questions: [
          { code: 'U1', text: 'Jag är nöjd med utbildningstillfället.', kind: 'skala' },
          { code: 'U2', text: 'Utbildningen har nytta i mitt arbete.', kind: 'skala' },
          { code: 'U3', text: 'Vad tar du med dig?', kind: 'fritext' },
          { code: 'U4', text: 'Hur sprider du det på din arbetsplats?', kind: 'fritext' },
          { code: 'U5', text: 'Kommer du att återföra på APT?', kind: 'enval', options: ['Ja', 'Nej', 'Vet inte'] },
        ],
      },
    ],
  },
  {
    key: 'lett_lara_av_varandra',
    name: 'Till dem som lett lära-av-varandra',
    description: 'Till dem som lett en lära-av-varandra-aktivitet: förberedelse, utbyte och stöd.',
    sections: [
      { title: 'Om dig', questions: [county, municipality] },
      {
        title: 'Träffen',
        questions: [
          { code: 'L1', text: 'Hur många deltog?', kind: 'tal' },
          { code: 'L2', text: 'Det var lätt att förbereda träffen.', kind: 'skala' },
          { code: 'L3', text: 'Deltagarna delade med sig av sina erfarenheter.', kind: 'skala' },
          { code: 'L4', text: 'Jag skulle vilja leda en träff igen.', kind: 'skala' },
          { code: 'L5', text: 'Vilket stöd behövde du?', kind: 'flerval', options: ['Material', 'Handledning', 'Lokal', 'Tid i schemat'] },
          { code: 'L6', text: 'Vad lärde du dig som ledare?', kind: 'fritext' },
        ],
      },
    ],
  },
];

export function templateOf(key: SurveyTemplateKey): SurveyTemplateSpec {
  const spec = surveyTemplates.find((t) => t.key === key);
  if (!spec) throw new Error(`Okänd enkätmall: ${key}`);
  return spec;
}
