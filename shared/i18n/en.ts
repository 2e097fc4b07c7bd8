import { appEn, navEn, commonEn, unsavedEn } from './sections/shell';
import { municipalitiesEn, unitsEn, contactsEn } from './sections/municipalities';
import { swotEn, areasEn } from './sections/swot';
import { plansEn } from './sections/plans';
import { mappingEn } from './sections/mapping';
import { importsEn } from './sections/imports';
import { validationEn } from './sections/validation';
import { errorsEn } from './sections/errors';
import { scbEn } from './sections/scb';
import { syncEn } from './sections/sync';
import { activitiesEn } from './sections/activities';
import { backupsEn } from './sections/backups';
import { esfEn } from './sections/esf';
import { esfPlusEn } from './sections/esf-plus';
import { overviewEn } from './sections/overview';
import { participantsEn } from './sections/participants';
import { timelineEn } from './sections/timeline';
import { toursEn } from './sections/tours';
import { visitsEn } from './sections/visits';
import { listPagingEn } from './sections/list-paging';
import { followUpEn } from './sections/follow-up';
import { surveysEn } from './sections/surveys';
import { surveyReportsEn } from './sections/survey-reports';
import { signaturesEn } from './sections/signatures';
import { euIndicatorsEn } from './sections/eu-indicators';
import { changeTheoryEn } from './sections/change-theory';
import type { Catalogue } from './sv';

export const en: Catalogue = {
  app: appEn,
  nav: navEn,
  listPaging: listPagingEn,
  visits: visitsEn,
  tours: toursEn,
  participants: participantsEn,
  activities: activitiesEn,
  timeline: timelineEn,
  esf: esfEn,
  esfPlus: esfPlusEn,
  backups: backupsEn,
  sync: syncEn,
  scb: scbEn,
  overview: overviewEn,
  common: commonEn,
  unsaved: unsavedEn,
  municipalities: municipalitiesEn,
  units: unitsEn,
  contacts: contactsEn,
  swot: swotEn,
  areas: areasEn,
  plans: plansEn,
  followUp: followUpEn,
  surveys: surveysEn,
  surveyReports: surveyReportsEn,
  signatures: signaturesEn,
  euIndicators: euIndicatorsEn,
  changeTheory: changeTheoryEn,
  mapping: mappingEn,
  imports: importsEn,
  validation: validationEn,
  errors: errorsEn,
};
