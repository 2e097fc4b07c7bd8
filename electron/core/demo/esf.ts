import { lagesrapportTextKeys } from '../../../shared/domain/esf';
import type { ServiceContext } from '../context';
import { DEFAULT_ESF_SETTINGS } from '../esf/settings';
import { newId } from '../ids';

/*
 * The demo project's money and reporting: a diarienummer, a budget per
 * quarter on both sides (expenses and financing), the costs of the training
 * held so far with voucher numbers, the owner's and partners' cash
 * co-financing, and the texts of the first three quarters, so a newcomer's
 * first lägesrapport (2012 Q3) is a complete one.
 */

/** A made-up diarienummer in the form ESF-rådet used (år-nummer). */
export const demoCaseNumber = '2011-3040012';
const quarterlyBudget = [
  ['lon_personal', 240_000],
  ['kop_av_tjanst', 120_000],
  ['lokal', 18_000],
  ['resa', 36_000],
  ['materiel', 6_000],
] as const;

/** Financing per quarter: ESF-stöd, and the owner's and partners' cash; the in-kind line is budgeted from the planned training hours. */
const quarterlyFinancingBudget = [
  ['esf_stod', 300_000],
  ['kontanta_medel', 120_000],
  ['bidrag_annat_an_pengar', 150_000],
] as const;

const costs = [
  ['2012-09-03', 'lon_personal', 78_450.5, 'Region Värmland', 'V2012-0912', 'Projektledare september'],
  ['2012-09-14', 'kop_av_tjanst', 42_000, 'Högskolan i Borås', 'V2012-0927', 'Föreläsare, lärande-spåret'],
  ['2012-09-20', 'lokal', 4_800, 'Gävle kommun', 'V2012-0931', 'Hörsal, stadsbiblioteket'],
  ['2012-09-28', 'resa', 6_312.4, 'SJ', 'V2012-0944', 'Resor till föreläsningar'],
  ['2012-10-03', 'lon_personal', 78_450.5, 'Region Värmland', 'V2012-1003', 'Projektledare oktober'],
  ['2012-10-19', 'kop_av_tjanst', 38_500, 'Folkbildningsförbundet', 'V2012-1029', 'Föreläsare, marknadsföring'],
  ['2012-11-05', 'lon_personal', 78_450.5, 'Region Värmland', 'V2012-1105', 'Projektledare november'],
  ['2012-11-22', 'resa', 9_845, 'Taxi Dalarna', 'V2012-1138', 'Resor till föreläsningar'],
  ['2013-02-12', 'materiel', 3_250, 'Kontorsbolaget', 'V2013-0215', 'Surfplattor för kursen'],
  ['2013-03-15', 'kop_av_tjanst', 45_000, 'Länsbiblioteket', 'V2013-0322', 'Ledarskapsspåret'],
] as const;

/** Cash co-financing (kontanta medel) from the owner and the partner regions and county councils. */
const cash = [
  ['2012-09-28', 'Region Värmland', 40_000, 'V2012-0950', 'Projektägarens andel, kvartal 3'],
  ['2012-09-28', 'Landstinget Dalarna', 15_000, 'V2012-0951', 'Partnerandel, kvartal 3'],
  ['2012-12-14', 'Region Värmland', 40_000, 'V2012-1210', 'Projektägarens andel, kvartal 4'],
  ['2012-12-14', 'Region Gävleborg', 15_000, 'V2012-1211', 'Partnerandel, kvartal 4'],
] as const;

