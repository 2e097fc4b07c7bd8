import type { Kysely } from 'kysely';
import type { EsfSettings } from '../../../shared/domain/esf';
import { esfSettingsInput } from '../../../shared/domain/esf';
import { regionCodes, type EsfPlusSettings, type RegionCode } from '../../../shared/domain/esf-plus';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';

const KEY = 'esf.settings';

/*
 * ESF+ defaults, each from its source: the hourly rate is the annual
 * employment cost over 1 720 hours (CPR 2021/1060 art. 55.2), and hours over
 * that per person and year are not eligible; the 40 % flat rate (art. 56);
 * krav på medfinansiering 46 %, 40 % in Norra Mellansverige as a transition
 * region (esf.se, "Europeiska socialfonden+ 2021–2027", programområde A).
 * Every figure is a setting: a call may decide otherwise.
 */
export const DEFAULT_ESF_PLUS_SETTINGS: EsfPlusSettings = {
  unitCostDivisor: 1720,
  annualHourCap: 1720,
  flatRate: 'schablon_40',
  coFinancingPercentByRegion: Object.fromEntries(regionCodes.map((c) => [c, c === 'SE31' ? 40 : 46])) as Record<RegionCode, number>,
};

/** KUB's own figures: PO-pålägg 38,46 % for 2013–2014, 1 720 working hours a year, whole hours rounded down. */
export const DEFAULT_ESF_SETTINGS: EsfSettings = {
  ruleSet: 'esf_2007_2013',
  esfPlus: DEFAULT_ESF_PLUS_SETTINGS,
  projectName: 'KUB – Kompetensutveckling bibliotek',
  caseNumber: '',
  projectEmail: '',
  reportIdPattern: '{diarienummer}-{period}',
  periodMonths: 3,
  overheadByYear: { '2012': 38.46, '2013': 38.46, '2014': 38.46 },
  annualWorkingHours: 1720,
  rounding: 'hela_timmar_nedat',
  // KUB's decision: 10 175 437 kr in ESF support (DESIGN.md); the co-financing rate is left for the user to enter.
  grantedEsfOre: 1_017_543_700,
  decidedCoFinancingPercent: 0,
  targets: { participantsWomen: 600, participantsMen: 150, hours: 30_000, activitiesPerTrack: {} },
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function getEsfSettings(db: Kysely<Database>): Promise<EsfSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return DEFAULT_ESF_SETTINGS;
  // A stored value that no longer parses (an older shape, or not JSON at all) falls back to the defaults.
  let stored: unknown;
  try {
    stored = JSON.parse(row.value);
  } catch {
    return DEFAULT_ESF_SETTINGS;
  }
  const given = isRecord(stored) ? stored : {};
  // Nested too: a setting stored before ESF+ existed (or before a region's rate) keeps what it had and gains the defaults.
  const esfPlus = isRecord(given['esfPlus']) ? given['esfPlus'] : {};
  const rates = isRecord(esfPlus['coFinancingPercentByRegion']) ? esfPlus['coFinancingPercentByRegion'] : {};
  const parsed = esfSettingsInput.safeParse({
    ...DEFAULT_ESF_SETTINGS,
    ...given,
    esfPlus: { ...DEFAULT_ESF_PLUS_SETTINGS, ...esfPlus, coFinancingPercentByRegion: { ...DEFAULT_ESF_PLUS_SETTINGS.coFinancingPercentByRegion, ...rates } },
  });
  return parsed.success ? parsed.data : DEFAULT_ESF_SETTINGS;
}

export async function updateEsfSettings(ctx: ServiceContext, input: EsfSettings): Promise<EsfSettings> {
  const now = ctx.clock.now().toISOString();
  const value = JSON.stringify(input);
  await ctx.db
    .insertInto('settings')
    .values({ key: KEY, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
  return getEsfSettings(ctx.db);
}

/** The overhead of a year, or of the nearest earlier year given (a new year keeps last year's rate). */
export function overheadFor(settings: EsfSettings, year: number): number {
  const years = Object.keys(settings.overheadByYear).map(Number).sort((a, b) => a - b);
  const usable = years.filter((y) => y <= year);
  const chosen = usable.at(-1) ?? years[0];
  return chosen === undefined ? 0 : (settings.overheadByYear[String(chosen)] ?? 0);
}

/** "{diarienummer}-{period}" → "2011-3040012-2012 kvartal 3". */
export function reportId(settings: EsfSettings, period: { name: string; startDate: string }): string {
  const quarter = Math.floor((Number(period.startDate.slice(5, 7)) - 1) / 3) + 1;
  return settings.reportIdPattern
    .replaceAll('{diarienummer}', settings.caseNumber)
    .replaceAll('{period}', period.name)
    .replaceAll('{år}', period.startDate.slice(0, 4))
    .replaceAll('{kvartal}', String(quarter));
}
