import { esfSettingsInput, type EsfSettings } from '../../../../shared/domain/esf';
import type { EsfPlusLine } from '../../../../shared/domain/esf-plus';
import type { Clock } from '../../clock';
import { DEFAULT_ESF_PLUS_SETTINGS, DEFAULT_ESF_SETTINGS } from '../../esf/settings';
import { naturalId, newId } from '../../ids';
import { monthsBetween, projectQuarters, type Quarter } from './calendar';
import { staffPlans } from './staff';
import { tableWrite, type TableWrite } from './write';

/*
 * The demo's money under ESF+: the settings (rule set, the 40 % flat rate,
 * the case number and the granted support), the budget per quarter on the
 * three lines the flat rate shows (staff at unit cost, the flat rate, the
 * participants' wage cost), the three regions' cash co-financing and a
 * municipality's premises lent free, and the bought services and travel,
 * recorded though the flat rate covers them.
 */

export const esfPlusProjectName = 'Bibliotekskompetens i Mellansverige';
/** A made-up ärendenummer in the form Svenska ESF-rådet uses (år-nummer). */
export const esfPlusCaseNumber = '2024-00123';

/**
 * PO-pålägg for the participants' wage cost: SKR's rate for municipalities
 * of 2023 (31,42 % lagstadgade avgifter + 0,13 % avtalsförsäkringar +
 * 12,98 % avtalspension = 44,53 %), used for every year of the demo.
 */
const overhead = 44.53;

/** Budgeted participant hours are costed at an average librarian's wage: 33 500 kr a month with PO over 1 720 hours. */
const plannedHourKronor = (33_500 * 12 * (1 + overhead / 100)) / 1720;

export function buildSettings(grantedEsfOre: number): EsfSettings {
  return esfSettingsInput.parse({
    ...DEFAULT_ESF_SETTINGS,
    ruleSet: 'esf_plus_2021_2027',
    esfPlus: { ...DEFAULT_ESF_PLUS_SETTINGS, flatRate: 'schablon_40' },
    projectName: esfPlusProjectName,
    caseNumber: esfPlusCaseNumber,
    projectEmail: 'bibliotekskompetens@regionvarmland.example',
    reportIdPattern: '{diarienummer}-{år}-{kvartal}',
    overheadByYear: { '2024': overhead, '2025': overhead, '2026': overhead },
    // ESF+ counts the attended time as it is, to the quarter hour.
    rounding: 'exakt',
    grantedEsfOre,
    decidedCoFinancingPercent: 0,
    targets: { participantsWomen: 260, participantsMen: 65, hours: 11_000, activitiesPerTrack: {} },
  });
}

const thousand = (kronor: number) => Math.round(kronor / 1000) * 1000;

/** Staff cost planned for a quarter: each month at the share of full time costs that share of the monthly cost (1 720 / 12 hours a month). */
function plannedStaffKronor(q: Quarter): number {
  let sum = 0;
  for (const month of monthsBetween(q.start.slice(0, 7), q.end.slice(0, 7))) {
    for (const plan of staffPlans) if (month >= plan.startDate.slice(0, 7)) sum += plan.monthlyCost * plan.share;
  }
  return thousand(sum);
}

export interface BuiltMoney {
  writes: TableWrite[];
  periodIds: Map<string, string>;
  grantedEsfOre: number;
}

/**
 * Periods (replacing the KUB quarters seeded by migration 0006), the
 * project plan, the ESF+ budget and the co-financing. `plannedHoursByMonth`
 * is the training's planned participant hours.
 */
