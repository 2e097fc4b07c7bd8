import type { DomainHandlers } from '../handler';
import { monthCertificatesData, participantCertificateData } from '../reports/attendance-certificate-data';
import { participantMonths, setParticipantSignature, signAllParticipants } from './participant-months';

export const signatureHandlers: DomainHandlers<'signatures'> = {
  'signatures.participantMonths': (input, { db }) => participantMonths(db, input),
  'signatures.setParticipant': (input, ctx) => setParticipantSignature(ctx, input),
  'signatures.signAllParticipants': (input, ctx) => signAllParticipants(ctx, input),
};

/* The Word builders load (with docx) the first time a certificate is asked for, as the other reports do. */
export const certificateHandlers: DomainHandlers<'certificates'> = {
  'certificates.participantMonth': async (input, ctx) => {
    const data = await participantCertificateData(ctx, input);
    const { buildAttendanceCertificateDocx, attendanceCertificateFileName } = await import('../reports/attendance-certificate');
    return { fileName: attendanceCertificateFileName(data), contentBase64: (await buildAttendanceCertificateDocx(data)).toString('base64') };
  },
  'certificates.month': async (input, ctx) => {
    const data = await monthCertificatesData(ctx, input);
    const { buildAttendanceCertificateDocx, attendanceCertificateFileName } = await import('../reports/attendance-certificate');
    return { fileName: attendanceCertificateFileName(data), contentBase64: (await buildAttendanceCertificateDocx(data)).toString('base64') };
  },
  'certificates.staffTime': async (input, ctx) => {
    const { buildStaffTimeReportDocx, staffTimeReportData, staffTimeReportFileName } = await import('../reports/staff-time-report');
    const data = await staffTimeReportData(ctx, input);
    return { fileName: staffTimeReportFileName(data), contentBase64: (await buildStaffTimeReportDocx(data)).toString('base64') };
  },
};
