import { translate } from '../../../shared/i18n';
import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { kvartalsrapportTextKeys, lagesrapportTextKeys, projectTextKeys, typedCostCategories, type EsfSettings } from '../../../shared/domain/esf';
import { linesOfFlatRate } from '../../../shared/domain/esf-plus';
import type { Readiness, ReadinessItem, ReportKind } from '../../../shared/domain/readiness';
import { formatInteger, formatIsoDate } from '../../../shared/format';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { getEsfSettings } from '../esf/settings';
import { esfPlusOutcome } from '../esf-plus/outcome';
import { periodTexts } from '../esf/period-texts';
import { projectTexts } from '../esf/project-texts';
import { formatOre, formatPeriodRange } from './report-format';
import { isReported } from './scb-export';
import { monthsStartingIn } from '../signatures/months';
import { unsignedParticipantMonths, unsignedStaffMonths } from '../signatures/readiness-items';

/*
 * What a reviewer at the ESF council would send back, checked before the
 * report is made. Each check is one aggregate query over the report's
 * scope, so readiness stays fast at national scale; examples are capped.
 */

const EXAMPLES = 10;

interface Scope {
  kind: ReportKind;
  from: string;
  to: string;
  label: string;
  periodId: string | null;
  settings: EsfSettings;
}

const checks: Record<ReportKind, readonly ReadinessItem['key'][]> = {
  lagesrapport: ['noData', 'caseNumber', 'periodTexts', 'missingSalary', 'activitiesWithoutAttendance', 'costsWithoutVoucher', 'financingWithoutVoucher', 'budgetMissing', 'financingBudgetMissing', 'swotDaysNotReported', 'esfAboveGranted'],
  utbetalning: ['noData', 'caseNumber', 'missingSalary', 'activitiesWithoutAttendance', 'costsWithoutVoucher', 'financingWithoutVoucher', 'budgetMissing', 'financingBudgetMissing', 'esfAboveGranted'],
  slutrapport: ['noData', 'caseNumber', 'projectTexts', 'missingSalary', 'activitiesWithoutAttendance', 'swotDaysNotReported', 'esfAboveGranted'],
  scb: ['noData', 'missingPersonnummer'],
  kvartalsrapport: ['noData', 'caseNumber', 'periodTexts', 'missingSalary', 'activitiesWithoutAttendance', 'costsWithoutVoucher', 'financingWithoutVoucher', 'budgetMissing', 'swotDaysNotReported', 'esfAboveGranted'],
};

/*
 * Under ESF+ (issue 17) every money report also asks for the signed months:
 * the period's (the slutrapport: all of them). Two 2012 items do not apply
 * there: the financing budget (the co-financing follows from the region's
 * rate, nothing is entered); the ESF share above the granted is asked of
 * the ESF+ outcome instead of the 2012 formula.
 */
const esfPlusItems: Partial<Record<ReportKind, readonly ReadinessItem['key'][]>> = {
  lagesrapport: ['unsignedParticipantMonths', 'unsignedStaffMonths'],
  utbetalning: ['unsignedParticipantMonths', 'unsignedStaffMonths'],
  slutrapport: ['unsignedParticipantMonths', 'unsignedStaffMonths'],
  kvartalsrapport: ['unsignedParticipantMonths', 'unsignedStaffMonths'],
};
const esf2012Only: readonly ReadinessItem['key'][] = ['financingBudgetMissing'];

function checksOf(scope: Scope): ReadinessItem['key'][] {
  if (scope.settings.ruleSet !== 'esf_plus_2021_2027') return [...checks[scope.kind]];
  return [...checks[scope.kind].filter((k) => !esf2012Only.includes(k)), ...(esfPlusItems[scope.kind] ?? [])];
}

/** The months a report asks signatures for: those starting in its period (maybe none), every month (null) for the slutrapport. */
const signedMonths = (scope: Scope) => (scope.kind === 'slutrapport' ? null : (monthsStartingIn(scope.from, scope.to) ?? 'none'));

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

