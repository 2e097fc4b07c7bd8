import { z } from 'zod';
import { isoDate } from './fields';

/*
 * "Visa läget per": the day the date-dependent pages (Översikt, Tidsplan,
 * overdue marks, Nästa steg) are shown as of. Absent means today, so a
 * running project needs nothing; a finished one, or the 2012–2014 demo, can
 * be shown as it stood on a chosen day.
 */

/** The settings row that holds the chosen day: JSON `"2012-10-15"`, or `null` / no row for today. */
export const viewDateSettingKey = 'view.asOf';

export interface ViewDate {
  /** The chosen day, or null when the pages follow today. */
  asOf: string | null;
  /** Today in Europe/Stockholm. */
  today: string;
  /** The day the pages are shown as of: the chosen day, else today. */
  date: string;
}

export const setViewDateInput = z.object({
  /** null goes back to today. */
  asOf: isoDate.nullable(),
});

export type NextStepKey = 'notVisited' | 'swotDaysWithoutPlan' | 'needsWithoutActivity' | 'participantsWithoutSalary';

/** One thing to do next, counted as of the view date, with where it is fixed. */
export interface NextStep {
  key: NextStepKey;
  count: number;
  /** Router path of the page where it is fixed. */
  to: string;
  /** The first few of the counted rows, each with its own page, so the user can start on one at once. */
  examples: { label: string; to: string }[];
}

/** The next lägesrapport due on or after the view date. */
export interface NextReport {
  periodId: string;
  name: string;
  dueDate: string;
  /** Days from the view date to the due date (0 = due that day). */
  daysLeft: number;
  to: string;
}

export interface NextSteps {
  date: string;
  steps: NextStep[];
  /** null when every reporting period's report date has passed. */
  nextReport: NextReport | null;
}

/** How many examples a step carries: enough to start on, short enough for the page. */
export const nextStepExampleLimit = 5;
