import type { DomainHandlers } from '../handler';
import { participantMonths, setParticipantSignature, signAllParticipants } from './participant-months';

/* The certificates in Word (certificates.*) are the reports folder's: reports/certificate-handlers.ts. */
export const signatureHandlers: DomainHandlers<'signatures'> = {
  'signatures.participantMonths': (input, { db }) => participantMonths(db, input),
  'signatures.setParticipant': (input, ctx) => setParticipantSignature(ctx, input),
  'signatures.signAllParticipants': (input, ctx) => signAllParticipants(ctx, input),
};
