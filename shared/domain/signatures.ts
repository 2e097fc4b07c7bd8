import { z } from 'zod';
import { isoDate, searchText } from './fields';
import { pageWindow, type Page } from './paging';

/*
 * Signed time (issue 17): under ESF+ every participant confirms each month's
 * presence (ESF-rådet's Deltagarportal since 2020; a signed närvarointyg
 * where the portal is not used), and every staff member their time report.
 * One record per person and month: signed or not.
 */

const id = z.uuid({ message: 'validation.id' });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');

/** A participant with attended hours in the month, and whether the month is signed. */
export interface ParticipantMonthRow {
  participantId: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
  sessions: number;
  hours: number;
  signed: boolean;
  signedOn: string | null;
}

export interface ParticipantMonthPage extends Page<ParticipantMonthRow> {
  month: string;
  signedCount: number;
  unsignedCount: number;
}

export const participantMonthsInput = z.object({
  month,
  countyCode: z.string().regex(/^\d{2}$/, 'validation.countyCode').optional(),
  /** Name or municipality. */
  search: searchText,
  show: z.enum(['alla', 'osignerade', 'signerade'], { message: 'validation.invalid' }).default('alla'),
  ...pageWindow,
});

export const setParticipantSignatureInput = z.object({
  participantId: id,
  month,
  signed: z.boolean(),
  /** The day the certificate was signed (default: today). */
  signedOn: isoDate.nullish().transform((v) => v ?? null),
});

/** Every participant with hours in the month marked signed at once (the signed paper pile came back). */
export const signAllParticipantsInput = z.object({
  month,
  countyCode: z.string().regex(/^\d{2}$/, 'validation.countyCode').optional(),
  signedOn: isoDate.nullish().transform((v) => v ?? null),
});

export const participantCertificateInput = z.object({ participantId: id, month });
export const monthCertificatesInput = z.object({ month, countyCode: z.string().regex(/^\d{2}$/, 'validation.countyCode') });
export const staffTimeReportInput = z.object({ staffId: id, year: z.number().int().min(2000, 'validation.year').max(2100, 'validation.year') });
