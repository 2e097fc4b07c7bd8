import type { Kysely } from 'kysely';
import type { EsfSettings, Overview } from '../../../shared/domain/esf';
import type { Database } from '../db/schema';
import { formatIsoDate } from '../../../shared/format';

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The landing page's figures: a handful of aggregate queries, none per row. */
export async function overview(db: Kysely<Database>, settings: EsfSettings, today: string): Promise<Overview> {
  const [phases, swot, municipalities, counties, genders, hours, budget, costs, milestones, periods] = await Promise.all([
    db.selectFrom('project_phases').select(['name', 'start_date as startDate', 'end_date as endDate']).where('deleted_at', 'is', null).orderBy('start_date').execute(),
    // A SWOT day is held when its day record says so or its visit is marked held (the coordinator may record either).
    db
      .selectFrom(
        db
          .selectFrom('swot_days')
          .select('municipality_code as code')
          .where('deleted_at', 'is', null)
          .where('status', 'in', ['genomford', 'rapporterad'])
          .union(db.selectFrom('visits').select('municipality_code as code').where('deleted_at', 'is', null).where('kind', '=', 'swot_dag').where('status', '=', 'genomford'))
          .as('held'),
      )
      .innerJoin('municipalities as m', 'm.code', 'held.code')
      .select((eb) => ['m.county_code as countyCode', eb.fn.count<number>('held.code').distinct().as('held')])
      .groupBy('m.county_code')
      .execute(),
    db.selectFrom('municipalities').select((eb) => ['county_code as countyCode', eb.fn.countAll<number>().as('n')]).groupBy('county_code').execute(),
    db.selectFrom('counties').select(['code', 'name']).orderBy('code').execute(),
    db.selectFrom('participants').select((eb) => ['gender', eb.fn.countAll<number>().as('n')]).where('deleted_at', 'is', null).groupBy('gender').execute(),
    db.selectFrom('attendance').select((eb) => eb.fn.sum<number>('hours').as('h')).where('deleted_at', 'is', null).executeTakeFirstOrThrow(),
    db.selectFrom('budget_lines').select((eb) => eb.fn.sum<number>('amount_ore').as('s')).where('deleted_at', 'is', null).executeTakeFirstOrThrow(),
    db.selectFrom('costs').select((eb) => eb.fn.sum<number>('amount_ore').as('s')).where('deleted_at', 'is', null).executeTakeFirstOrThrow(),
    db.selectFrom('milestones').select(['name', 'date']).where('deleted_at', 'is', null).where('done', '=', 0).where('date', '>=', today).orderBy('date').limit(5).execute(),
    db.selectFrom('reporting_periods').select(['name', 'due_date']).where('deleted_at', 'is', null).where('due_date', '>=', today).orderBy('due_date').limit(5).execute(),
  ]);
  const count = (g: string) => Number(genders.find((r) => r.gender === g)?.n ?? 0);
  const deadlines = [
    ...milestones.map((m) => ({ date: m.date, what: m.name })),
    // Under ESF+ the period's report is the kvartalsrapport (Projektrummet+).
    ...periods.map((p) => ({ date: p.due_date, what: `${settings.ruleSet === 'esf_plus_2021_2027' ? 'Kvartalsrapport' : 'Lägesrapport'} ${p.name}` })),
  ]
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, 5);
  return {
    today,
    phases: phases.map((p) => {
      const span = ms(p.endDate) - ms(p.startDate) + DAY;
      const done = Math.min(Math.max(ms(today) - ms(p.startDate) + DAY, 0), span);
      return { ...p, progress: Math.round((done / span) * 1000) / 10 };
    }),
    swotDaysByCounty: counties.map((c) => ({
      code: c.code,
      name: c.name,
      held: Number(swot.find((s) => s.countyCode === c.code)?.held ?? 0),
      municipalities: Number(municipalities.find((m) => m.countyCode === c.code)?.n ?? 0),
    })),
    participants: { women: count('kvinna'), men: count('man'), other: count('annat'), targetWomen: settings.targets.participantsWomen, targetMen: settings.targets.participantsMen },
    hours: { total: Number(hours.h ?? 0), target: settings.targets.hours },
    budget: { budgetOre: Number(budget.s ?? 0), outcomeOre: Number(costs.s ?? 0) },
    deadlines: deadlines.map((d) => ({ ...d, what: `${d.what} (${formatIsoDate(d.date)})` })),
  };
}
