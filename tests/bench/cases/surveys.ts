import { rmSync } from 'node:fs';
import { openDatabase, type OpenedDatabase } from '../../../electron/core/db/open';
import { newId } from '../../../electron/core/ids';
import { appCalls } from '../app-call';
import type { BenchCase } from '../case';
import { benchQuestionnaireName, benchRoles, benchScaleValue, benchStatements } from '../surveys';
import { replayedCalls, type Lookup } from './replayed-calls';

/*
 * Surveys at national scale (issue 16): 290 municipalities, 50 000
 * respondents × 20 questions in each of two rounds. One statement's
 * breakdown by county and by role, as the results page asks for it: under
 * 150 ms, and within 1.5× of the same figures counted by hand-written SQL.
 * And 50 000 answer rows imported from a file under 5 s.
 */

const afterRound = `select o.id from survey_rounds o join questionnaires q on q.id = o.questionnaire_id where q.name = ? and o.name = 'Efter'`;
const firstStatement = `select x.id from survey_questions x join questionnaires q on q.id = x.questionnaire_id where q.name = ? and x.code = 'F1'`;

const breakdownCalls = (lookup: Lookup) => {
  const roundId = lookup(afterRound, benchQuestionnaireName);
  const questionId = lookup(firstStatement, benchQuestionnaireName);
  return [
    { method: 'surveyRounds.breakdown' as const, input: { roundId, questionId, by: 'lan' } },
    { method: 'surveyRounds.breakdown' as const, input: { roundId, questionId, by: 'roll' } },
  ];
};

/** The figures of one question per group, written once by hand: what the app's answer must not take much longer than. */
const handWritten = (column: string) => `
  select coalesce(${column}, '') as key, min(r.role) as role,
    sum(a.dont_know = 0 and a.number_value between 1 and 5) as n, sum(a.dont_know) as dk,
    sum(a.number_value = 1) as c1, sum(a.number_value = 2) as c2, sum(a.number_value = 3) as c3, sum(a.number_value = 4) as c4, sum(a.number_value = 5) as c5,
    round(100.0 * sum(a.number_value >= 4) / nullif(sum(a.number_value between 1 and 5), 0), 1) as agree
  from survey_answers a join survey_responses r on r.id = a.response_id
  where a.question_id = ? and a.deleted_at is null and r.round_id = ? and r.deleted_at is null
  group by 1`;

const handWrittenCase: BenchCase = {
  name: 'survey breakdown of one question by county and role vs hand-written SQL',
  scale: 'national',
  target: { kind: 'maxRatio', ratio: 1.5 },
  options: { runs: 15, warmup: 3 },
  prepare: async (datasets) => {
    const file = datasets.byScale.national.file;
    const opened: OpenedDatabase = await openDatabase(file, { clock: datasets.clock });
    const app = appCalls(datasets, opened, file);
    const lookup: Lookup = (sql, ...params) => opened.sqlite.prepare(sql).pluck().get(...params);
    const calls = breakdownCalls(lookup);
    const { roundId, questionId } = calls[0]!.input;
    const byCounty = opened.sqlite.prepare(handWritten('r.county_code'));
    const byRole = opened.sqlite.prepare(handWritten('r.role_key'));
    const counties = opened.sqlite.prepare('select code, name from counties');
    const raw = () => [byCounty.all(questionId, roundId), byRole.all(questionId, roundId), counties.all()];
    const answer = await app.call<{ groups: { tooFew: boolean; n?: number }[] }>(calls[0]!.method, calls[0]!.input);
    const rawN = (byCounty.all(questionId, roundId) as { n: number }[]).reduce((s, g) => s + g.n, 0);
    const appN = answer.groups.reduce((s, g) => s + (g.n ?? 0), 0);
    if (appN !== rawN) throw new Error(`breakdown counts ${appN} answers, the hand-written SQL ${rawN}`);
    return {
      subject: { run: () => Promise.all(calls.map((c) => app.call(c.method, c.input))) },
      baseline: { run: raw },
      dispose: () => opened.close(),
    };
  },
};

const IMPORT_ROWS = 50_000;

/**
 * 50 000 respondents' answers in one file (county, role and 18 statements a
 * row), imported into a new round as the import page does it: JSON,
 * validation, the backup first, decode, parse, check, write. The baseline
 * inserts the same responses and answers with raw prepared statements.
 */
