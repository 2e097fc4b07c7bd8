import type { DomainHandlers } from '../handler';
import { buildScbExport, scbPreview } from './scb-export';
import { scbStatus } from './scb-log';

type ScbMethods = 'reports.scbParticipants' | 'reports.scbPreview' | 'reports.scbStatus';

/** The SCB monthly report's methods, joined into the report handlers. */
export const scbReportHandlers: Pick<DomainHandlers<'reports'>, ScbMethods> = {
  'reports.scbParticipants': async (input, ctx) => {
    const { fileName, content } = await buildScbExport(ctx, input.month);
    return { fileName, contentBase64: Buffer.from(content).toString('base64') };
  },
  'reports.scbPreview': (input, ctx) => scbPreview(ctx.db, input.month),
  'reports.scbStatus': (_input, ctx) => scbStatus(ctx.db),
};
