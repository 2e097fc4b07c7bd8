import type { ExportedFile, ParsedInputOf } from '../../../shared/contract';
import type { AnswerValue, SurveyImportPreview, SurveyQuestion } from '../../../shared/domain/surveys';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { newId } from '../ids';
import { fold, quote, readIsoDate, type ImportColumn } from '../spreadsheets/import-columns';
import {
  columnAt,
  commitImport,
  everyRow,
  fileOf,
  importedCounts,
  importTemplate,
  parseImportFile,
  previewSummary,
  readImport,
  templateFile,
  type ImportFlow,
  type ImportKind,
} from '../spreadsheets/import';
import { withBulkCapture } from '../sync/bulk-capture';
import { checkResponse, placeLookup, type StoredResponse } from './answer-rules';
import { responseContext } from './responses';

/*
 * Answers from a spreadsheet exported by any survey tool: one row a
 * respondent, one column a question. The columns come from the round's
 * questionnaire: a question is found by its code ("F1") or its text, with
 * or without the code in front; Län, Kommun and Roll fill the background
 * (or the background questions, when the questionnaire has them), Namn only
 * when it collects names, Datum the day answered. Each row is checked by
 * the rules the grid uses (answer-rules.ts).
 */

type Column = string;

const countyColumn = 'bakgrund:lan';
const municipalityColumn = 'bakgrund:kommun';
const roleColumn = 'bakgrund:roll';
const nameColumn = 'namn';
const dateColumn = 'datum';

const backgroundHeadings = {
  lan: { label: 'Län', aliases: ['lan', 'county'] },
  kommun: { label: 'Kommun', aliases: ['municipality', 'kommunnamn', 'kommunkod'] },
  roll: { label: 'Roll', aliases: ['role', 'yrkesroll', 'befattning'] },
} as const;

function columnsFor(questions: readonly SurveyQuestion[], collectsNames: boolean): ImportColumn<Column>[] {
  const columns: ImportColumn<Column>[] = questions.map((q) => ({
    column: q.id,
    label: q.code,
    required: false,
    aliases: [q.text, `${q.code} ${q.text}`, `${q.code}. ${q.text}`, `${q.code}: ${q.text}`, ...(q.background ? [backgroundHeadings[q.background].label, ...backgroundHeadings[q.background].aliases] : [])],
    width: Math.min(40, Math.max(8, q.code.length + 2)),
  }));
  const has = (b: 'lan' | 'kommun' | 'roll') => questions.some((q) => q.background === b);
  if (!has('lan')) columns.push({ column: countyColumn, ...backgroundHeadings.lan, required: false, width: 16 });
  if (!has('kommun')) columns.push({ column: municipalityColumn, ...backgroundHeadings.kommun, required: false, width: 18 });
  if (!has('roll')) columns.push({ column: roleColumn, ...backgroundHeadings.roll, required: false, width: 18 });
  if (collectsNames) columns.push({ column: nameColumn, label: 'Namn', aliases: ['name', 'respondent'], required: false, width: 24 });
  columns.push({ column: dateColumn, label: 'Datum', aliases: ['date', 'svarsdatum', 'besvarad'], required: false, width: 12 });
  return columns;
}

const dontKnowWords = new Set(['vet ej', 'vet inte', 'vetej', 'dont know', "don't know", 'ingen asikt']);

/** One cell as an answer to its question, or null when blank or unreadable (the problem pushed). */
function cellAnswer(q: SurveyQuestion, value: string, problems: string[]): AnswerValue | null {
  if (value === '') return null;
  const answer: AnswerValue = { questionId: q.id, number: null, dontKnow: false, text: null, choices: null };
  switch (q.kind) {
    case 'skala': {
      if (dontKnowWords.has(fold(value))) return { ...answer, dontKnow: true };
      const n = Number(value.replace(',', '.'));
      if (!/^\d+([.,]0+)?$/.test(value) || n < 1 || n > 5) {
        problems.push(translate('surveys.answers.scaleRange', { code: q.code, value: quote(value) }));
        return null;
      }
      return { ...answer, number: n };
    }
    case 'tal': {
      const n = Number(value.replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(n)) {
        problems.push(translate('surveys.answers.notANumber', { code: q.code, value: quote(value) }));
        return null;
      }
      return { ...answer, number: n };
    }
    case 'flerval':
      return {
        ...answer,
        choices: value
          .split(';')
          .map((c) => c.trim())
          .filter((c) => c !== ''),
      };
    case 'enval':
    case 'fritext':
      return { ...answer, text: value };
  }
}

interface ParsedResponse extends StoredResponse {
  row: number;
}

type SurveyImportInput = ParsedInputOf<'surveyResponses.import'>;

