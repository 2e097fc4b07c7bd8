import { Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { linesOfFlatRate, type EsfPlusLine } from '../../../shared/domain/esf-plus';
import { formatInteger } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import { monthInWords } from '../signatures/months';
import { asciiSlug, dataTable, heading, keyValueTable, plainParagraph, reportDocument, shortDate, totalLabel } from './docx-helpers';
import type { EsfPlusClaimData } from './payment-claim-esf-plus-data';
import { attestBlock, costList, financingList } from './payment-claim';
import { num, reportHeader } from './progress-report';
import { formatOre, formatPeriodRange } from './report-format';
import { formatHours } from './time-report';

/*
 * The basis of the payment claim under ESF+ 2021–2027: the eligible costs
 * of the period by line (staff time at the hourly unit cost after the annual
 * cap, the flat rate on it — 40 % for every other cost, or 15 % for the
 * indirect ones with the actual direct costs beside it — and the
 * participants' wage cost), the co-financing each region requires and the
 * ESF+ support claimed, then the lists the lines are summed from, so a
 * reviewer can find every hour and every voucher: the staff's months with
 * their signing, the participants' wage cost per municipality, the actual
 * costs and the financing entries. The figures are esfPlus.outcome's.
 */

const percent = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const count = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const warning = (text: string) => new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: 'Obs! ', bold: true, color: 'C00000' }), new TextRun(text)] });
const note = (text: string) => new Paragraph({ spacing: { before: 120 }, children: [new TextRun(text)] });

/** The appendices in their order (the actual costs only under the 15 % flat rate): the tables refer to them by number. */
function appendices(data: EsfPlusClaimData) {
  const withCosts = data.settings.esfPlus.flatRate === 'indirekta_15';
  const financing = withCosts ? 'Bilaga 3' : 'Bilaga 2';
  return {
    staff: 'Bilaga 1: Personalens tid',
    costs: withCosts ? 'Bilaga 2: Faktiska kostnader' : null,
    financingRef: financing,
    financing: `${financing}: Kontanta medel och övriga bidrag`,
  };
}

function outcomeOf(data: EsfPlusClaimData, line: EsfPlusLine): number {
  return data.money.period.lines.find((l) => l.line === line)?.outcomeOre ?? 0;
}

function costsSection(data: EsfPlusClaimData): FileChild[] {
  const { period: p, settings } = data.money;
  const capped = p.staffHours - p.eligibleStaffHours;
  const participants = data.wages.reduce((s, w) => s + w.participants, 0);
  const counted = data.wages.reduce((s, w) => s + w.countedHours, 0);
  const basis = (line: EsfPlusLine): string => {
    if (line === 'personal') return `${formatHours(p.eligibleStaffHours)} h till timpris${capped > 0 ? ` (${formatHours(capped)} h över årstaket räknas inte)` : ''}, bilaga 1`;
    if (line === 'schablon') return '40 % av personalkostnaden';
    if (line === 'indirekta_15') return '15 % av personalkostnaden';
    if (line === 'deltagarlon') return `${count(participants, 'deltagare', 'deltagare')}, ${formatHours(counted)} h, avsnitt 3`;
    const n = data.actualCosts.filter((c) => c.category === line).length;
    return n === 0 ? 'Inga poster' : `${count(n, 'post', 'poster')}, bilaga 2`;
  };
  const lines = linesOfFlatRate[settings.flatRate];
  const out: FileChild[] = [
    keyValueTable(
      [
        ['Timpris för personal', `Månadskostnad × 12 ÷ ${formatInteger(settings.unitCostDivisor)} (förordning (EU) 2021/1060, art. 55.2)`],
        ['Tak per person och år', `${formatInteger(settings.annualHourCap)} timmar`],
        ['Schablon', translate(`esfPlus.flatRateNotes.${settings.flatRate}`)],
      ],
      32,
    ),
    heading('Kostnader per kostnadsslag', 2),
    dataTable(
      [{ title: 'Kostnadsslag', percent: 34 }, { title: 'Underlag', percent: 42 }, num('Belopp', 24)],
      lines.map((l) => [translate(`esfPlus.lines.${l}`), basis(l), formatOre(outcomeOf(data, l))]),
      { size: 19, total: [totalLabel, 'Stödberättigande kostnader', formatOre(p.eligibleOre)], keepTogether: true },
    ),
  ];
  const covered = data.coveredCosts;
  if (covered.count > 0) {
    out.push(
      note(
        settings.flatRate === 'schablon_40'
          ? covered.count === 1
            ? `Schablonen täcker periodens registrerade kostnad (${formatOre(covered.amountOre)}): den redovisas inte som egen kostnad och finns kvar i bokföringen.`
            : `Schablonen täcker periodens ${formatInteger(covered.count)} registrerade kostnader (${formatOre(covered.amountOre)}): de redovisas inte som egna kostnader och finns kvar i bokföringen.`
          : `${capitalised(count(covered.count, 'registrerad kostnad', 'registrerade kostnader'))} för lön till personal och indirekta kostnader (${formatOre(covered.amountOre)}) ersätts av timpriset och schablonen och redovisas inte.`,
      ),
    );
  }
  if (data.actualCosts.length > 0) out.push(note('De faktiska kostnaderna fördelas på regionerna i proportion till periodens personalkostnad.'));
  return out;
}

