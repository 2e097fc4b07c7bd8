import type { DomainHandlers } from '../handler';

export const signatureHandlers: DomainHandlers<'signatures'> = {
  'signatures.participantMonths': () => Promise.reject(new Error('TODO signatures.participantMonths')),
  'signatures.setParticipant': () => Promise.reject(new Error('TODO signatures.setParticipant')),
  'signatures.signAllParticipants': () => Promise.reject(new Error('TODO signatures.signAllParticipants')),
};

export const certificateHandlers: DomainHandlers<'certificates'> = {
  'certificates.participantMonth': () => Promise.reject(new Error('TODO certificates.participantMonth')),
  'certificates.month': () => Promise.reject(new Error('TODO certificates.month')),
  'certificates.staffTime': () => Promise.reject(new Error('TODO certificates.staffTime')),
};

