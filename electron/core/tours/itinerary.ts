import type {
  BuildItineraryInput,
  DayRules,
  Itinerary,
  ItineraryDay,
  TourLegInput,
} from '../../../shared/domain/tours';
import { firstWorkday, formatClock, nextWorkday, parseClock } from './itinerary-time';

/* Turns an already ordered route into a day-by-day itinerary. Pure: no clock,
 * no database, so the same route and rules always give the same plan. */

/** Keeps the running day so both planning modes share the bookkeeping. */
class DayPlanner {
  readonly days: ItineraryDay[] = [];
  readonly warnings: string[] = [];
  readonly dayStart: number;
  readonly dayEnd: number;
  date: string;
  clock: number;
  current: ItineraryDay;

  constructor(
    startDate: string,
    readonly rules: DayRules,
    private readonly closedDates?: ReadonlySet<string>,
  ) {
    this.dayStart = parseClock(rules.workdayStart);
    this.dayEnd = parseClock(rules.workdayEnd);
    this.date = firstWorkday(startDate, rules.skipWeekends, closedDates);
    this.clock = this.dayStart;
    this.current = this.blankDay();
  }

  get isEmpty(): boolean {
    return this.current.legs.length === 0 && this.current.visits.length === 0;
  }

  get driven(): number {
    return this.current.drivingMinutes;
  }

  /** Whether driving `drive` minutes more and then being busy until `busyAfter` more fits today. */
  fits(drive: number, busyAfter: number): boolean {
    return this.driven + drive <= this.rules.maxDrivingMinutesPerDay && this.clock + busyAfter <= this.dayEnd;
  }

  drive(from: string, to: string, leg: TourLegInput): void {
    // A SWOT day in the base's own municipality needs no driving, and a 0 km line says nothing.
    if (from === to && leg.km === 0 && leg.minutes === 0) return;
    this.current.legs.push({
      from,
      to,
      km: leg.km,
      minutes: leg.minutes,
      departure: formatClock(this.clock),
      arrival: formatClock(this.clock + leg.minutes),
    });
    this.clock += leg.minutes;
    this.current.km += leg.km;
    this.current.drivingMinutes += leg.minutes;
  }

  visit(stopIndex: number, name: string, minutes: number): void {
    if (minutes > this.dayEnd - this.dayStart) {
      this.warn(`Besöket i ${name} (${minutes} min) är längre än arbetsdagen och slutar efter ${this.rules.workdayEnd}.`);
    }
    this.current.visits.push({ stopIndex, name, start: formatClock(this.clock), end: formatClock(this.clock + minutes) });
    this.clock += minutes;
  }

  endDay(overnight: string | null): void {
    this.current.overnight = overnight;
    this.days.push(this.current);
    this.date = nextWorkday(this.date, this.rules.skipWeekends, this.closedDates);
    this.clock = this.dayStart;
    this.current = this.blankDay();
  }

  /** Every warning carries the date so a reader can find the day it concerns. */
  warn(text: string): void {
    this.warnings.push(`${this.date}: ${text}`);
  }

  private blankDay(): ItineraryDay {
    return { date: this.date, legs: [], visits: [], km: 0, drivingMinutes: 0, overnight: null };
  }
}

function sumLegs(legs: TourLegInput[]): TourLegInput {
  return legs.reduce((acc, leg) => ({ km: acc.km + leg.km, minutes: acc.minutes + leg.minutes }), { km: 0, minutes: 0 });
}

function legAt(legs: TourLegInput[], index: number): TourLegInput {
  const leg = legs[index];
  if (!leg) throw new Error(`Sträcka ${index} saknas.`);
  return leg;
}

/** Within this drive of the base a coordinator sleeps at home rather than in a hotel. */
export const HOME_FOR_THE_NIGHT_MINUTES = 60;