async function surveyKind(ctx: ServiceContext, roundId: string): Promise<{ kind: ImportKind<Column, ParsedResponse>; columns: ImportColumn<Column>[]; questions: SurveyQuestion[] }> {
  const { round, questions, collectsNames } = await responseContext(ctx.db, roundId);
  const places = await placeLookup(ctx.db);
  const columns = columnsFor(questions, collectsNames);
  const kind: ImportKind<Column, ParsedResponse> = {
    columns,
    parser: (index) => {
      if (columns.every((c) => columnAt(index, c.column) < 0)) throw AppError.of('VALIDATION', 'surveys.import.noColumns');
      const cell = (cells: readonly string[], column: Column) => (cells[columnAt(index, column)] ?? '').trim();
      return (cells, row, problems) => {
        const answers = questions.flatMap((q) => {
          const a = cellAnswer(q, cell(cells, q.id), problems);
          return a ? [a] : [];
        });
        const date = cell(cells, dateColumn);
        const answeredOn = date === '' ? null : readIsoDate(date, 'Datum', problems);
        const county = cell(cells, countyColumn);
        const countyCode = county === '' ? null : (places.counties.get(fold(county))?.code ?? places.counties.get(county)?.code ?? null);
        if (county !== '' && countyCode === null) problems.push(translate('surveys.answers.unknownCounty', { value: quote(county) }));
        const municipality = cell(cells, municipalityColumn);
        const municipalityCode = municipality === '' ? null : (places.municipalities.get(fold(municipality))?.code ?? places.municipalities.get(municipality)?.code ?? null);
        if (municipality !== '' && municipalityCode === null) problems.push(translate('surveys.answers.unknownMunicipality', { value: quote(municipality) }));
        if (problems.length > 0) return null;
        const stored = checkResponse(
          { countyCode, municipalityCode, role: cell(cells, roleColumn) || null, respondentName: cell(cells, nameColumn) || null, source: 'import', answeredOn, answers },
          questions,
          { round, collectsNames, places },
          problems,
        );
        return stored ? { ...stored, row } : null;
      };
    },
  };
  return { kind, columns, questions };
}

/** A round's answers may be a whole nation's: larger files than a day's notes. */
const limits = { maxRows: 200_000, maxBytes: 40 * 1024 * 1024 };

const surveyFlow: ImportFlow<SurveyImportInput, ParsedResponse> = {
  read: async (ctx, input) => parseImportFile((await surveyKind(ctx, input.roundId)).kind, fileOf(input), limits),
  match: everyRow,
  write: {
    table: 'survey_responses',
    rows: (ctx, input, rows, now) => {
      const withIds = rows.map((r) => ({ ...r, id: newId(ctx.clock) }));
      const written = ctx.statements.runMany(
        'surveyResponses.import',
        () =>
          ctx.db.insertInto('survey_responses').values({
            id: '',
            round_id: '',
            county_code: null,
            municipality_code: null,
            role: null,
            role_key: null,
            respondent_name: null,
            source: 'import',
            answered_on: null,
            created_at: now,
            updated_at: now,
            deleted_at: null,
          }),
        withIds.map((r) => [r.id, input.roundId, r.countyCode, r.municipalityCode, r.role, r.roleKey, r.respondentName, 'import', r.answeredOn, now, now, null]),
      );
      // The answers are the second shape of the one import: captured for sync by the same bulk path, inside the kit's transaction.
      withBulkCapture(
        ctx.statements.connection,
        'survey_answers',
        Date.parse(now),
        () =>
          ctx.statements.runMany(
            'surveyAnswers.import',
            () =>
              ctx.db.insertInto('survey_answers').values({
                id: '',
                response_id: '',
                question_id: '',
                number_value: null,
                dont_know: 0,
                text_value: null,
                choices: null,
                created_at: now,
                updated_at: now,
                deleted_at: null,
              }),
            withIds.flatMap((r) => r.answers.map((a) => [newId(ctx.clock), r.id, a.questionId, a.number, a.dontKnow, a.text, a.choices, now, now, null])),
          ),
        { sql: 'select a.id from survey_answers a join survey_responses r on r.id = a.response_id where r.round_id = ? and a.created_at = ?', params: [input.roundId, now] },
      );
      return written;
    },
    keys: (input, now) => ({ sql: 'select id from survey_responses where round_id = ? and created_at = ?', params: [input.roundId, now] }),
  },
};

const sampleSize = 20;

export async function previewSurveyImport(ctx: ServiceContext, input: ParsedInputOf<'surveyResponses.importPreview'>): Promise<SurveyImportPreview> {
  const { columns, questions } = await surveyKind(ctx, input.roundId);
  const read = await readImport(surveyFlow, ctx, { ...input, onlyValid: false });
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    ...previewSummary(read),
    columns: columns.map((c) => ({ heading: c.label, target: byId.get(c.column)?.text ?? c.label })),
    sample: read.rows.slice(0, sampleSize).map((r) => ({ row: r.row, countyCode: r.countyCode, municipalityCode: r.municipalityCode, role: r.role, answered: r.answers.length })),
  };
}

/** Writes the valid responses and their answers in one transaction, after a backup; a file with errors writes nothing unless the user chose the valid rows only. */
export async function importSurveyResponses(ctx: ServiceContext, input: SurveyImportInput): Promise<{ imported: number; skipped: number }> {
  return importedCounts(await commitImport(surveyFlow, ctx, input));
}

/** "Ladda ner mall": the round's columns over one example row. */
export async function surveyImportTemplate(ctx: ServiceContext, input: ParsedInputOf<'surveyResponses.importTemplate'>): Promise<ExportedFile> {
  const { columns, questions } = await surveyKind(ctx, input.roundId);
  const { round } = await responseContext(ctx.db, input.roundId);
  const county = round.groups.find((g) => g.countyCode === round.countyCode)?.countyName ?? round.groups[0]?.countyName ?? '';
  const byId = new Map(questions.map((q) => [q.id, q]));
  const example = columns.map((c) => {
    const q = byId.get(c.column);
    if (!q) return c.column === dateColumn ? '2013-03-15' : c.column === countyColumn ? county : '';
    if (q.background === 'lan') return county;
    if (q.kind === 'skala') return '4';
    if (q.kind === 'tal') return '12';
    if (q.kind === 'enval' || q.kind === 'flerval') return q.options[0] ?? '';
    return '';
  });
  return templateFile('enkatsvar-mall.xlsx', importTemplate(columns, { sheetName: translate('surveys.import.sheetName'), rows: [example] }));
}