async function scopeOf(ctx: ServiceContext, input: ParsedInputOf<'reports.readiness'>): Promise<Omit<Scope, 'settings'>> {
  if (input.kind === 'scb') {
    const month = input.month!;
    const [y, m] = month.split('-').map(Number);
    const monthName = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, 15)));
    return { kind: input.kind, from: `${month}-01`, to: `${month}-31`, label: monthName, periodId: null };
  }
  if (input.kind === 'slutrapport') {
    const span = await ctx.db
      .selectFrom('project_phases')
      .select((eb) => [eb.fn.min('start_date').as('from'), eb.fn.max('end_date').as('to')])
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!span?.from || !span.to) throw notFound();
    return { kind: input.kind, from: span.from, to: span.to, label: `hela projektet (${formatPeriodRange(span.from, span.to)})`, periodId: null };
  }
  const period = await ctx.db
    .selectFrom('reporting_periods')
    .select(['id', 'name', 'start_date', 'end_date'])
    .where('id', '=', input.periodId!)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!period) throw notFound();
  return { kind: input.kind, from: period.start_date, to: period.end_date, label: `${period.name} (${formatPeriodRange(period.start_date, period.end_date)})`, periodId: period.id };
}

type Check = (ctx: ServiceContext, scope: Scope) => Promise<ReadinessItem | null>;

/** Does the period have a budget line other than zero on this side? */
async function hasBudget(ctx: ServiceContext, table: 'budget_lines' | 'financing_budget_lines' | 'esf_plus_budget_lines', periodId: string): Promise<boolean> {
  const row = await ctx.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('period_id', '=', periodId)
    .where('deleted_at', 'is', null)
    .where('amount_ore', '!=', 0)
    .executeTakeFirst();
  return Number(row?.n ?? 0) > 0;
}

const item = (key: ReadinessItem['key'], message: string, link: string, linkLabel: string, count = 0, examples: string[] = []): ReadinessItem => ({
  key,
  message,
  count,
  examples: examples.slice(0, EXAMPLES),
  link,
  linkLabel,
});

const personName = (first: string | null, last: string | null) => `${first ?? ''} ${last ?? ''}`.trim() || 'Raderad deltagare';