function planWithOvernights(input: BuildItineraryInput, names: string[], planner: DayPlanner): void {
  const { stops, legs, baseLegs, rules } = input;
  const max = rules.maxDrivingMinutesPerDay;
  const n = stops.length;
  const base = input.base.name;
  /** The way home from a stop, when known and short enough to sleep at home. */
  const nearHome = (point: number): TourLegInput | undefined => {
    const home = point >= 1 && point < n ? baseLegs?.[point - 1] : undefined;
    return home && home.minutes <= HOME_FOR_THE_NIGHT_MINUTES ? home : undefined;
  };
  let location = 0;
  let atBase = true;
  for (let point = 1; point <= n + 1; point++) {
    const isHome = point === n + 1;
    // After a night at home the day starts from the base, not from the last stop.
    const leg = atBase && location !== 0 && !isHome ? (baseLegs?.[point - 1] ?? legAt(legs, point - 1)) : legAt(legs, point - 1);
    const visitMinutes = isHome ? 0 : (stops[point - 1]?.visitMinutes ?? rules.visitMinutes);
    const from = atBase ? base : (names[location] ?? '');
    const to = names[point] ?? '';

    if (!planner.isEmpty && !planner.fits(leg.minutes, leg.minutes + visitMinutes)) {
      const home = atBase ? undefined : nearHome(location);
      if (!isHome && home && planner.fits(home.minutes, home.minutes)) {
        if (home.minutes > 0 || home.km > 0) planner.drive(from, base, home);
        planner.endDay(null);
        atBase = true;
        point--;
        continue;
      }
      // Drive on while the working day and the driving limit allow and sleep at the next stop:
      // the next morning then starts with the visit, not with the road.
      if (!isHome && planner.fits(leg.minutes, leg.minutes)) {
        planner.drive(from, to, leg);
        planner.endDay(to);
        planner.visit(point, to, visitMinutes);
        location = point;
        atBase = false;
        continue;
      }
      planner.endDay(atBase ? null : from);
    }
    if (planner.isEmpty && !planner.fits(leg.minutes, leg.minutes + visitMinutes)) {
      // Drive this leg on a day of its own and visit next morning, so a long
      // leg or a long visit never makes the whole tour impossible.
      if (leg.minutes > max) {
        planner.warn(`Sträckan ${from} → ${to} tar ${leg.minutes} min, mer än högst ${max} min körning per dag; den körs ensam den dagen.`);
      }
      if (planner.clock + leg.minutes > planner.dayEnd) {
        planner.warn(`Sträckan ${from} → ${to} ryms inte i arbetsdagen; ankomst efter ${rules.workdayEnd}.`);
      }
      planner.drive(from, to, leg);
      if (!isHome) planner.endDay(to);
    } else {
      planner.drive(from, to, leg);
    }
    if (!isHome) planner.visit(point, to, visitMinutes);
    location = point;
    atBase = false;
  }
  planner.endDay(null);
}

function planDayTrips(input: BuildItineraryInput, names: string[], planner: DayPlanner): void {
  const { stops, legs, baseLegs, rules } = input;
  const n = stops.length;
  const base = input.base.name;
  const outbound = (point: number): TourLegInput =>
    point === 1 ? legAt(legs, 0) : (baseLegs?.[point - 1] ?? sumLegs(legs.slice(0, point)));
  const homebound = (point: number): TourLegInput =>
    point === n ? legAt(legs, n) : (baseLegs?.[point - 1] ?? sumLegs(legs.slice(point)));

  let location = 0;
  for (let point = 1; point <= n; point++) {
    const visitMinutes = stops[point - 1]?.visitMinutes ?? rules.visitMinutes;
    const home = homebound(point);
    let leg = location === 0 ? outbound(point) : legAt(legs, point - 1);
    // The way home is part of today, so it must fit together with the visit.
    const fitsToday = (out: TourLegInput): boolean =>
      planner.fits(out.minutes + home.minutes, out.minutes + visitMinutes + home.minutes);

    if (location !== 0 && !fitsToday(leg)) {
      planner.drive(names[location] ?? '', base, homebound(location));
      planner.endDay(null);
      location = 0;
      leg = outbound(point);
    }
    if (!fitsToday(leg)) {
      planner.warn(
        `${names[point] ?? ''} kan inte nås, besökas och lämnas inom ${rules.workdayStart}–${rules.workdayEnd} ` +
          `med högst ${rules.maxDrivingMinutesPerDay} min körning utan övernattning; dagen överskrids.`,
      );
    }
    planner.drive(names[location] ?? '', names[point] ?? '', leg);
    planner.visit(point, names[point] ?? '', visitMinutes);
    location = point;
  }
  planner.drive(names[location] ?? '', names[n + 1] ?? base, homebound(location));
  planner.endDay(null);
}

export function buildItinerary(input: BuildItineraryInput): Itinerary {
  const { stops, legs, baseLegs, base, rules } = input;
  if (legs.length !== stops.length + 1) {
    throw new Error(`En rutt med ${stops.length} stopp behöver ${stops.length + 1} sträckor, fick ${legs.length}.`);
  }
  if (baseLegs && baseLegs.length !== stops.length) {
    throw new Error(`Sträckorna till och från basen måste vara en per stopp (${stops.length}), fick ${baseLegs.length}.`);
  }
  const planner = new DayPlanner(input.startDate, rules, input.closedDates);
  if (stops.length > 0) {
    const names = [base.name, ...stops.map((stop) => stop.name), (input.end ?? base).name];
    if (rules.overnightAllowed) planWithOvernights(input, names, planner);
    else planDayTrips(input, names, planner);
  }
  const days = planner.days;
  return {
    days,
    totals: {
      km: days.reduce((sum, day) => sum + day.km, 0),
      drivingMinutes: days.reduce((sum, day) => sum + day.drivingMinutes, 0),
      days: days.length,
      overnights: days.filter((day) => day.overnight !== null).length,
    },
    warnings: planner.warnings,
  };
}
