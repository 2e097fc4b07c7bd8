import type { Faker } from '@faker-js/faker';
import type { EmploymentStatus, ExitSituation, IscedLevel } from '../../../../shared/domain/eu-indicators';
import type { Clock } from '../../clock';
import { naturalId, newId } from '../../ids';
import { generateLibraries, type SeedMunicipality } from '../generate';
import { esfPlusViewDate } from './calendar';
import { tableWrite, type TableWrite } from './write';

/*
 * The libraries of the three counties and their staff taking part: about
 * seven in ten of the staff, in three intakes (spring 2024, January 2025,
 * August 2025). Of the first intake about half finished in June 2025 with
 * their exit results; a few left early. No personnummer: made-up people get
 * no real-looking identity numbers. The EU indicators at entry were asked
 * of nearly everyone; some answers are missing, as in a real project.
 */

export interface DemoMunicipality extends SeedMunicipality {
  countyCode: string;
}

export type Intake = 'var_2024' | 'jan_2025' | 'aug_2025';

export interface DemoParticipant {
  id: string;
  countyCode: string;
  municipalityCode: string;
  isChief: boolean;
  intake: Intake;
  startDate: string;
  endDate: string | null;
}

/** Library staff in the 39 municipalities; about 70 % of them take part. */
const libraryStaff = 420;
const takingPart = 0.7;

const intakeStart: Record<Intake, (county: string) => string> = {
  // Uppsala län joined a month after the two counties of Norra Mellansverige.
  var_2024: (county) => (county === '03' ? '2024-04-01' : '2024-03-01'),
  jan_2025: () => '2025-01-13',
  aug_2025: () => '2025-08-18',
};

const roles = ['Bibliotekarie', 'Bibliotekarie', 'Bibliotekarie', 'Barnbibliotekarie', 'Biblioteksassistent', 'Biblioteksassistent', 'Biblioteksassistent'] as const;

/** Monthly salary in kronor (before the employer's contributions), in hundreds as a payroll has them. */
function salaryOf(faker: Faker, role: string): number {
  const [low, high] = role === 'Bibliotekschef' ? [440, 565] : role === 'Biblioteksassistent' ? [268, 318] : [305, 385];
  return faker.number.int({ min: low, max: high }) * 100;
}

function iscedOf(faker: Faker, role: string): IscedLevel | null {
  if (faker.number.float() < 0.05) return null;
  if (role === 'Biblioteksassistent') return faker.number.float() < 0.55 ? 'isced_3_4' : 'isced_5_8';
  return faker.number.float() < 0.04 ? 'isced_3_4' : 'isced_5_8';
}

/** Who left, when and how: most of the first intake who finished got a course certificate (a qualification). */
function leaving(faker: Faker, intake: Intake): { endDate: string; exit: ExitSituation | null } | null {
  if (intake !== 'var_2024') return null;
  const r = faker.number.float();
  if (r < 0.04) return { endDate: faker.helpers.arrayElement(['2024-10-31', '2025-02-28']), exit: faker.helpers.arrayElement(['anstalld', 'ingen_forandring'] as const) };
  if (r < 0.5) return { endDate: '2025-06-30', exit: faker.number.float() < 0.08 ? null : faker.helpers.weightedArrayElement([{ weight: 8, value: 'kvalifikation' as const }, { weight: 2, value: 'ingen_forandring' as const }]) };
  return null;
}

/** A surname; faker's double names may repeat a part ("Andreasson Andreasson"), which no one is called. */
export function surname(faker: Faker): string {
  const name = faker.person.lastName();
  const [first, second] = name.split(' ');
  return second !== undefined && (second === first || first!.startsWith(second) || second.startsWith(first!)) ? first! : name;
}

/** Six months after leaving, by the view date: the answer is in for those who left early enough. */
const sixMonthsAsked = (endDate: string) => endDate <= '2025-04-15' && endDate < esfPlusViewDate;

