/*
 * The SCB monthly participant report: who is in it, who lacks a
 * personnummer, which months were exported when, and which must be sent
 * again after a correction (SCB asks for every later month to be re-sent).
 */

export interface ScbPersonWithoutNumber {
  participantId: string;
  name: string;
  municipalityName: string;
  /** "start" or "slut": why the person is in this month's report. */
  reason: 'start' | 'slut';
}

export interface ScbMonthPreview {
  month: string;
  rows: number;
  starting: number;
  ending: number;
  withoutPersonnummer: ScbPersonWithoutNumber[];
  /** When this month was exported before (ISO UTC), newest first. */
  exportedAt: string[];
}

export interface ScbExportLogEntry {
  month: string;
  exportedAt: string;
  rows: number;
  withoutPersonnummer: number;
}

export interface ScbResendMonth {
  month: string;
  /** When the month was last exported. */
  lastExportedAt: string;
  /** Participants whose start or end date changed since then, from this month or earlier. */
  participants: number;
  /** The earliest change (ISO UTC) since that export. */
  changedSince: string;
}

export interface ScbStatus {
  exports: ScbExportLogEntry[];
  resend: ScbResendMonth[];
}
