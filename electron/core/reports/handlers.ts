import type { DomainHandlers } from '../handler';
import { swotSummaryData } from './swot-summary-data';
import { tourItineraryData } from './tour-itinerary-data';
import { timeReportData } from './time-report-data';
import { finalReportData, progressReportData } from './progress-report-data';
import { readiness } from './readiness';
import { surveyReportData } from './survey-report-data';
import { getQuestionnaire } from '../surveys/questionnaires';
import { scbReportHandlers } from './scb-handlers';
import { getEsfSettings } from '../esf/settings';
import { esfPlusClaimData } from './payment-claim-esf-plus-data';

/*
 * The Word builders are imported the first time a report is asked for, not
 * when the app starts: with them come docx and, for the charts,
 * @resvg/resvg-js. The data queries stay here; they load nothing heavy.
 */

function fileSafe(s: string): string {
  return s.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-|-$/g, '');
}

export const reportHandlers: DomainHandlers<'reports'> = {
  'reports.swotSummary': async (input, ctx) => {
    const data = await swotSummaryData(ctx, input.id);
    const { renderSwotSummary } = await import('./swot-summary');
    const buffer = await renderSwotSummary(data);
    return {
      fileName: `SWOT-sammanstallning-${fileSafe(data.municipality.name)}-${data.day.date}.docx`,
      contentBase64: buffer.toString('base64'),
    };
  },
  'reports.countyCompilation': async (input, ctx) => {
    const { renderCountyCompilation } = await import('./county-compilation');
    const { fileName, buffer } = await renderCountyCompilation(ctx, input);
    return { fileName, contentBase64: buffer.toString('base64') };
  },
  'reports.tourItinerary': async (input, ctx) => {
    const data = await tourItineraryData(ctx, input.id);
    const { buildTourItineraryDocx, tourItineraryFileName } = await import('./tour-itinerary');
    const buffer = await buildTourItineraryDocx(data);
    return { fileName: tourItineraryFileName(data), contentBase64: buffer.toString('base64') };
  },
  'reports.timeReport': async (input, ctx) => {
    const data = await timeReportData(ctx, input);
    const { buildTimeReportDocx, timeReportFileName } = await import('./time-report');
    const buffer = await buildTimeReportDocx(data);
    return { fileName: timeReportFileName(data), contentBase64: buffer.toString('base64') };
  },
  'reports.progressReport': async (input, ctx) => {
    const data = await progressReportData(ctx, input.periodId);
    const { buildProgressReportDocx, progressReportFileName } = await import('./progress-report');
    const buffer = await buildProgressReportDocx(data);
    return { fileName: progressReportFileName(data), contentBase64: buffer.toString('base64') };
  },
  'reports.paymentClaim': async (input, ctx) => {
    // Under ESF+ the claim is the unit-cost staff time, the flat rate and the participants' wage cost, not the 2012 cost lines.
    if ((await getEsfSettings(ctx.db)).ruleSet === 'esf_plus_2021_2027') {
      const data = await esfPlusClaimData(ctx, input.periodId);
      const { buildEsfPlusClaimDocx, esfPlusClaimFileName } = await import('./payment-claim-esf-plus');
      const buffer = await buildEsfPlusClaimDocx(data);
      return { fileName: esfPlusClaimFileName(data), contentBase64: buffer.toString('base64') };
    }
    const { buildPaymentClaimDocx, paymentClaimData, paymentClaimFileName } = await import('./payment-claim');
    const data = await paymentClaimData(ctx, input.periodId);
    const buffer = await buildPaymentClaimDocx(data);
    return { fileName: paymentClaimFileName(data), contentBase64: buffer.toString('base64') };
  },
  'reports.finalReport': async (_input, ctx) => {
    const data = await finalReportData(ctx);
    const { buildFinalReportDocx, finalReportFileName } = await import('./final-report');
    const buffer = await buildFinalReportDocx(data);
    return { fileName: finalReportFileName(data), contentBase64: buffer.toString('base64') };
  },
  'reports.questionnaire': async (input, ctx) => {
    const questionnaire = await getQuestionnaire(ctx.db, input.id);
    const { buildQuestionnaireDocx, questionnaireFileName } = await import('./questionnaire-print');
    const buffer = await buildQuestionnaireDocx(questionnaire);
    return { fileName: questionnaireFileName(questionnaire), contentBase64: buffer.toString('base64') };
  },
  'reports.surveyRound': async (input, ctx) => {
    const data = await surveyReportData(ctx, input.id);
    const { buildSurveyReportDocx, surveyReportFileName } = await import('./survey-report');
    const buffer = await buildSurveyReportDocx(data);
    return { fileName: surveyReportFileName(data), contentBase64: buffer.toString('base64') };
  },
  'reports.readiness': (input, ctx) => readiness(ctx, input),
  ...scbReportHandlers,
};
