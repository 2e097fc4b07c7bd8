import { Faker, sv, base } from '@faker-js/faker';
import type { LibraryUnitKind } from '../../../shared/domain/municipalities';
import reference from '../../../resources/reference/localities.json';

/** The real places of each of the 49 municipalities, seat first (built by scripts/build-localities.ts from GeoNames). */
export const municipalityLocalities: Readonly<Record<string, readonly string[]>> = reference.localities;

/**
 * The first three digits of postal codes in each county, so an address reads
 * as one from there (Uppsala län 74–75, Värmland 65–68, Dalarna 77–79,
 * Gävleborg 80–82); the last two are random.
 */
const postalPrefixes: Record<string, readonly [number, number]> = {
  '03': [740, 759],
  '17': [650, 689],
  '20': [770, 799],
  '21': [800, 829],
};

export interface SeedMunicipality {
  code: string;
  name: string;
  seat: string;
}

export interface GeneratedUnit {
  municipalityCode: string;
  name: string;
  kind: LibraryUnitKind;
  streetAddress: string;
  postalCode: string;
  city: string;
  staffCount: number;
}

export interface GeneratedContact {
  municipalityCode: string;
  /** Index into the generated units, or null for a municipality-wide contact. */
  unitIndex: number | null;
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface GeneratedLibraries {
  units: GeneratedUnit[];
  contacts: GeneratedContact[];
}

function slug(s: string): string {
  return s
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Synthetic libraries and people, deterministic for a seed. The places are
 * real (each unit in a locality of its own municipality, the postal code
 * plausible for the county, the street made up); nobody here is real: names
 * come from a generator, e-mail goes to the reserved `.example`
 * domain and phone numbers to the range PTS reserves for fiction
 * (070-174 06 05 – 070-174 06 99).
 */
export function generateLibraries(
  municipalities: readonly SeedMunicipality[],
  totalStaff: number,
  seed: number,
  localities: (code: string) => readonly string[] | undefined = (code) => municipalityLocalities[code],
): GeneratedLibraries {
  const faker = new Faker({ locale: [sv, base], seed });
  const units: GeneratedUnit[] = [];
  const contacts: GeneratedContact[] = [];
  const perMunicipality = totalStaff / municipalities.length;
  // Whole staff per municipality that add up to exactly totalStaff.
  const quotaOf = (i: number) =>
    Math.floor((totalStaff * (i + 1)) / municipalities.length) - Math.floor((totalStaff * i) / municipalities.length);

  municipalities.forEach((m, i) => {
    const quota = Math.max(1, quotaOf(i));
    const wantedBranches = faker.number.int({ min: 0, max: Math.max(1, Math.round(perMunicipality / 6)) });
    const hasBus = faker.datatype.boolean({ probability: 0.3 }) && quota > 2;
    const known = localities(m.code);
    // A branch stands in a real place of the municipality other than the seat, so there are at most as many
    // branches as such places. Municipalities outside the reference data (the bench's made-up ones) get made-up places.
    const places = known ? known.filter((p) => p !== m.seat) : null;
    // Every unit has at least one person; the main library keeps at least one.
    const branchCount = Math.min(wantedBranches, quota - 1 - (hasBus ? 1 : 0), places ? places.length : Number.POSITIVE_INFINITY);
    const others = branchCount + (hasBus ? 1 : 0);
    const mainStaff = others === 0 ? quota : Math.min(quota - others, Math.max(1, Math.round(quota * faker.number.float({ min: 0.35, max: 0.7 }))));
    const rest = quota - mainStaff;
    const share = (k: number) => Math.floor(rest / others) + (k < rest % others ? 1 : 0);
    const [low, high] = postalPrefixes[m.code.slice(0, 2)] ?? [600, 829];
    const postal = () => `${faker.number.int({ min: low, max: high })} ${faker.string.numeric(2)}`;
    // faker's own street address numbers run into the hundreds; a library on a Swedish street has a small one.
    const street = () => `${faker.location.street()} ${faker.number.int({ min: 1, max: 48 })}`;
    // The chosen places keep the reference order (alphabetical), so the unit list reads naturally.
    const branchPlaces = places
      ? faker.helpers.arrayElements(places, branchCount).sort((a, b) => places.indexOf(a) - places.indexOf(b))
      : Array.from({ length: branchCount }, () => faker.location.city());

    const mainIndex = units.length;
    units.push({
      municipalityCode: m.code,
      name: `${m.seat} ${m.name === m.seat ? 'stadsbibliotek' : 'huvudbibliotek'}`,
      kind: 'huvudbibliotek',
      streetAddress: street(),
      postalCode: postal(),
      city: m.seat,
      staffCount: mainStaff,
    });
    for (const [b, place] of branchPlaces.entries()) {
      units.push({
        municipalityCode: m.code,
        name: `${place} bibliotek`,
        kind: 'filial',
        streetAddress: street(),
        postalCode: postal(),
        city: place,
        staffCount: share(b),
      });
    }
    if (hasBus) {
      units.push({
        municipalityCode: m.code,
        name: `Bokbussen ${m.name}`,
        kind: 'bokbuss',
        streetAddress: street(),
        postalCode: postal(),
        city: m.seat,
        staffCount: share(branchCount),
      });
    }

    const domain = `${slug(m.name)}.example`;
    const person = (role: string, unitIndex: number | null): GeneratedContact => {
      const first = faker.person.firstName();
      const last = faker.person.lastName();
      return {
        municipalityCode: m.code,
        unitIndex,
        name: `${first} ${last}`,
        role,
        email: `${slug(first)}.${slug(last)}@${domain}`,
        phone: `070-174 06 ${faker.number.int({ min: 5, max: 99 }).toString().padStart(2, '0')}`,
      };
    };
    contacts.push(person('Bibliotekschef', mainIndex));
    contacts.push(person('Kontaktperson KUB', null));
  });

  return { units, contacts };
}