function claimSection(data: EsfPlusClaimData): FileChild[] {
  const { period: p, cumulative, grantedEsfOre } = data.money;
  const sum = (pick: (r: (typeof p.regions)[number]) => number) => formatOre(p.regions.reduce((s, r) => s + pick(r), 0));
  const cash = data.financingEntries.filter((f) => f.source === 'kontanta_medel').reduce((s, f) => s + f.amountOre, 0);
  const inKind = data.financingEntries.filter((f) => f.source === 'bidrag_annat_an_pengar').reduce((s, f) => s + f.amountOre, 0);
  const wage = outcomeOf(data, 'deltagarlon');
  const left = grantedEsfOre - cumulative.esfOre;
  const share = grantedEsfOre > 0 ? ` (${percent.format(Math.round((cumulative.esfOre / grantedEsfOre) * 10_000) / 100)} %)` : '';
  return [
    plainParagraph('Kostnaderna hör till regionen där personalen och deltagarna har sin kommun. Kravet på medfinansiering är regionens andel av de stödberättigande kostnaderna; ESF+ betalar resten.', { keepNext: true }),
    p.regions.length === 0
      ? plainParagraph('Inga stödberättigande kostnader under perioden.')
      : dataTable(
          [{ title: 'Region', percent: 22 }, num('Stödberättigande', 24), num('Krav', 10), num('Medfinansiering', 22), num('Sökt ESF+-stöd', 22)],
          p.regions.map((r) => [r.regionName, formatOre(r.eligibleOre), `${percent.format(r.coFinancingPercent)} %`, formatOre(r.coFinancingOre), formatOre(r.esfOre)]),
          { size: 19, total: [totalLabel, sum((r) => r.eligibleOre), '', sum((r) => r.coFinancingOre), sum((r) => r.esfOre)], keepTogether: true },
        ),
    heading('Registrerad medfinansiering', 2),
    dataTable(
      [{ title: 'Medfinansiering', percent: 52 }, { title: 'Underlag', percent: 24 }, num('Belopp', 24)],
      [
        ['Deltagarnas lönekostnad (offentligt bidrag i annat än pengar)', 'Avsnitt 3', formatOre(wage)],
        [translate('esf.financingSources.kontanta_medel'), appendices(data).financingRef, formatOre(cash)],
        ['Övriga bidrag i annat än pengar', appendices(data).financingRef, formatOre(inKind)],
      ],
      { size: 19, total: [totalLabel, '', formatOre(p.recordedCoFinancingOre)], keepTogether: true },
    ),
    p.recordedCoFinancingOre >= p.coFinancingOre
      ? note(`Den registrerade medfinansieringen täcker kravet på ${formatOre(p.coFinancingOre)}.`)
      : warning(`Den registrerade medfinansieringen (${formatOre(p.recordedCoFinancingOre)}) är mindre än kravet (${formatOre(p.coFinancingOre)}).`),
    heading('ESF+-stöd hittills mot beslutet', 2),
    keyValueTable(
      [
        ['Sökt ESF+-stöd för perioden', formatOre(p.esfOre)],
        ['Stödberättigande kostnader hittills', formatOre(cumulative.eligibleOre)],
        ['Medfinansiering hittills (krav)', formatOre(cumulative.coFinancingOre)],
        ['Registrerad medfinansiering hittills', formatOre(cumulative.recordedCoFinancingOre)],
        ['ESF+-stöd hittills', `${formatOre(cumulative.esfOre)}${grantedEsfOre > 0 ? ` av beviljade ${formatOre(grantedEsfOre)}${share}` : ''}`],
        ...(grantedEsfOre > 0 ? [['Återstår av beviljat stöd', left >= 0 ? formatOre(left) : `Inget – ${formatOre(-left)} över det beviljade`] as const] : []),
      ],
      40,
    ),
  ];
}

