import { Faker, base, sv } from '@faker-js/faker';
import { sql } from 'kysely';
import type { ServiceContext } from '../../context';
import { updateEsfSettings } from '../../esf/settings';
import { newId } from '../../ids';
import { setViewDate } from '../../project/view-date';
import { esfPlusViewDate, milestones, phases } from './calendar';
import { buildMoney, buildSettings } from './money';
import { buildPeople, type DemoMunicipality } from './people';
import { buildSignatures } from './signatures';
import { buildStaff } from './staff';
import { buildPeriodTexts } from './texts';
import { buildTheory } from './theory';
import { buildTraining } from './training';
import { tableWrite, writeTables } from './write';

/*
 * The second demo (`--demo esf-plus`): an ESF+ 2021–2027 project of three
 * years, 2024–2026, for the library staff of Värmland and Dalarna (Norra
 * Mellansverige) and Uppsala län (Östra Mellansverige), shown as of
 * 15 October 2025. Synthetic people only, the same data for the same seed.
 */

export { esfPlusViewDate } from './calendar';
export { esfPlusCaseNumber, esfPlusProjectName } from './money';

/** Värmland and Dalarna in Norra Mellansverige (SE31), Uppsala län in Östra Mellansverige (SE12). */
export const esfPlusCounties = ['03', '17', '20'] as const;

const seeds = { people: 2024_01, training: 2024_03, staff: 2024_02, signatures: 2025_10 };

/** Anything a user enters: the demo fills only a project nothing was entered in. */
const enteredTables = ['library_units', 'contacts', 'participants', 'activities', 'project_staff', 'costs', 'financing_entries', 'change_theory_boxes'] as const;

/**
 * Fills an empty project with the ESF+ demo in one transaction, every table
 * written as an import writes it (one sync marker per table). Returns false
 * and changes nothing if anything was entered already.
 */
export async function fillEsfPlusDemo(ctx: Pick<ServiceContext, 'db' | 'clock' | 'statements'>): Promise<boolean> {
  const { clock } = ctx;
  const sqlite = ctx.statements.connection;
  return ctx.db.transaction().execute(async (trx) => {
    for (const table of enteredTables) {
      const found = await sql<{ n: number }>`select exists (select 1 from ${sql.table(table)}) as n`.execute(trx);
      if (found.rows[0]!.n === 1) return false;
    }
    const municipalities: DemoMunicipality[] = await trx
      .selectFrom('municipalities')
      .select(['code', 'name', 'seat', 'county_code as countyCode'])
      .where('county_code', 'in', [...esfPlusCounties])
      .orderBy('code')
      .execute();
    const now = clock.now().toISOString();
    const stamp = { created_at: now, updated_at: now, deleted_at: null };

    const people = buildPeople(new Faker({ locale: [sv, base], seed: seeds.people }), clock, now, municipalities);
    const training = buildTraining(new Faker({ locale: [sv, base], seed: seeds.training }), clock, now, people.people, people.unitNames);
    const money = buildMoney(clock, now, training.plannedHoursByMonth);
    const plan = [
      tableWrite('project_phases', phases.map((p, i) => ({ id: newId(clock), name: p.name, start_date: p.start, end_date: p.end, sort_order: i + 1, ...stamp })), true),
      tableWrite('milestones', milestones.map((m) => ({ id: newId(clock), name: m.name, date: m.date, done: m.done ? (1 as const) : (0 as const), note: m.note, ...stamp })), true),
    ];
    // Parents before children: units before participants, periods before their budget and texts.
    writeTables(
      sqlite,
      [
        ...people.writes,
        ...training.writes,
        ...plan,
        ...money.writes,
        ...buildStaff(new Faker({ locale: [sv, base], seed: seeds.staff }), clock, now),
        buildSignatures(new Faker({ locale: [sv, base], seed: seeds.signatures }), now, training.monthsOf),
        buildPeriodTexts(clock, now, money.periodIds),
        ...buildTheory(clock, now, training.activityIds),
      ],
      now,
    );
    await updateEsfSettings({ ...ctx, db: trx }, buildSettings(money.grantedEsfOre));
    await setViewDate({ db: trx, clock }, esfPlusViewDate);
    return true;
  });
}