export function buildMoney(clock: Clock, now: string, plannedHoursByMonth: ReadonlyMap<string, number>): BuiltMoney {
  const stamp = { created_at: now, updated_at: now, deleted_at: null };
  const quarters = projectQuarters();
  const periods = quarters.map((q) => ({ id: newId(clock), name: q.name, start_date: q.start, end_date: q.end, due_date: q.due, ...stamp }));
  const periodIds = new Map(quarters.map((q, i) => [q.start, periods[i]!.id]));

  const budget: TableWrite<'esf_plus_budget_lines'>['rows'] = [];
  let totalBudgetKronor = 0;
  for (const [i, q] of quarters.entries()) {
    const personal = plannedStaffKronor(q);
    const hours = monthsBetween(q.start.slice(0, 7), q.end.slice(0, 7)).reduce((s, m) => s + (plannedHoursByMonth.get(m) ?? 0), 0);
    const lines: [EsfPlusLine, number][] = [
      ['personal', personal],
      ['schablon', personal * 0.4],
      ['deltagarlon', Math.round((hours * plannedHourKronor) / 10_000) * 10_000],
    ];
    for (const [line, kronor] of lines) {
      // No training planned in the quarter (the analysis phase, the closing one): no wage line.
      if (kronor === 0) continue;
      totalBudgetKronor += kronor;
      const periodId = periods[i]!.id;
      budget.push({ id: naturalId('esf_plus_budget_lines', periodId, line), period_id: periodId, line, amount_ore: Math.round(kronor * 100), ...stamp });
    }
  }
  // About two thirds of the project lies in Norra Mellansverige (40 % co-financing), a third in Östra Mellansverige (46 %).
  const grantedEsfOre = Math.round((totalBudgetKronor * 0.58) / 10_000) * 10_000 * 100;

  const financing: TableWrite<'financing_entries'>['rows'] = [];
  for (const q of quarters.filter((x) => x.end <= '2025-09-30')) {
    const [year, quarter] = [q.start.slice(0, 4), q.name.slice(-1)];
    for (const [n, financier, kronor] of [[1, 'Region Värmland', 45_000], [2, 'Region Dalarna', 40_000], [3, 'Region Uppsala', 35_000]] as const) {
      financing.push({
        id: newId(clock), date: q.end, source: 'kontanta_medel', financier, amount_ore: kronor * 100,
        voucher_number: `V${year}-${q.end.slice(5, 7)}${q.end.slice(8)}-${n}`, note: `${n === 1 ? 'Projektägarens' : 'Partnerns'} kontanta insats, kvartal ${quarter}`, ...stamp,
      });
    }
  }
  for (const date of ['2024-06-28', '2025-06-27']) {
    financing.push({
      id: newId(clock), date, source: 'bidrag_annat_an_pengar', financier: 'Uppsala kommun', amount_ore: 8_000 * 100,
      voucher_number: `V${date.slice(0, 4)}-0630-U`, note: 'Lokaler för lärträffarna utan kostnad, första halvåret', ...stamp,
    });
  }

  const costs: TableWrite<'costs'>['rows'] = (
    [
      ['2024-02-15', 'lokal', 3_200, 'Karlstads kommun', 'V2024-0214', 'Lokal för styrgruppens första möte'],
      ['2024-06-28', 'kop_av_tjanst', 180_000, 'Internetstiftelsen', 'V2024-0641', 'Kursen Digital delaktighet, tre län'],
      ['2024-11-29', 'kop_av_tjanst', 95_000, 'Mediemyndigheten', 'V2024-1152', 'MIK i praktiken, tre län'],
      ['2025-03-31', 'kop_av_tjanst', 120_000, 'Upphandlad tillgänglighetskonsult', 'V2025-0338', 'Workshop Bemötande och tillgänglighet'],
      ['2025-04-30', 'kop_av_tjanst', 80_000, 'Högskolan Dalarna', 'V2025-0420', 'Ledarskapskursen, dag 1–3'],
      ['2025-05-23', 'resa', 142_350.5, 'Resebyrån Norden', 'V2025-0517', 'Studieresa Helsingfors: färja och hotell'],
      ['2025-06-13', 'lokal', 6_400, 'Karlstads kommun', 'V2025-0609', 'Hörsal för halvtidskonferensen'],
      ['2025-09-30', 'resa', 18_744, 'Reseräkningar', 'V2025-0925', 'Processledarnas resor, kvartal 3'],
    ] as const
  ).map(([date, category, kronor, supplier, voucher, note]) => ({
    id: newId(clock), date, category, amount_ore: Math.round(kronor * 100), supplier, voucher_number: voucher, note, ...stamp,
  }));

  return {
    writes: [tableWrite('reporting_periods', periods, true), tableWrite('esf_plus_budget_lines', budget), tableWrite('financing_entries', financing), tableWrite('costs', costs)],
    periodIds,
    grantedEsfOre,
  };
}
