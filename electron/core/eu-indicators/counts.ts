import { sql, type Kysely } from 'kysely';
import { indicatorCodes, type EuIndicatorCounts, type IndicatorCode, type IndicatorCount } from '../../../shared/domain/eu-indicators';
import type { Gender } from '../../../shared/domain/participants';
import type { Database } from '../db/schema';

/*
 * The EU common indicators for participants, Regulation (EU) 2021/1057
 * (ESF+), Annex I: the common output indicators on participants at entry
 * (EECO01 the total, EECO02 unemployed including long-term unemployed,
 * EECO03 long-term unemployed, EECO04 inactive, EECO05 employed including
 * self-employed, EECO06 below 18, EECO07 18–29, EECO08 55 and above, EECO09
 * ISCED 0–2, EECO10 ISCED 3–4, EECO11 ISCED 5–8), the common immediate
 * result indicators upon leaving (EECR01 job searching, EECR02 in education
 * or training, EECR03 gaining a qualification, EECR04 in employment
 * including self-employment) and the longer-term one (EECR05 in employment
 * six months after leaving), each broken down by gender.
 *
 * Who counts where (the regulation leaves the project to define its dates):
 * - an entrant of a period is a participant whose first month of attended
 *   time (`participant_month_hours`, the month of their first attended
 *   session) belongs to the period — a month belongs to the period holding
 *   its first day, as for the money. Age is the entry year less the birth
 *   year (a person's birthday is not recorded);
 * - a leaver is a participant who has attended and whose end date falls in
 *   the period; EECR05 counts those whose end date plus six months (to the
 *   end of a shorter month) falls in it.
 * Unanswered questions are counted as missing, never guessed. All in SQL:
 * one aggregate per side, grouped by gender.
 */

type Row = { gender: Gender } & Record<string, number | string>;

const outputCodes = ['EECO01', 'EECO02', 'EECO03', 'EECO04', 'EECO05', 'EECO06', 'EECO07', 'EECO08', 'EECO09', 'EECO10', 'EECO11'] as const;
const resultCodes = ['EECR01', 'EECR02', 'EECR03', 'EECR04', 'EECR05'] as const;

/** The period's entrants and their entry month: first attended month in the period (read up to its end only). */
const entryOf = (from: string, to: string) => sql`
    entry as (
      select participant_id, min(month) as month from participant_month_hours
      where month <= substr(${to}, 1, 7)
      group by participant_id
      having min(month) || '-01' >= ${from}
    )`;

async function entrants(db: Kysely<Database>, from: string, to: string): Promise<Row[]> {
  const { rows } = await sql<Row>`
    with ${entryOf(from, to)},
    entrant as (
      select p.gender, cast(substr(e.month, 1, 4) as integer) - p.birth_year as age, i.employment_status as work, i.isced_level as isced
      from entry e
      join participants p on p.id = e.participant_id and p.deleted_at is null
      left join participant_indicators i on i.participant_id = p.id and i.deleted_at is null
    )
    select gender,
      count(*) as EECO01,
      coalesce(sum(work in ('arbetslos', 'langtidsarbetslos')), 0) as EECO02,
      coalesce(sum(work = 'langtidsarbetslos'), 0) as EECO03,
      coalesce(sum(work = 'inaktiv'), 0) as EECO04,
      coalesce(sum(work in ('anstalld', 'egenforetagare')), 0) as EECO05,
      coalesce(sum(age < 18), 0) as EECO06,
      coalesce(sum(age between 18 and 29), 0) as EECO07,
      coalesce(sum(age >= 55), 0) as EECO08,
      coalesce(sum(isced = 'isced_0_2'), 0) as EECO09,
      coalesce(sum(isced = 'isced_3_4'), 0) as EECO10,
      coalesce(sum(isced = 'isced_5_8'), 0) as EECO11,
      sum(work is null or isced is null) as missing
    from entrant group by gender`.execute(db);
  return rows;
}

async function leavers(db: Kysely<Database>, from: string, to: string): Promise<Row[]> {
  // An attended participant: one live attendance row found through attendance_participant, not a scan of the months.
  const { rows } = await sql<Row>`
    with leaver as (
      select p.gender, p.end_date between ${from} and ${to} as leaving,
        date(p.end_date, '+6 months', 'floor') between ${from} and ${to} as six_months,
        i.exit_situation as exit, i.employed_after_six_months as employed
      from participants p
      left join participant_indicators i on i.participant_id = p.id and i.deleted_at is null
      where p.deleted_at is null and p.end_date is not null
        and (p.end_date between ${from} and ${to} or date(p.end_date, '+6 months', 'floor') between ${from} and ${to})
        and exists (select 1 from attendance a where a.participant_id = p.id and a.deleted_at is null)
    )
    select gender,
      coalesce(sum(leaving and exit = 'arbetssokande'), 0) as EECR01,
      coalesce(sum(leaving and exit = 'studier'), 0) as EECR02,
      coalesce(sum(leaving and exit = 'kvalifikation'), 0) as EECR03,
      coalesce(sum(leaving and exit = 'anstalld'), 0) as EECR04,
      coalesce(sum(six_months and employed = 1), 0) as EECR05,
      coalesce(sum(leaving and exit is null), 0) as missing
    from leaver group by gender`.execute(db);
  return rows;
}

function byCode(rows: Row[], codes: readonly IndicatorCode[]): IndicatorCount[] {
  return codes.map((code) => {
    const of = (g: Gender) => rows.filter((r) => r.gender === g).reduce((s, r) => s + Number(r[code] ?? 0), 0);
    const women = of('kvinna');
    const men = of('man');
    const other = of('annat');
    return { code, women, men, other, total: women + men + other };
  });
}

export async function euIndicatorCounts(db: Kysely<Database>, from: string, to: string): Promise<EuIndicatorCounts> {
  const [entry, exit] = await Promise.all([entrants(db, from, to), leavers(db, from, to)]);
  const counts = [...byCode(entry, outputCodes), ...byCode(exit, resultCodes)];
  // Ordered as the regulation lists them, whatever order the two queries answer in.
  counts.sort((a, b) => indicatorCodes.indexOf(a.code) - indicatorCodes.indexOf(b.code));
  return {
    from,
    to,
    counts,
    missingEntry: entry.reduce((s, r) => s + Number(r.missing ?? 0), 0),
    missingExit: exit.reduce((s, r) => s + Number(r.missing ?? 0), 0),
  };
}

export interface CountyEntrants {
  code: string;
  name: string;
  women: number;
  men: number;
  other: number;
}

/** The period's entrants (as EECO01 counts them) per county of their municipality, by gender; counties without entrants are left out. */
export async function entrantsByCounty(db: Kysely<Database>, from: string, to: string): Promise<CountyEntrants[]> {
  const { rows } = await sql<CountyEntrants>`
    with ${entryOf(from, to)}
    select c.code, c.name,
      coalesce(sum(p.gender = 'kvinna'), 0) as women,
      coalesce(sum(p.gender = 'man'), 0) as men,
      coalesce(sum(p.gender = 'annat'), 0) as other
    from entry e
    join participants p on p.id = e.participant_id and p.deleted_at is null
    join municipalities m on m.code = p.municipality_code
    join counties c on c.code = m.county_code
    group by c.code order by c.code`.execute(db);
  return rows.map((r) => ({ ...r, women: Number(r.women), men: Number(r.men), other: Number(r.other) }));
}
