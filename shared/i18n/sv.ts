import { appSv, navSv, commonSv, unsavedSv } from './sections/shell';
import { municipalitiesSv, unitsSv, contactsSv } from './sections/municipalities';
import { swotSv, areasSv } from './sections/swot';
import { plansSv } from './sections/plans';
import { mappingSv } from './sections/mapping';
import { importsSv } from './sections/imports';
import { validationSv } from './sections/validation';
import { errorsSv } from './sections/errors';
import { scbSv } from './sections/scb';
import { syncSv } from './sections/sync';
import { activitiesSv } from './sections/activities';
import { backupsSv } from './sections/backups';
import { esfSv } from './sections/esf';
import { esfPlusSv } from './sections/esf-plus';
import { overviewSv } from './sections/overview';
import { participantsSv } from './sections/participants';
import { timelineSv } from './sections/timeline';
import { toursSv } from './sections/tours';
import { visitsSv } from './sections/visits';
import { listPagingSv } from './sections/list-paging';
import { followUpSv } from './sections/follow-up';
import { surveysSv } from './sections/surveys';
import { surveyReportsSv } from './sections/survey-reports';
import { signaturesSv } from './sections/signatures';
import { euIndicatorsSv } from './sections/eu-indicators';
import { changeTheorySv } from './sections/change-theory';

/** The Swedish catalogue: the app's first language and the shape every other catalogue follows. */
export const sv = {
  app: appSv,
  nav: navSv,
  listPaging: listPagingSv,
  visits: visitsSv,
  tours: toursSv,
  participants: participantsSv,
  activities: activitiesSv,
  timeline: timelineSv,
  esf: esfSv,
  esfPlus: esfPlusSv,
  backups: backupsSv,
  sync: syncSv,
  scb: scbSv,
  overview: overviewSv,
  common: commonSv,
  unsaved: unsavedSv,
  municipalities: municipalitiesSv,
  units: unitsSv,
  contacts: contactsSv,
  swot: swotSv,
  areas: areasSv,
  plans: plansSv,
  followUp: followUpSv,
  surveys: surveysSv,
  surveyReports: surveyReportsSv,
  signatures: signaturesSv,
  euIndicators: euIndicatorsSv,
  changeTheory: changeTheorySv,
  mapping: mappingSv,
  imports: importsSv,
  validation: validationSv,
  errors: errorsSv,
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof sv>;