/** What the project manager wrote for the first three quarters (synthetic, in the voice of a KUB report). */
// KUB's lägesrapporter (ESF 2007–2013) have the four texts of their form.
const texts: Record<string, Record<(typeof lagesrapportTextKeys)[number], string>> = {
  '2012-01-01': {
    verksamhet: 'Projektet startade den 1 februari. Projektledningen har tillsatts och styrgruppen har haft sitt första möte. Samordnarna i de fyra länen har planerat besöken i alla 49 kommuner.',
    jamstalldhet: 'Könsfördelningen i projektgruppen och styrgruppen följs upp. Inbjudningarna till SWOT-dagarna riktas till all personal oavsett tjänst.',
    tillganglighet: 'Lokaler för SWOT-dagarna väljs så att de är tillgängliga för alla. Material skickas ut i förväg i digitalt format.',
    avvikelser: 'Inga avvikelser från projektplanen under perioden.',
  },
  '2012-04-01': {
    verksamhet: 'Kartläggningen pågår: SWOT-dagar har hållits i kommunerna i Värmland och Dalarna enligt plan. Varje dag har förberetts på tre nivåer: omvärld, närvärld och invärld.',
    jamstalldhet: 'Deltagarna på SWOT-dagarna redovisas per kön. Både kvinnor och män har deltagit i samtliga grupper.',
    tillganglighet: 'Två SWOT-dagar hölls i lokaler med hörslinga efter önskemål från personalen.',
    avvikelser: 'Två besök i Gävleborg flyttades till augusti på grund av semesterplanering; kartläggningen blir ändå klar inom mobiliseringsfasen.',
  },
  '2012-07-01': {
    verksamhet: 'Mobiliseringsfasen avslutades den 31 augusti med kompetensutvecklingsplaner för kommunerna. Genomförandefasen startade i september med föreläsningar inom spåren lärande, marknadsföring, bemötande och IT, var och en given på flera orter.',
    jamstalldhet: 'Av deltagarna i höstens utbildningar är fyra av fem kvinnor, vilket motsvarar personalens sammansättning. Vi följer upp att män och kvinnor deltar i samma omfattning i förhållande till sin andel av personalen.',
    tillganglighet: 'Föreläsningarna ges på flera orter i varje län för att korta resorna. Presentationerna finns i tillgängligt format efteråt.',
    avvikelser: 'Inga avvikelser från projektplanen under perioden.',
  },
};

export async function fillDemoEsf(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<void> {
  const { db, clock } = ctx;
  const now = clock.now().toISOString();
  const periods = await db
    .selectFrom('reporting_periods')
    .select('id')
    .where('deleted_at', 'is', null)
    .where('start_date', '>=', '2012-07-01')
    .orderBy('start_date')
    .execute();
  const allPeriods = await db.selectFrom('reporting_periods').select(['id', 'start_date']).where('deleted_at', 'is', null).execute();
  await db.transaction().execute(async (trx) => {
    // The decided co-financing rate is a made-up round figure: the real decision's rate is not public.
    const settings = { ...DEFAULT_ESF_SETTINGS, caseNumber: demoCaseNumber, decidedCoFinancingPercent: 50 };
    await trx
      .insertInto('settings')
      .values({ key: 'esf.settings', value: JSON.stringify(settings), updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(settings), updated_at: now }))
      .execute();
    for (const p of periods) {
      for (const [category, kronor] of quarterlyBudget) {
        await trx
          .insertInto('budget_lines')
          .values({ id: newId(clock), period_id: p.id, category, amount_ore: kronor * 100, created_at: now, updated_at: now, deleted_at: null })
          .execute();
      }
      await trx
        .insertInto('budget_lines')
        .values({ id: newId(clock), period_id: p.id, category: 'bidrag_annat_an_pengar', amount_ore: 150_000 * 100, created_at: now, updated_at: now, deleted_at: null })
        .execute();
      for (const [source, kronor] of quarterlyFinancingBudget) {
        await trx
          .insertInto('financing_budget_lines')
          .values({ id: newId(clock), period_id: p.id, source, amount_ore: kronor * 100, created_at: now, updated_at: now, deleted_at: null })
          .execute();
      }
    }
    for (const [date, category, kronor, supplier, voucher, note] of costs) {
      await trx
        .insertInto('costs')
        .values({ id: newId(clock), date, category, amount_ore: Math.round(kronor * 100), supplier, voucher_number: voucher, note, created_at: now, updated_at: now, deleted_at: null })
        .execute();
    }
    for (const [date, financier, kronor, voucher, note] of cash) {
      await trx
        .insertInto('financing_entries')
        .values({ id: newId(clock), date, source: 'kontanta_medel', financier, amount_ore: kronor * 100, voucher_number: voucher, note, created_at: now, updated_at: now, deleted_at: null })
        .execute();
    }
    for (const p of allPeriods) {
      const own = texts[p.start_date];
      if (!own) continue;
      for (const key of lagesrapportTextKeys) {
        await trx
          .insertInto('period_texts')
          .values({ id: newId(clock), period_id: p.id, key, text: own[key], created_at: now, updated_at: now, deleted_at: null })
          .execute();
      }
    }
  });
}