function wageSection(data: EsfPlusClaimData): FileChild[] {
  const { settings, wages } = data;
  const rounding = settings.rounding === 'hela_timmar_nedat' ? 'Endast hela timmar räknas (avrundat nedåt per deltagare och månad)' : 'Exakta timmar (kvartstimmar räknas)';
  const po = data.overheadByYear.map((y) => `${percent.format(y.percent)} %${data.overheadByYear.length > 1 ? ` (${y.year})` : ''}`).join(', ');
  const missing = wages.reduce((s, w) => s + w.missingSalary, 0);
  const out: FileChild[] = [
    keyValueTable(
      [
        ['Beräkning', 'Per deltagare och månad: timmar × månadslön × 12 × (1 + PO-pålägg) ÷ årsarbetstid, avrundat till hela ören'],
        ['PO-pålägg', po || '–'],
        ['Årsarbetstid', `${formatInteger(settings.annualWorkingHours)} timmar`],
        ['Avrundning', rounding],
        ['Redovisas som', 'Stödberättigande kostnad vid sidan av schablonen (förordning (EU) 2021/1060, art. 56.2) och offentlig medfinansiering i annat än pengar'],
      ],
      32,
    ),
    missing > 0
      ? warning(`${count(missing, 'deltagare saknar', 'deltagare saknar')} månadslön. Deras timmar ingår i timmarna men inte i beloppet; komplettera lönerna före utbetalningsansökan.`)
      : note('Alla deltagare med timmar under perioden har månadslön angiven.'),
    heading('Lönekostnad per kommun', 2),
  ];
  if (wages.length === 0) return [...out, plainParagraph('Inga deltagartimmar under perioden.')];
  const total = (pick: (w: (typeof wages)[number]) => number) => wages.reduce((s, w) => s + pick(w), 0);
  // Whole hours only: the hours that count stand beside the attended ones; with exact hours they are the same.
  const rounded = settings.rounding === 'hela_timmar_nedat';
  const columns = [{ title: 'Kommun', percent: rounded ? 20 : 24 }, { title: 'Län', percent: rounded ? 18 : 22 }, num('Deltagare', 14), num('Timmar', rounded ? 12 : 16), ...(rounded ? [num('Räknas', 12)] : []), num('Belopp', 24)];
  const row = (cells: { name: string; county: string; participants: number; hours: number; counted: number; amountOre: number }) => [
    cells.name,
    cells.county,
    formatInteger(cells.participants),
    formatHours(cells.hours),
    ...(rounded ? [formatHours(cells.counted)] : []),
    formatOre(cells.amountOre),
  ];
  return [
    ...out,
    dataTable(
      columns,
      wages.map((w) => row({ name: w.municipalityName, county: w.countyName, participants: w.participants, hours: w.hours, counted: w.countedHours, amountOre: w.amountOre })),
      {
        size: 19,
        total: row({ name: totalLabel, county: '', participants: total((w) => w.participants), hours: total((w) => w.hours), counted: total((w) => w.countedHours), amountOre: total((w) => w.amountOre) }),
      },
    ),
  ];
}