const importCase: BenchCase = {
  name: 'import 50 000 survey answer rows (20 questions each)',
  scale: 'national',
  target: { kind: 'maxMs', ms: 5000 },
  options: { runs: 3, warmup: 1 },
  prepare: async (datasets) => {
    const file = datasets.copy(datasets.byScale.national.file, 'survey-import');
    const opened: OpenedDatabase = await openDatabase(file, { clock: datasets.clock });
    const app = appCalls(datasets, opened, file);
    const backups = app.ctx.files!.backupDir;
    const questionnaireId = opened.sqlite.prepare('select id from questionnaires where name = ?').pluck().get(benchQuestionnaireName) as string;
    const round = await app.call<{ id: string }>('surveyRounds.create', { questionnaireId, name: 'Importtest', target: 'alla' });
    const counties = opened.sqlite.prepare('select name from counties order by code').pluck().all() as string[];
    const questions = opened.sqlite.prepare('select id, code from survey_questions where questionnaire_id = ? order by position').all(questionnaireId) as { id: string; code: string }[];
    const lines = [['Län', 'Roll', ...Array.from({ length: benchStatements }, (_, s) => `F${s + 1}`)].join(';')];
    for (let i = 0; i < IMPORT_ROWS; i++) {
      const values = Array.from({ length: benchStatements }, (_, s) => String(benchScaleValue(i, s, 2) ?? 'vet ej'));
      lines.push([counties[i % counties.length], benchRoles[i % benchRoles.length], ...values].join(';'));
    }
    const input = { roundId: round.id, fileName: 'svar.csv', contentBase64: Buffer.from(lines.join('\n'), 'utf8').toString('base64'), onlyValid: false };
    const clear = () => {
      opened.sqlite.prepare('delete from survey_answers where response_id in (select id from survey_responses where round_id = ?)').run(round.id);
      opened.sqlite.prepare('delete from survey_responses where round_id = ?').run(round.id);
      opened.sqlite.prepare('delete from sync_pending_bulk').run();
    };
    const result = await app.call<{ imported: number }>('surveyResponses.import', input);
    rmSync(backups, { recursive: true, force: true });
    const written = Number(opened.sqlite.prepare('select count(*) from survey_answers a join survey_responses r on r.id = a.response_id where r.round_id = ?').pluck().get(round.id));
    if (result.imported !== IMPORT_ROWS || written !== IMPORT_ROWS * questions.length) throw new Error(`import wrote ${written} answers, expected ${IMPORT_ROWS * questions.length}`);
    clear();

    const now = datasets.clock.now().toISOString();
    const countyCodes = opened.sqlite.prepare('select code from counties order by code').pluck().all() as string[];
    const response = opened.sqlite.prepare(
      `insert into survey_responses (id, round_id, county_code, role, role_key, source, created_at, updated_at) values (?, ?, ?, ?, ?, 'import', ?, ?)`,
    );
    const answer = opened.sqlite.prepare(`insert into survey_answers (id, response_id, question_id, number_value, dont_know, text_value, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)`);
    const triggers = opened.sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name in ('survey_responses', 'survey_answers')").all() as { name: string; sql: string }[];
    const rawImport = opened.sqlite.transaction(() => {
      for (const t of triggers) opened.sqlite.prepare(`drop trigger "${t.name}"`).run();
      for (let i = 0; i < IMPORT_ROWS; i++) {
        const id = newId(datasets.clock);
        const role = benchRoles[i % benchRoles.length]!;
        response.run(id, round.id, countyCodes[i % countyCodes.length], role, role.toLowerCase(), now, now);
        answer.run(newId(datasets.clock), id, questions[0]!.id, null, 0, counties[i % counties.length], now, now);
        answer.run(newId(datasets.clock), id, questions[1]!.id, null, 0, role, now, now);
        for (let s = 0; s < benchStatements; s++) {
          const v = benchScaleValue(i, s, 2);
          answer.run(newId(datasets.clock), id, questions[2 + s]!.id, v, v === null ? 1 : 0, null, now, now);
        }
      }
      for (const t of triggers) opened.sqlite.prepare(t.sql).run();
    });
    return {
      subject: {
        run: () => app.call('surveyResponses.import', input),
        after: () => {
          clear();
          rmSync(backups, { recursive: true, force: true });
        },
      },
      baseline: { run: () => rawImport(), after: clear },
      dispose: async () => {
        await opened.close();
        datasets.remove(file);
      },
    };
  },
};

export const surveyCases: BenchCase[] = [
  replayedCalls({
    name: 'survey breakdown of one question by county and role (Enkäter: resultat)',
    target: { kind: 'maxMs', ms: 150 },
    options: { runs: 15, warmup: 3 },
    calls: (_d, lookup) => breakdownCalls(lookup),
  }),
  handWrittenCase,
  importCase,
];