export function buildPeople(
  faker: Faker,
  clock: Clock,
  now: string,
  municipalities: readonly DemoMunicipality[],
): { writes: TableWrite[]; people: DemoParticipant[]; unitNames: Map<string, string> } {
  const { units, contacts } = generateLibraries(municipalities, libraryStaff, 2024);
  const countyOf = new Map(municipalities.map((m) => [m.code, m.countyCode]));
  const stamp = { created_at: now, updated_at: now, deleted_at: null };
  const unitIds = units.map(() => newId(clock));
  const unitRows = units.map((u, i) => ({
    id: unitIds[i]!,
    municipality_code: u.municipalityCode,
    name: u.name,
    kind: u.kind,
    street_address: u.streetAddress,
    postal_code: u.postalCode,
    city: u.city,
    staff_count: u.staffCount,
    ...stamp,
  }));
  const contactRows = contacts.map((c) => ({
    id: newId(clock),
    municipality_code: c.municipalityCode,
    library_unit_id: c.unitIndex === null ? null : unitIds[c.unitIndex]!,
    name: c.name,
    role: c.role === 'Kontaktperson KUB' ? 'Kontaktperson i projektet' : c.role,
    email: c.email,
    phone: c.phone,
    ...stamp,
  }));

  const people: DemoParticipant[] = [];
  const participantRows: TableWrite<'participants'>['rows'] = [];
  const indicatorRows: TableWrite<'participant_indicators'>['rows'] = [];
  let withoutSalary = 0;
  for (const [i, unit] of units.entries()) {
    const county = countyOf.get(unit.municipalityCode)!;
    for (let k = 0; k < unit.staffCount; k++) {
      // The head of the main library is the municipality's bibliotekschef, and nearly always takes part.
      const isChief = unit.kind === 'huvudbibliotek' && k === 0;
      if (faker.number.float() >= (isChief ? 0.9 : takingPart)) continue;
      const role = isChief ? 'Bibliotekschef' : faker.helpers.arrayElement(roles);
      const woman = faker.number.float() < 0.8;
      const intake: Intake = isChief ? 'var_2024' : faker.helpers.weightedArrayElement([{ weight: 55, value: 'var_2024' as const }, { weight: 33, value: 'jan_2025' as const }, { weight: 12, value: 'aug_2025' as const }]);
      const left = leaving(faker, intake);
      const id = newId(clock);
      // Two of the newest have not handed in their salary yet: the readiness check asks for it.
      const missingSalary = intake === 'aug_2025' && withoutSalary < 2 && faker.number.float() < 0.3;
      if (missingSalary) withoutSalary++;
      const startDate = intakeStart[intake](county);
      people.push({ id, countyCode: county, municipalityCode: unit.municipalityCode, isChief, intake, startDate, endDate: left?.endDate ?? null });
      participantRows.push({
        id,
        first_name: faker.person.firstName(woman ? 'female' : 'male'),
        last_name: surname(faker),
        gender: woman ? 'kvinna' : 'man',
        birth_year: faker.number.int({ min: 1961, max: 1999 }),
        personnummer: null,
        municipality_code: unit.municipalityCode,
        library_unit_id: unitIds[i]!,
        role,
        employment_rate: isChief ? 100 : faker.helpers.arrayElement([75, 80, 100, 100, 100]),
        monthly_salary: missingSalary ? null : salaryOf(faker, role),
        start_date: startDate,
        end_date: left?.endDate ?? null,
        erased_at: null,
        ...stamp,
      });
      // About one in twelve never answered the entry questions.
      if (faker.number.float() < 0.08) continue;
      const employment: EmploymentStatus | null = faker.number.float() < 0.02 ? null : 'anstalld';
      indicatorRows.push({
        id: naturalId('participant_indicators', id),
        participant_id: id,
        employment_status: employment,
        isced_level: iscedOf(faker, role),
        exit_situation: left?.exit ?? null,
        employed_after_six_months: left && sixMonthsAsked(left.endDate) ? (faker.number.float() < 0.94 ? 1 : 0) : null,
        ...stamp,
      });
    }
  }
  return {
    writes: [
      tableWrite('library_units', unitRows),
      tableWrite('contacts', contactRows),
      tableWrite('participants', participantRows),
      tableWrite('participant_indicators', indicatorRows),
    ],
    people,
    unitNames: new Map(units.filter((u) => u.kind === 'huvudbibliotek').map((u) => [u.municipalityCode, u.name])),
  };
}
