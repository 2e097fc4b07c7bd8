import { z } from 'zod';

/** Sharing through a shared folder: what the API speaks. */

export const configureSyncInput = z.object({
  folder: z.string().trim().min(1, 'validation.required').max(1000, 'validation.tooLong'),
  person: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
});

export interface SyncStatus {
  siteId: string;
  person: string;
  folder: string | null;
  lastSync: string | null;
  /** Local changes not yet written to the shared folder. */
  pending: number;
}

export interface SyncApplied {
  person: string;
  site: string;
  /** Swedish name of the area (table). */
  area: string;
  rows: number;
  fields: number;
}

export interface SyncConflict {
  tbl: string;
  rowId: string;
  field: string;
  localValue: string | number | null;
  remoteValue: string | number | null;
  winner: 'local' | 'remote';
  remoteSite: string;
  remotePerson: string;
}

export interface SyncResult {
  /** Local changes written to the folder by this run. */
  written: number;
  filesRead: number;
  applied: SyncApplied[];
  /** Files skipped (corrupt, partial) or only partly applied; they are read again next time. */
  warnings: string[];
  conflicts: (SyncConflict & { area: string })[];
}

/** The areas the user recognises, per synced table. */
export const syncAreaNames: Record<string, string> = {
  library_units: 'Bibliotek',
  contacts: 'Kontaktpersoner',
  competence_areas: 'Kompetensområden',
  swot_days: 'SWOT-dagar',
  swot_notes: 'SWOT-lappar',
  plan_items: 'Kompetensplaner',
  individual_plans: 'Individuella planer',
  tours: 'Resor',
  visits: 'Besök',
  leg_overrides: 'Reseavstånd',
  settings: 'Inställningar',
  project_phases: 'Projektfaser',
  milestones: 'Milstolpar',
  reporting_periods: 'Rapportperioder',
  activities: 'Aktiviteter',
  activity_sessions: 'Aktivitetstillfällen',
  activity_needs: 'Behov som aktiviteter möter',
  participants: 'Deltagare',
  attendance: 'Närvaro',
  costs: 'Kostnader',
  budget_lines: 'Budget',
  period_texts: 'Rapporttexter',
};

export function syncAreaName(tbl: string): string {
  return syncAreaNames[tbl] ?? tbl;
}
