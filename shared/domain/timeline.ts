import { z } from 'zod';
import type { ActivityKind, ActivityStatus } from './activities';
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
  sessionDates: string[];
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
}

export const timelineInput = z.object({
  countyCode: z.enum(['03', '17', '20', '21'], { message: 'validation.countyCode' }).optional(),
  trackId: z.uuid({ message: 'validation.id' }).optional(),
});
