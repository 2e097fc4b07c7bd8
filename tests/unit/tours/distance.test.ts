import { describe, expect, it } from 'vitest';
import { distanceMatrix, greatCircleKm, roadLeg } from '../../../electron/core/tours/distance';

const karlstad = { lat: 59.3793, lon: 13.5036 };
const torsby = { lat: 60.1342, lon: 13.004 };

describe('greatCircleKm', () => {
  it('puts Karlstad–Torsby at about 88 km', () => {
    expect(greatCircleKm(karlstad, torsby)).toBeGreaterThan(87);
    expect(greatCircleKm(karlstad, torsby)).toBeLessThan(89);
  });

  it('is zero for the same point and symmetric', () => {
    expect(greatCircleKm(karlstad, karlstad)).toBe(0);
    expect(greatCircleKm(torsby, karlstad)).toBeCloseTo(greatCircleKm(karlstad, torsby), 10);
  });

  it('makes one degree of latitude about 111.2 km', () => {
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.195, 2);
  });
});

describe('roadLeg', () => {
  it('applies the default road factor 1.3 and rounds km to 0.1', () => {
    const leg = roadLeg(karlstad, torsby);
    expect(leg.km).toBe(Math.round(greatCircleKm(karlstad, torsby) * 1.3 * 10) / 10);
  });

  it('applies the default speed 70 km/h and rounds minutes up', () => {
    const raw = greatCircleKm(karlstad, torsby) * 1.3;
    expect(roadLeg(karlstad, torsby).minutes).toBe(Math.ceil((raw / 70) * 60));
  });

  it('honours a custom road factor and speed', () => {
    const raw = greatCircleKm(karlstad, torsby);
    const leg = roadLeg(karlstad, torsby, { roadFactor: 1, speedKmh: 60 });
    expect(leg.km).toBe(Math.round(raw * 10) / 10);
    expect(leg.minutes).toBe(Math.ceil(raw));
  });

  it('rounds any started minute up, but not an exact one', () => {
    const oneDegree = greatCircleKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 });
    // Speed chosen so the leg takes exactly 60 minutes, then a hair slower.
    expect(roadLeg({ lat: 0, lon: 0 }, { lat: 1, lon: 0 }, { roadFactor: 1, speedKmh: oneDegree }).minutes).toBe(60);
    expect(roadLeg({ lat: 0, lon: 0 }, { lat: 1, lon: 0 }, { roadFactor: 1, speedKmh: oneDegree * 0.999 }).minutes).toBe(61);
  });

  it('is a zero leg between identical points', () => {
    expect(roadLeg(karlstad, karlstad)).toEqual({ km: 0, minutes: 0 });
  });
});

describe('distanceMatrix', () => {
  it('is square, symmetric, zero on the diagonal and built from roadLeg', () => {
    const points = [karlstad, torsby, { lat: 60.6065, lon: 15.6355 }];
    const m = distanceMatrix(points, { roadFactor: 1.2, speedKmh: 80 });
    expect(m).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      expect(m[i]).toHaveLength(3);
      expect(m[i]![i]).toEqual({ km: 0, minutes: 0 });
      for (let j = 0; j < 3; j++) {
        expect(m[i]![j]).toEqual(m[j]![i]);
        if (i !== j) expect(m[i]![j]).toEqual(roadLeg(points[i]!, points[j]!, { roadFactor: 1.2, speedKmh: 80 }));
      }
    }
  });

  it('is empty for no points', () => {
    expect(distanceMatrix([])).toEqual([]);
  });
});
