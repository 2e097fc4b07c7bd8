import { z } from 'zod';
import type { ActivityKind, ActivityStatus } from './activities';
import type { ProcessStepMark } from './follow-up';
import type { Milestone, ProjectPhase, ReportingPeriod } from './project';
import type { VisitStatus } from './visits';

/* Everything the Tidsplan (Gantt) shows, in one read. */

export interface TimelineActivity {
  id: string;
  name: string;
  kind: ActivityKind;
  trackId: string | null;
  trackName: string | null;
  status: ActivityStatus;
  start: string;
  end: string;
  /** Live sessions in all. */
  sessionCount: number;
  /**
   * The sessions as the chart marks them, one mark per ISO week, made in
   * SQL: the day (`2012-10-02`) of a week with sessions on one day, else the
   * week's first to last session day as an ISO 8601 interval
   * (`2013-03-11/2013-03-15`). A course of many days is a few marks, not a
   * tick per session.
   */
  sessionWeeks: string[];
  /** Attended hours over all sessions. */
  hours: number;
  /** Planned but its last session has passed, or still running after it. */
  overdue: boolean;
}

export interface TimelineData {
  /** The day the chart is drawn as of: the "Visa läget per" day, else today. */
  today: string;
  /** True when a "Visa läget per" day is chosen, so the line is labelled with it rather than "Idag". */
  asOfChosen: boolean;
  phases: ProjectPhase[];
  milestones: (Milestone & { overdue: boolean })[];
  periods: ReportingPeriod[];
  visits: { id: string; date: string; municipalityName: string; countyCode: string; status: VisitStatus }[];
  activities: TimelineActivity[];
  /** The libraries' development-process steps with a due date, one county's when filtered by county. */
  processSteps: ProcessStepMark[];
}

export const timelineInput = z.object({
  countyCode: z.enum(['03', '17', '20', '21'], { message: 'validation.countyCode' }).optional(),
  trackId: z.uuid({ message: 'validation.id' }).optional(),
});
