import type { DomainHandlers } from '../handler';
import { quarterlyReportData } from './quarterly-report-data';

export const quarterlyReportHandlers: DomainHandlers<'quarterlyReport'> = {
  'quarterlyReport.docx': async (input, ctx) => {
    const data = await quarterlyReportData(ctx, input.periodId);
    // docx and resvg load with the first report, not at start-up (as in handlers.ts).
    const { buildQuarterlyReportDocx, quarterlyReportFileName } = await import('./quarterly-report');
    const buffer = await buildQuarterlyReportDocx(data);
    return { fileName: quarterlyReportFileName(data), contentBase64: buffer.toString('base64') };
  },
};