const run: Record<ReadinessItem['key'], Check> = {
  async noData(ctx, scope) {
    const row = await sql<{ sessions: number; people: number; costs: number }>`
      select
        (select count(*) from activity_sessions where deleted_at is null and date between ${scope.from} and ${scope.to}) as sessions,
        (select count(*) from participants where deleted_at is null and erased_at is null
           and (start_date between ${scope.from} and ${scope.to} or end_date between ${scope.from} and ${scope.to})) as people,
        (select count(*) from costs where deleted_at is null and date between ${scope.from} and ${scope.to}) as costs`.execute(ctx.db);
    const r = row.rows[0]!;
    if (scope.kind === 'scb') {
      return r.people > 0 ? null : item('noData', `Ingen deltagare börjar eller slutar under ${scope.label}: rapporten till SCB blir tom.`, '/deltagare', 'Till Deltagare');
    }
    return r.sessions + r.costs > 0
      ? null
      : item('noData', `Inga aktiviteter, närvaro eller kostnader är registrerade för ${scope.label}: rapporten skulle sakna innehåll.`, '/aktiviteter', 'Till Aktiviteter');
  },

  async caseNumber(ctx) {
    const settings = await getEsfSettings(ctx.db);
    return settings.caseNumber.trim()
      ? null
      : item('caseNumber', 'Diarienumret saknas. Det ingår i rapportens sidhuvud och i Redovisnings-ID.', '/installningar', 'Till ESF-inställningar');
  },

  async periodTexts(ctx, scope) {
    const texts = await periodTexts(ctx.db, scope.periodId!);
    const keys = scope.kind === 'kvartalsrapport' ? kvartalsrapportTextKeys : lagesrapportTextKeys;
    const empty = keys.filter((k) => !texts[k].trim()).map((k) => translate(`esf.periodTexts.${k}`));
    return empty.length === 0
      ? null
      : item('periodTexts', `${n(empty.length, 'text', 'texter')} för perioden är inte skrivna: ${empty.join(', ')}.`, `/rapporter?period=${scope.periodId}`, 'Skriv texterna', empty.length, empty);
  },

  async projectTexts(ctx) {
    const texts = await projectTexts(ctx.db);
    const empty = projectTextKeys.filter((k) => !texts[k].trim()).map((k) => translate(`esf.projectTexts.${k}`));
    return empty.length === 0
      ? null
      : item('projectTexts', `${n(empty.length, 'avsnitt', 'avsnitt')} i slutrapporten saknar text: ${empty.join(', ')}.`, '/rapporter#slutrapport', 'Skriv slutrapportens texter', empty.length, empty);
  },

  async missingSalary(ctx, scope) {
    // From the participants without a salary (few), each asked whether it has hours in the scope: not every
    // attendance row of the scope with its participant looked up (a million for the slutrapport, 640 ms at national scale).
    const rows = await ctx.db
      .selectFrom('participants as p')
      .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
      .select(['p.id', 'p.first_name', 'p.last_name', 'm.name as municipality'])
      .where('p.monthly_salary', 'is', null)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('attendance as a')
            .innerJoin('activity_sessions as s', 's.id', 'a.session_id')
            .select('a.id')
            .whereRef('a.participant_id', '=', 'p.id')
            .where('a.deleted_at', 'is', null)
            .where('s.deleted_at', 'is', null)
            .where('s.date', '>=', scope.from)
            .where('s.date', '<=', scope.to),
        ),
      )
      .orderBy('p.last_name')
      .orderBy('p.first_name')
      .execute();
    return rows.length === 0
      ? null
      : item(
          'missingSalary',
          `${n(rows.length, 'deltagare', 'deltagare')} med timmar under perioden saknar månadslön. Deras timmar räknas inte in i medfinansieringen (offentligt bidrag i annat än pengar).`,
          '/deltagare',
          'Komplettera lönerna',
          rows.length,
          rows.map((r) => `${personName(r.first_name, r.last_name)} (${r.municipality})`),
        );
  },

  async missingPersonnummer(ctx, scope) {
    // Who is in the month's report is the export's own rule, so readiness and the file always agree.
    const rows = await ctx.db
      .selectFrom('participants')
      .innerJoin('municipalities as m', 'm.code', 'participants.municipality_code')
      .select(['participants.first_name', 'participants.last_name', 'm.name as municipality'])
      .where((eb) => isReported(eb, scope.from.slice(0, 7)))
      .where('participants.personnummer', 'is', null)
      .orderBy('participants.last_name')
      .execute();
    return rows.length === 0
      ? null
      : item(
          'missingPersonnummer',
          `${n(rows.length, 'deltagare', 'deltagare')} i månadens rapport saknar personnummer. SCB kan inte koppla dem till sina register.`,
          '/deltagare',
          'Till Deltagare',
          rows.length,
          rows.map((r) => `${personName(r.first_name, r.last_name)} (${r.municipality})`),
        );
  },

  async activitiesWithoutAttendance(ctx, scope) {
    // Sessions already held (on or before the report's last day) with no attendance registered.
    const rows = await ctx.db
      .selectFrom('activity_sessions as s')
      .innerJoin('activities as a', 'a.id', 's.activity_id')
      .select(['a.id', 'a.name', (eb) => eb.fn.min('s.date').as('firstDate')])
      .where('s.deleted_at', 'is', null)
      .where('a.deleted_at', 'is', null)
      .where('a.status', '!=', 'installd')
      .where('s.date', '>=', scope.from)
      .where('s.date', '<=', scope.to)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('attendance as r').select('r.id').whereRef('r.session_id', '=', 's.id').where('r.deleted_at', 'is', null))),
      )
      .groupBy('a.id')
      .orderBy('firstDate')
      .execute();
    return rows.length === 0
      ? null
      : item(
          'activitiesWithoutAttendance',
          `${n(rows.length, 'aktivitet', 'aktiviteter')} har tillfällen under perioden utan registrerad närvaro. Timmar och medfinansiering blir för låga om närvaron saknas.`,
          rows.length === 1 ? `/aktiviteter/${rows[0]!.id}` : '/aktiviteter',
          'Registrera närvaro',
          rows.length,
          rows.map((r) => `${r.name} (${formatIsoDate(String(r.firstDate))})`),
        );
  },

  async costsWithoutVoucher(ctx, scope) {
    // Under ESF+ only the costs reported as actual need a voucher: none beside the 40 % flat rate, the direct ones beside 15 %.
    const lines: readonly string[] = linesOfFlatRate[scope.settings.esfPlus.flatRate];
    const actual = scope.settings.ruleSet === 'esf_plus_2021_2027' ? typedCostCategories.filter((c) => lines.includes(c)) : null;
    if (actual?.length === 0) return null;
    const rows = await ctx.db
      .selectFrom('costs')
      .select(['date', 'supplier', 'amount_ore'])
      .where('deleted_at', 'is', null)
      .$if(actual !== null, (q) => q.where('category', 'in', actual!))
      .where('date', '>=', scope.from)
      .where('date', '<=', scope.to)
      .where((eb) => eb.or([eb('voucher_number', 'is', null), eb('voucher_number', '=', '')]))
      .orderBy('date')
      .execute();
    return rows.length === 0
      ? null
      : item(
          'costsWithoutVoucher',
          `${n(rows.length, 'kostnad', 'kostnader')} under perioden saknar verifikationsnummer. Granskaren behöver det för att hitta posten i bokföringen.`,
          '/budget',
          'Till Budget och kostnader',
          rows.length,
          rows.map((r) => `${formatIsoDate(r.date)} ${r.supplier ?? 'utan leverantör'}`),
        );
  },

  async financingWithoutVoucher(ctx, scope) {
    const rows = await ctx.db
      .selectFrom('financing_entries')
      .select(['date', 'financier'])
      .where('deleted_at', 'is', null)
      .where('date', '>=', scope.from)
      .where('date', '<=', scope.to)
      .where((eb) => eb.or([eb('voucher_number', 'is', null), eb('voucher_number', '=', '')]))
      .orderBy('date')
      .execute();
    return rows.length === 0
      ? null
      : item(
          'financingWithoutVoucher',
          `${n(rows.length, 'finansieringspost', 'finansieringsposter')} under perioden saknar verifikationsnummer.`,
          '/budget',
          'Till Budget och kostnader',
          rows.length,
          rows.map((r) => `${formatIsoDate(r.date)} ${r.financier}`),
        );
  },

  async budgetMissing(ctx, scope) {
    // Under ESF+ the budget is the period's ESF+ lines (unit-cost staff, flat rate, …), not the 2012 form's.
    return (await hasBudget(ctx, scope.settings.ruleSet === 'esf_plus_2021_2027' ? 'esf_plus_budget_lines' : 'budget_lines', scope.periodId!))
      ? null
      : item('budgetMissing', 'Perioden har ingen kostnadsbudget: budget och utfall kan inte jämföras.', '/budget', 'Lägg in budgeten');
  },

  async financingBudgetMissing(ctx, scope) {
    return (await hasBudget(ctx, 'financing_budget_lines', scope.periodId!))
      ? null
      : item('financingBudgetMissing', 'Perioden har ingen finansieringsbudget (ESF-stöd, kontanta medel, offentligt bidrag i annat än pengar).', '/budget', 'Lägg in finansieringsbudgeten');
  },

  async swotDaysNotReported(ctx, scope) {
    // A held SWOT day whose write-up has not been sent back (status not "rapporterad"), or a held SWOT-day visit with no SWOT day at all.
    const days = await ctx.db
      .selectFrom('swot_days as d')
      .innerJoin('municipalities as m', 'm.code', 'd.municipality_code')
      .select(['m.name', 'd.date'])
      .where('d.deleted_at', 'is', null)
      .where('d.status', '=', 'genomford')
      .where('d.date', '>=', scope.from)
      .where('d.date', '<=', scope.to)
      .execute();
    const visits = await ctx.db
      .selectFrom('visits as v')
      .innerJoin('municipalities as m', 'm.code', 'v.municipality_code')
      .select(['m.name', 'v.date'])
      .where('v.deleted_at', 'is', null)
      .where('v.kind', '=', 'swot_dag')
      .where('v.status', '=', 'genomford')
      .where('v.swot_day_id', 'is', null)
      .where('v.date', '>=', scope.from)
      .where('v.date', '<=', scope.to)
      .execute();
    const all = [...days, ...visits].sort((a, b) => a.date.localeCompare(b.date));
    return all.length === 0
      ? null
      : item(
          'swotDaysNotReported',
          `${n(all.length, 'SWOT-dag', 'SWOT-dagar')} är genomförda men inte rapporterade (sammanställningen till biblioteket saknas eller SWOT-dagen är inte registrerad).`,
          '/besok?vy=lista',
          'Till Besök',
          all.length,
          all.map((d) => `${d.name} ${formatIsoDate(d.date)}`),
        );
  },

  async unsignedParticipantMonths(ctx, scope) {
    const months = signedMonths(scope);
    return months === 'none' ? null : unsignedParticipantMonths(ctx.db, months);
  },

  async unsignedStaffMonths(ctx, scope) {
    const months = signedMonths(scope);
    return months === 'none' ? null : unsignedStaffMonths(ctx.db, months);
  },

  async esfAboveGranted(ctx, scope) {
    const { settings } = scope;
    if (settings.grantedEsfOre <= 0) return null;
    if (settings.ruleSet === 'esf_plus_2021_2027') {
      // ESF+: eligible costs less the region's co-financing, summed over the periods up to this one.
      const esf = (await esfPlusOutcome(ctx.db, settings, scope.to)).totals.esfOre;
      if (esf <= settings.grantedEsfOre) return null;
      return item(
        'esfAboveGranted',
        `Det ackumulerade ESF+-stödet (${formatOre(esf)}) är större än det beviljade (${formatOre(settings.grantedEsfOre)}). Kontrollera personaltiden, kostnaderna och budgeten.`,
        '/budget',
        'Till Budget och kostnader',
      );
    }
    // ESF-stöd is what remains of the expenditure; the in-kind line stands on both sides and cancels out,
    // so the running total needs only costs, the allowance financed by others, and the cash.
    const row = await sql<{ esf: number }>`
      select
        coalesce((select sum(amount_ore) from costs where deleted_at is null and category != 'ersattning_deltagare'
          and date >= (select min(start_date) from reporting_periods where deleted_at is null) and date <= ${scope.to}), 0)
        - coalesce((select sum(amount_ore) from financing_entries where deleted_at is null and source = 'kontanta_medel'
          and date >= (select min(start_date) from reporting_periods where deleted_at is null) and date <= ${scope.to}), 0) as esf`.execute(ctx.db);
    const esf = Number(row.rows[0]?.esf ?? 0);
    if (esf <= settings.grantedEsfOre) return null;
    return item(
      'esfAboveGranted',
      `Det ackumulerade ESF-stödet (${formatOre(esf)}) är större än det beviljade (${formatOre(settings.grantedEsfOre)}). Kontrollera kostnaderna och den kontanta medfinansieringen.`,
      '/budget',
      'Till Budget och kostnader',
    );
  },
};

export async function readiness(ctx: ServiceContext, input: ParsedInputOf<'reports.readiness'>): Promise<Readiness> {
  const scope: Scope = { ...(await scopeOf(ctx, input)), settings: await getEsfSettings(ctx.db) };
  const found = await Promise.all(checksOf(scope).map((key) => run[key](ctx, scope)));
  const items = found.filter((i): i is ReadinessItem => i !== null);
  return { kind: scope.kind, scope: scope.label, ready: items.length === 0, items };
}
