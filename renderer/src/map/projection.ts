import { geoArea, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
// Imported as text so the shipped boundary file is the single source of truth (no JSON copy).
import boundariesText from '../../../resources/reference/municipalities.geojson?raw';

type Ring = number[][];
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

export interface BoundaryFeature {
  type: 'Feature';
  properties: { code: string; name: string; countyCode: string };
  geometry: Geometry;
}

export interface MapMunicipality {
  code: string;
  name: string;
  countyCode: string;
  /** SVG path `d` attribute. */
  path: string;
  centroid: [number, number];
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface BuiltMap {
  width: number;
  height: number;
  municipalities: MapMunicipality[];
  project(lon: number, lat: number): [number, number] | null;
  routePath(points: GeoPoint[]): string;
}

export interface BuildMapOptions {
  width: number;
  height: number;
  countyCodes?: string[];
  /** Space kept free around the fitted counties, in SVG units. */
  margin?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFeature(value: unknown): value is BoundaryFeature {
  if (!isRecord(value) || !isRecord(value.properties) || !isRecord(value.geometry)) return false;
  const { code, name, countyCode } = value.properties;
  const { type, coordinates } = value.geometry;
  return (
    typeof code === 'string' &&
    typeof name === 'string' &&
    typeof countyCode === 'string' &&
    (type === 'Polygon' || type === 'MultiPolygon') &&
    Array.isArray(coordinates)
  );
}

/**
 * d3-geo is spherical and treats counter-clockwise exterior rings (the RFC 7946 convention) as
 * "everything except this polygon", which would make every path cover the whole globe. Flip any
 * polygon whose area exceeds a hemisphere.
 */
function rewindPolygon(rings: Ring[]): Ring[] {
  const area = geoArea({ type: 'Polygon', coordinates: rings });
  return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
}

function rewind(geometry: Geometry): Geometry {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) };
}

let cachedFeatures: BoundaryFeature[] | undefined;

export function loadBoundaries(): BoundaryFeature[] {
  if (cachedFeatures) return cachedFeatures;
  const parsed: unknown = JSON.parse(boundariesText);
  if (!isRecord(parsed) || !Array.isArray(parsed.features)) throw new Error('Ogiltig gränsfil för kommuner');
  const features: unknown[] = parsed.features;
  cachedFeatures = features.filter(isFeature).map((f) => ({ ...f, geometry: rewind(f.geometry) }));
  return cachedFeatures;
}

const round = (n: number): number => Math.round(n * 10) / 10;

function finitePoint(point: [number, number] | null | undefined): [number, number] | null {
  if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return null;
  return [round(point[0]), round(point[1])];
}

export function buildMap({ width, height, countyCodes, margin = 8 }: BuildMapOptions): BuiltMap {
  const all = loadBoundaries();
  const selected = countyCodes?.length ? all.filter((f) => countyCodes.includes(f.properties.countyCode)) : all;

  // Equal-area conic with standard parallels spanning the four counties (≈59°–62.5° N) keeps
  // relative municipality sizes honest; rotating to 15° E centres the meridian on the region.
  const projection: GeoProjection = geoConicEqualArea().parallels([59, 62.5]).rotate([-15, 0]);
  const inset = Math.max(0, Math.min(margin, width / 2 - 1, height / 2 - 1));
  projection.fitExtent(
    [
      [inset, inset],
      [width - inset, height - inset],
    ],
    { type: 'FeatureCollection', features: selected },
  );
  const pathOf = geoPath(projection).digits(1);

  const project = (lon: number, lat: number): [number, number] | null => finitePoint(projection([lon, lat]));

  const municipalities = selected.map((f): MapMunicipality => {
    const [cx, cy] = pathOf.centroid(f);
    return {
      code: f.properties.code,
      name: f.properties.name,
      countyCode: f.properties.countyCode,
      path: pathOf(f) ?? '',
      centroid: [round(cx), round(cy)],
    };
  });

  const routePath = (points: GeoPoint[]): string =>
    points
      .map((p) => project(p.lon, p.lat))
      .filter((xy): xy is [number, number] => xy !== null)
      .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`)
      .join('');

  return { width, height, municipalities, project, routePath };
}
