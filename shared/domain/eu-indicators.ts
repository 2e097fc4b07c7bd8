import { z } from 'zod';
import { isoDate } from './fields';

/*
 * The EU common indicators for ESF+ participants (Regulation (EU) 2021/1057,
 * Annex I): the situation at entry (employment, age, education by ISCED,
 * gender), the immediate result at exit and the result six months after.
 * Every answer is optional: "uppgift saknas" is counted, not guessed.
 */

export const employmentStatuses = ['anstalld', 'egenforetagare', 'arbetslos', 'langtidsarbetslos', 'inaktiv'] as const;
export type EmploymentStatus = (typeof employmentStatuses)[number];
export const iscedLevels = ['isced_0_2', 'isced_3_4', 'isced_5_8'] as const;
export type IscedLevel = (typeof iscedLevels)[number];
export const exitSituations = ['arbetssokande', 'studier', 'kvalifikation', 'anstalld', 'ingen_forandring'] as const;
export type ExitSituation = (typeof exitSituations)[number];

export interface ParticipantIndicators {
  participantId: string;
  employmentStatus: EmploymentStatus | null;
  iscedLevel: IscedLevel | null;
  exitSituation: ExitSituation | null;
  /** In employment six months after leaving: null = not yet asked. */
  employedAfterSixMonths: boolean | null;
  updatedAt: string | null;
}

export const setParticipantIndicatorsInput = z.object({
  participantId: z.uuid({ message: 'validation.id' }),
  employmentStatus: z.enum(employmentStatuses, { message: 'validation.invalid' }).nullable(),
  iscedLevel: z.enum(iscedLevels, { message: 'validation.invalid' }).nullable(),
  exitSituation: z.enum(exitSituations, { message: 'validation.invalid' }).nullable(),
  employedAfterSixMonths: z.boolean().nullable(),
});

/** Output (EECO) and result (EECR) indicator codes this app counts. */
export const indicatorCodes = [
  'EECO01',
  'EECO02',
  'EECO03',
  'EECO04',
  'EECO05',
  'EECO06',
  'EECO07',
  'EECO08',
  'EECO09',
  'EECO10',
  'EECO11',
  'EECR01',
  'EECR02',
  'EECR03',
  'EECR04',
  'EECR05',
] as const;
export type IndicatorCode = (typeof indicatorCodes)[number];

export interface IndicatorCount {
  code: IndicatorCode;
  women: number;
  men: number;
  other: number;
  total: number;
}

/**
 * Counts for a period: output indicators count participants who entered
 * (first attended) in it, result indicators those who left (end date) in it,
 * EECR05 those who left six months before the period ended.
 */
export interface EuIndicatorCounts {
  from: string;
  to: string;
  counts: IndicatorCount[];
  /** Entrants with no answer to the entry questions (employment, education). */
  missingEntry: number;
  /** Leavers with no exit answer. */
  missingExit: number;
}

export const euIndicatorCountsInput = z.object({ from: isoDate, to: isoDate }).refine((v) => v.to >= v.from, { path: ['to'], message: 'validation.endDateBeforeStart' });