function staffList(data: EsfPlusClaimData): FileChild[] {
  const { staff } = data;
  const divisor = formatInteger(data.settings.esfPlus.unitCostDivisor);
  const intro = plainParagraph(
    `Timpris = månadskostnad × 12 ÷ ${divisor}. Beloppet är de stödberättigande timmarna × månadskostnaden × 12 ÷ ${divisor}, avrundat en gång till hela ören. Taket på ${formatInteger(data.settings.esfPlus.annualHourCap)} timmar gäller per person och kalenderår; årets tidigare månader fyller det först.`,
    { keepNext: true },
  );
  if (staff.length === 0) return [intro, plainParagraph('Ingen registrerad tid för personalen under perioden.')];
  const unsigned = staff.filter((m) => m.signedOn === null).length;
  const sum = (pick: (m: (typeof staff)[number]) => number) => staff.reduce((s, m) => s + pick(m), 0);
  return [
    intro,
    dataTable(
      [
        { title: 'Medarbetare', percent: 24 },
        { title: 'Kommun', percent: 10 },
        // "September 2025" on one line, and a bold sum of a million kronor in Belopp.
        { title: 'Månad', percent: 14 },
        num('Timmar', 7),
        num('Stödberättigande', 15),
        num('Timpris', 8),
        num('Belopp', 13),
        { title: 'Signerad', percent: 9 },
      ],
      staff.map((m) => [
        m.role ? `${m.name} (${m.role})` : m.name,
        m.municipalityName,
        capitalised(monthInWords(m.month)),
        formatHours(m.hours),
        formatHours(m.eligibleHours),
        formatOre(m.hourlyCostOre),
        formatOre(m.amountOre),
        m.signedOn ? shortDate(m.signedOn) : 'Ej signerad',
      ]),
      {
        size: 18,
        landscape: true,
        total: [
          totalLabel,
          count(new Set(staff.map((m) => m.staffId)).size, 'person', 'personer'),
          count(staff.length, 'månad', 'månader'),
          formatHours(sum((m) => m.hours)),
          formatHours(sum((m) => m.eligibleHours)),
          '',
          formatOre(sum((m) => m.amountOre)),
          unsigned === 0 ? 'Alla' : `${formatInteger(unsigned)} ej`,
        ],
      },
    ),
  ];
}

export function buildEsfPlusClaimDocument(data: EsfPlusClaimData) {
  const { period, settings } = data;
  const p = data.money.period;
  const names = appendices(data);
  return reportDocument({
    title: `Underlag för ansökan om utbetalning – ${period.name}`,
    footerText: `Underlag för ansökan om utbetalning · ${period.name}${settings.caseNumber ? ` · ${settings.caseNumber}` : ''}`,
    draft: data.readiness.ready ? null : data.readiness,
    children: [
      heading('Underlag för ansökan om utbetalning', 'title'),
      reportHeader(data, [
        ['Redovisningsperiod', `${formatPeriodRange(period.startDate, period.endDate)} (${period.name})`],
        ['Redovisnings-ID', settings.caseNumber ? data.reportId : 'Saknas – diarienummer ej angivet'],
        ['Stödberättigande kostnader', formatOre(p.eligibleOre)],
        ['Sökt ESF+-stöd', formatOre(p.esfOre)],
      ]),
      heading('1. Stödberättigande kostnader', 1),
      ...costsSection(data),
      heading('2. Medfinansiering och sökt ESF+-stöd', 1),
      ...claimSection(data),
      heading('3. Deltagarnas lönekostnad', 1),
      ...wageSection(data),
      ...attestBlock(),
    ],
    landscape: [
      heading(names.staff, 1),
      ...staffList(data),
      ...(names.costs
        ? [
            heading(names.costs, 1, { newPage: true }),
            plainParagraph('De kostnader som räknas vid sidan av schablonen på 15 %: köp av tjänst, lokal, resa, materiel och ersättning till deltagare.', { keepNext: true }),
            ...costList({ costs: data.actualCosts }),
          ]
        : []),
      heading(names.financing, 1, { newPage: true }),
      ...financingList(data),
    ],
  });
}

export async function buildEsfPlusClaimDocx(data: EsfPlusClaimData): Promise<Buffer> {
  return Packer.toBuffer(buildEsfPlusClaimDocument(data));
}

/** The same name as the 2012 claim's: `utbetalningsunderlag-2025-kvartal-2.docx`. */
export function esfPlusClaimFileName(data: EsfPlusClaimData): string {
  return `utbetalningsunderlag-${asciiSlug(data.period.name, 'period')}.docx`;
}
