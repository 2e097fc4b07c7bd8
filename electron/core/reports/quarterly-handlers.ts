import type { DomainHandlers } from '../handler';

export const quarterlyReportHandlers: DomainHandlers<'quarterlyReport'> = {
  'quarterlyReport.docx': () => Promise.reject(new Error('TODO quarterlyReport.docx')),
};

