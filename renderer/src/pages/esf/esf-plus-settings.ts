import type { Path } from 'react-hook-form';
import type { EsfSettings } from '../../../../shared/domain/esf';
import { regionCodes, regionOfCounty, type FlatRate, type RegionCode, type RuleSet } from '../../../../shared/domain/esf-plus';
import { formatDecimal, parseDecimal } from './format';

/* The rule set and the ESF+ figures as the settings form holds them: numbers as typed text, a decimal comma allowed. */

export interface EsfPlusFormValues {
  ruleSet: string;
  esfPlus: {
    unitCostDivisor: string;
    annualHourCap: string;
    flatRate: string;
    coFinancingPercentByRegion: Record<RegionCode, string>;
  };
}

/** Named like the server's paths (esfPlus.coFinancingPercentByRegion.SE31), so its messages land on the fields. */
export const esfPlusFieldNames: Path<EsfPlusFormValues>[] = [
  'ruleSet',
  'esfPlus.unitCostDivisor',
  'esfPlus.annualHourCap',
  'esfPlus.flatRate',
  ...regionCodes.map((c) => `esfPlus.coFinancingPercentByRegion.${c}` as const),
];

const plain = (n: number) => formatDecimal(n).replace(/[\s\u00a0]/g, '');

export function esfPlusFormValues(settings: EsfSettings): EsfPlusFormValues {
  const p = settings.esfPlus;
  return {
    ruleSet: settings.ruleSet,
    esfPlus: {
      unitCostDivisor: String(p.unitCostDivisor),
      annualHourCap: String(p.annualHourCap),
      flatRate: p.flatRate,
      coFinancingPercentByRegion: Object.fromEntries(regionCodes.map((c) => [c, plain(p.coFinancingPercentByRegion[c])])) as Record<RegionCode, string>,
    },
  };
}

/** The form's fields back as settings; the rules on the fields have refused what does not parse. */
export function toEsfPlusSettings(v: EsfPlusFormValues): Pick<EsfSettings, 'ruleSet' | 'esfPlus'> {
  const num = (s: string) => parseDecimal(s) ?? Number.NaN;
  return {
    ruleSet: v.ruleSet as RuleSet,
    esfPlus: {
      unitCostDivisor: num(v.esfPlus.unitCostDivisor),
      annualHourCap: num(v.esfPlus.annualHourCap),
      flatRate: v.esfPlus.flatRate as FlatRate,
      coFinancingPercentByRegion: Object.fromEntries(regionCodes.map((c) => [c, num(v.esfPlus.coFinancingPercentByRegion[c])])) as Record<RegionCode, number>,
    },
  };
}

/** The regions in table order: those of the app's counties first (in code order), then the rest; each with the app's counties in it. */
export function regionsInOrder(counties: readonly { code: string; name: string }[]): { code: RegionCode; countyNames: string[] }[] {
  const rows = regionCodes.map((code) => ({ code, countyNames: counties.filter((c) => regionOfCounty(c.code) === code).map((c) => c.name) }));
  return [...rows.filter((r) => r.countyNames.length > 0), ...rows.filter((r) => r.countyNames.length === 0)];
}
