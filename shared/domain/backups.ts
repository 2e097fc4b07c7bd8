import { z } from 'zod';

/* Backups of the project database: why each was made, what it holds, how many are kept. */

export const backupTriggers = ['daglig', 'manuell', 'fore-migrering', 'fore-import', 'fore-aterstallning', 'fore-projektfil', 'fore-synkronisering'] as const;
export type BackupTrigger = (typeof backupTriggers)[number];

export interface BackupInfo {
  name: string;
  /** Local Swedish time the backup was taken, `YYYY-MM-DD HH:MM:SS`. */
  date: string;
  sizeBytes: number;
  trigger: BackupTrigger;
  /** The trigger's Swedish label (`backups.triggers.*`); the UI shows that key in its own language. */
  triggerLabel: string;
}

/** What a restore would bring back, per area; rows deleted softly are not counted. */
export interface AreaCounts {
  municipalitiesWithUnits: number;
  swotDays: number;
  swotNotes: number;
  visits: number;
  tours: number;
  activities: number;
  participants: number;
  attendance: number;
  costs: number;
}

export interface BackupContents {
  backup: BackupInfo;
  schemaVersion: number;
  counts: AreaCounts;
  /** The same counts for the data as it is now, to compare before restoring. */
  current: AreaCounts;
}

export const retentionInput = z
  .object({
    daily: z.number({ message: 'backups.retentionDaily' }).int('backups.retentionDaily').min(1, 'backups.retentionDaily').max(365, 'backups.retentionDaily'),
    weekly: z.number({ message: 'backups.retentionWeekly' }).int('backups.retentionWeekly').min(0, 'backups.retentionWeekly').max(520, 'backups.retentionWeekly'),
  })
  .strict();
export type Retention = z.output<typeof retentionInput>;

export const backupNameInput = z
  .object({ name: z.string().regex(/^kub-[a-z0-9-]+\.sqlite$/, 'backups.unknownName') })
  .strict();

export const projectFileImportInput = z
  .object({
    fileName: z.string().min(1).max(255),
    contentBase64: z.string().min(1, 'backups.emptyFile'),
  })
  .strict();
