import type { DomainHandlers } from '../handler';
import { monthCertificatesData, participantCertificateData } from './attendance-certificate-data';

/*
 * The signed-time certificates in Word (issue 17): a participant's
 * närvarointyg, a county's month of them, a staff member's tidrapport. Here
 * beside the other reports (which read the signatures folder, never the
 * other way); the Word builders load with docx the first time one is asked for.
 */
export const certificateHandlers: DomainHandlers<'certificates'> = {
  'certificates.participantMonth': async (input, ctx) => {
    const data = await participantCertificateData(ctx, input);
    const { buildAttendanceCertificateDocx, attendanceCertificateFileName } = await import('./attendance-certificate');
    return { fileName: attendanceCertificateFileName(data), contentBase64: (await buildAttendanceCertificateDocx(data)).toString('base64') };
  },
  'certificates.month': async (input, ctx) => {
    const data = await monthCertificatesData(ctx, input);
    const { buildAttendanceCertificateDocx, attendanceCertificateFileName } = await import('./attendance-certificate');
    return { fileName: attendanceCertificateFileName(data), contentBase64: (await buildAttendanceCertificateDocx(data)).toString('base64') };
  },
  'certificates.staffTime': async (input, ctx) => {
    const { buildStaffTimeReportDocx, staffTimeReportData, staffTimeReportFileName } = await import('./staff-time-report');
    const data = await staffTimeReportData(ctx, input);
    return { fileName: staffTimeReportFileName(data), contentBase64: (await buildStaffTimeReportDocx(data)).toString('base64') };
  },
};
