import { describe, expect, it } from 'vitest';
import { coFinancingOre, distributeCap, flatRateOre, halfUp, hourlyUnitCostOre, regionShares, splitProportionally, staffMonthCostOre } from '../../../electron/core/esf-plus/unit-cost';

describe('the ESF+ unit cost', () => {
  it('is the monthly employment cost × 12 ÷ 1 720, to the öre, half up', () => {
    // 42 000 × 12 ÷ 1 720 = 293,0232… kr; 43 000 → 300 kr exactly; 37 500 → 261,6279… kr.
    expect(hourlyUnitCostOre(42_000, 1720)).toBe(29_302);
    expect(hourlyUnitCostOre(43_000, 1720)).toBe(30_000);
    expect(hourlyUnitCostOre(37_500, 1720)).toBe(26_163);
    // Another divisor is a setting: 43 000 × 12 ÷ 1 662 (2014–2020) = 310,469… kr.
    expect(hourlyUnitCostOre(43_000, 1662)).toBe(31_047);
  });

  it('values a month’s hours as one fraction, not as the rounded hourly cost times the hours', () => {
    // 100 h at 37 500: 400 quarters × 37 500 × 1 200 ÷ 6 880 = 2 616 279,07 öre; 100 × 261,63 kr would be 2 616 300.
    expect(staffMonthCostOre(100, 37_500, 1720)).toBe(2_616_279);
    // 0,25 h at 42 000 = 7 325,58… öre; 12,25 h = 358 953,48… öre.
    expect(staffMonthCostOre(0.25, 42_000, 1720)).toBe(7_326);
    expect(staffMonthCostOre(12.25, 42_000, 1720)).toBe(358_953);
    expect(staffMonthCostOre(0, 42_000, 1720)).toBe(0);
  });

  it('rounds a half öre up', () => {
    expect(halfUp(5, 2)).toBe(3);
    expect(halfUp(7, 4)).toBe(2);
    expect(halfUp(5, 4)).toBe(1);
    expect(halfUp(0, 7)).toBe(0);
  });
});

describe('the annual hour cap', () => {
  it('lets the months fill it in calendar order, the month that crosses it counting only up to it', () => {
    const months = [
      { month: '2024-03', hours: 700 },
      { month: '2024-01', hours: 700 },
      { month: '2024-02', hours: 300 },
      { month: '2024-04', hours: 50 },
    ];
    expect(distributeCap(months, 1720)).toEqual([
      { month: '2024-01', hours: 700, eligibleHours: 700 },
      { month: '2024-02', hours: 300, eligibleHours: 300 },
      { month: '2024-03', hours: 700, eligibleHours: 700 },
      { month: '2024-04', hours: 50, eligibleHours: 20 },
    ]);
    expect(distributeCap([{ month: '2024-05', hours: 10.75 }], 10).map((m) => m.eligibleHours)).toEqual([10]);
    expect(distributeCap([{ month: '2024-05', hours: 0.25 }], 1720).map((m) => m.eligibleHours)).toEqual([0.25]);
  });
});

describe('the flat rates and co-financing', () => {
  it('takes 40 % or 15 % of the staff cost, half up', () => {
    expect(flatRateOre(2_616_279, 'schablon_40')).toBe(1_046_512); // 1 046 511,6
    expect(flatRateOre(4_728_925, 'indirekta_15')).toBe(709_339); // 709 338,75
    expect(flatRateOre(0, 'schablon_40')).toBe(0);
  });

  it('asks the region’s rate of the eligible costs and leaves the rest to ESF+', () => {
    expect(coFinancingOre(7_121_366, 46)).toBe(3_275_828); // 3 275 828,36
    expect(coFinancingOre(4_239_493, 46)).toBe(1_950_167); // 1 950 166,78
    expect(coFinancingOre(101, 40.5)).toBe(41); // 40,905
    expect(regionShares(4_632_768, 40)).toEqual({ coFinancingOre: 1_853_107, esfOre: 2_779_661 });
  });
});

describe('a proportional split', () => {
  it('adds up to the total exactly, the öre left over going to the largest remainders', () => {
    // 1 545 678 over 4 728 925 : 16 200 000 = 349 247,98 : 1 196 429,99 → both round up.
    expect(splitProportionally(1_545_678, [4_728_925, 16_200_000])).toEqual([349_248, 1_196_430]);
    // 100 over three equal weights: 33,33 each, the first gets the öre left.
    expect(splitProportionally(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitProportionally(10, [3, 0, 7])).toEqual([3, 0, 7]);
  });

  it('splits a negative total (a credited cost) as the positive one, and keeps everything when no weight counts', () => {
    expect(splitProportionally(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(splitProportionally(55, [0, 0])).toEqual([55, 0]);
    expect(splitProportionally(55, [])).toEqual([]);
  });

  it('stays exact for amounts whose products pass 2^53', () => {
    const parts = splitProportionally(99_999_999_999, [123_456_789_012, 987_654_321_098, 5]);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(99_999_999_999);
    expect(parts[2]).toBe(0);
  });
});
