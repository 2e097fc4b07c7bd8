export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface RoadSettings {
  /** Road distance over great-circle distance; Swedish rural roads wind, ~1.3 is typical. */
  roadFactor?: number;
  speedKmh?: number;
}

export interface RoadLeg {
  km: number;
  minutes: number;
}

/** IUGG mean Earth radius. */
const EARTH_RADIUS_KM = 6371.0088;

const toRad = (deg: number): number => (deg * Math.PI) / 180;

export function greatCircleKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  // Clamped: rounding can push h a hair above 1 for antipodal points, and asin would return NaN.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function roadLeg(a: GeoPoint, b: GeoPoint, settings: RoadSettings = {}): RoadLeg {
  const { roadFactor = 1.3, speedKmh = 70 } = settings;
  const rawKm = greatCircleKm(a, b) * roadFactor;
  // Minutes come from the unrounded distance so the rounding of km never shifts a leg by a minute.
  // The epsilon keeps float noise (e.g. 60.000000001) from adding a whole minute.
  const minutes = Math.ceil((rawKm / speedKmh) * 60 - 1e-9);
  return { km: Math.round(rawKm * 10) / 10, minutes: Math.max(0, minutes) };
}

/** Symmetric matrix of road legs; the diagonal is a zero leg. */
export function distanceMatrix(points: readonly GeoPoint[], settings: RoadSettings = {}): RoadLeg[][] {
  const n = points.length;
  const matrix: RoadLeg[][] = Array.from({ length: n }, () => new Array<RoadLeg>(n));
  for (let i = 0; i < n; i++) {
    matrix[i]![i] = { km: 0, minutes: 0 };
    for (let j = i + 1; j < n; j++) {
      const leg = roadLeg(points[i]!, points[j]!, settings);
      matrix[i]![j] = leg;
      matrix[j]![i] = { ...leg };
    }
  }
  return matrix;
}
