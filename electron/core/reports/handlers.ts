import type { DomainHandlers } from '../api/handlers';
import { renderCountyCompilation } from './county-compilation';
import { swotSummaryData } from './swot-summary-data';
import { renderSwotSummary } from './swot-summary';
import { buildTourItineraryDocx, tourItineraryFileName } from './tour-itinerary';
import { tourItineraryData } from './tour-itinerary-data';
import { buildTimeReportDocx, timeReportFileName } from './time-report';
import { timeReportData } from './time-report-data';
import { buildProgressReportDocx, progressReportFileName } from './progress-report';
import { finalReportData, progressReportData } from './progress-report-data';
import { buildFinalReportDocx, finalReportFileName } from './final-report';
import { buildPaymentClaimDocx, paymentClaimData, paymentClaimFileName } from './payment-claim';
import { readiness } from './readiness';
import { scbReportHandlers } from './scb-handlers';

function fileSafe(s: string): string {
  return s.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-|-$/g, '');
}

export const reportHandlers: DomainHandlers<'reports'> = {
  'reports.swotSummary': async (input, ctx) => {
    const data = await swotSummaryData(ctx, input.id);
    const buffer = await renderSwotSummary(data);
    return {
      fileName: `SWOT-sammanstallning-${fileSafe(data.municipality.name)}-${data.day.date}.docx`,
      contentBase64: buffer.toString('base64'),
    };
  },
  'reports.countyCompilation': async (input, ctx) => {
    const { fileName, buffer } = await renderCountyCompilation(ctx, input);
    return { fileName, contentBase64: buffer.toString('base64') };
  },
  'reports.tourItinerary': async (input, ctx) => {
    const data = await tourItineraryData(ctx, input.id);
    const buffer = await buildTourItineraryDocx(data);
    return { fileName: tourItineraryFileName(data), contentBase64: buffer.toString('base64') };
  },
  'reports.timeReport': async (input, ctx) => {
    const data = await timeReportData(ctx, input);
    const buffer = await buildTimeReportDocx(data);
    return { fileName: timeReportFileName(data), contentBase64: buffer.toString('base64') };
  },
  'reports.progressReport': async (input, ctx) => {
    const data = await progressReportData(ctx, input.periodId);
    const buffer = await buildProgressReportDocx(data);
    return { fileName: progressReportFileName(data), contentBase64: buffer.toString('base64') };
  },
  'reports.paymentClaim': async (input, ctx) => {
    const data = await paymentClaimData(ctx, input.periodId);
    const buffer = await buildPaymentClaimDocx(data);
    return { fileName: paymentClaimFileName(data), contentBase64: buffer.toString('base64') };
  },
  'reports.finalReport': async (_input, ctx) => {
    const data = await finalReportData(ctx);
    const buffer = await buildFinalReportDocx(data);
    return { fileName: finalReportFileName(data), contentBase64: buffer.toString('base64') };
  },
  'reports.readiness': (input, ctx) => readiness(ctx, input),
  ...scbReportHandlers,
};
