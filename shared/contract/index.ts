import { z } from 'zod';
import type { ApiResult, MethodSpec } from './method';
import { mutation, query } from './method';
import { configureSyncInput, type SyncResult, type SyncStatus } from '../domain/sync';
import {
  createContactInput,
  createLibraryUnitInput,
  idInput,
  listMunicipalitiesInput,
  municipalityCodeInput,
  updateContactInput,
  updateLibraryUnitInput,
  type Contact,
  type County,
  type LibraryUnit,
  type MunicipalityDetail,
  type MunicipalitySummary,
} from '../domain/municipalities';
import {
  addNoteInput,
  createAreaInput,
  createSwotDayInput,
  listSwotDaysInput,
  moveNoteInput,
  updateAreaInput,
  updateNoteInput,
  suggestAreasInput,
  swotDayCreateCheckInput,
  swotImportCommitInput,
  swotImportInput,
  updateSwotDayInput,
  type AreaSuggestion,
  type CompetenceArea,
  type SwotDay,
  type SwotDaySummary,
  type SwotDayWithNotes,
  type SwotImportPreview,
  type SwotNote,
} from '../domain/swot';
import { coFinancingInput, type CoFinancingPage } from '../domain/cofinancing';
import { countyCompilationInput, peerLearningInput, swotMappingInput, swotMappingNotesInput, type PeerLearning, type SwotMapping, type SwotMappingNote } from '../domain/mapping';
import {
  createIndividualPlanInput,
  createPlanItemInput,
  municipalityPlansInput,
  updateIndividualPlanInput,
  updatePlanItemInput,
  type IndividualPlan,
  type MunicipalityPlans,
  type PlanItem,
} from '../domain/plans';
import type { SystemInfo } from '../domain/system';
import {
  acceptTourInput,
  clearLegOverrideInput,
  createVisitInput,
  exportIcsInput,
  legOverrideInput,
  listVisitsInput,
  openSwotDayInput,
  planTourInput,
  swotDayCandidatesInput,
  tourSettingsInput,
  updateVisitInput,
  visitProgressInput,
  type LegOverride,
  type SwotDayCandidates,
  type SwotDayCreateCheck,
  type TourDetail,
  type TourPlan,
  type TourSettings,
  type TourSummary,
  type VisitPage,
  type VisitProgress,
  type VisitSummary,
} from '../domain/visits';
import {
  createMilestoneInput,
  createPeriodInput,
  createPhaseInput,
  updateMilestoneInput,
  updatePeriodInput,
  updatePhaseInput,
  type Milestone,
  type ProjectPhase,
  type ProjectPlan,
  type ReportingPeriod,
} from '../domain/project';
import {
  activityOptionsInput,
  coverageInput,
  createActivityInput,
  listActivitiesInput,
  updateActivityInput,
  type Activity,
  type ActivityOptions,
  type ActivityPage,
  type CoveragePage,
} from '../domain/activities';
import {
  createParticipantInput,
  eraseParticipantInput,
  listParticipantsInput,
  participantImportCommitInput,
  participantImportInput,
  searchParticipantsInput,
  timeReportInput,
  updateParticipantInput,
  type ParticipantHistory,
  type ParticipantImportPreview,
  type ParticipantOptions,
  type ParticipantPage,
  type ParticipantSummary,
} from '../domain/participants';
import {
  attendanceGridInput,
  attendanceGridRowsInput,
  attendanceImportCommitInput,
  attendanceImportInput,
  saveAttendanceInput,
  type AttendanceGrid,
  type AttendanceGridPage,
  type AttendanceImportPreview,
} from '../domain/attendance';
import { timelineInput, type TimelineData } from '../domain/timeline';
import { setViewDateInput, type NextSteps, type ViewDate } from '../domain/view';
import {
  costImportCommitInput,
  costImportInput,
  createCostInput,
  createFinancingInput,
  saveProjectTextInput,
  setFinancingBudgetInput,
  updateFinancingInput,
  type BudgetOutcome,
  type CostImportPreview,
  type FinancingBudgetLine,
  type FinancingEntry,
  type ProjectTextKey,
  esfSettingsInput,
  listCostsInput,
  listFinancingInput,
  periodIdInput,
  periodRangeInput,
  progressReportInput,
  savePeriodTextInput,
  scbExportInput,
  setBudgetInput,
  updateCostInput,
  type BudgetLine,
  type Cost,
  type CostPage,
  type FinancingPage,
  type EsfSettings,
  type Indicators,
  type Overview,
  type PeriodTextKey,
} from '../domain/esf';
import {
  createStaffInput,
  listStaffInput,
  setEsfPlusBudgetInput,
  setStaffTimeInput,
  staffYearInput,
  updateStaffInput,
  type EsfPlusBudgetLine,
  type EsfPlusOutcome,
  type StaffMember,
  type StaffTimeMonth,
  type StaffYear,
} from '../domain/esf-plus';
import {
  monthCertificatesInput,
  participantCertificateInput,
  participantMonthsInput,
  setParticipantSignatureInput,
  signAllParticipantsInput,
  staffTimeReportInput,
  type ParticipantMonthPage,
  type ParticipantMonthRow,
} from '../domain/signatures';
import { euIndicatorCountsInput, setParticipantIndicatorsInput, type EuIndicatorCounts, type ParticipantIndicators } from '../domain/eu-indicators';
import {
  moveTheoryBoxInput,
  saveTheoryBoxInput,
  setTheoryLinksInput,
  theoryLinkOptionsInput,
  type ChangeTheory,
  type TheoryLinkOption,
} from '../domain/change-theory';
import {
  backupNameInput,
  projectFileImportInput,
  retentionInput,
  type BackupContents,
  type BackupInfo,
  type Retention,
} from '../domain/backups';
import { readinessInput, type Readiness } from '../domain/readiness';
import type { ScbMonthPreview, ScbStatus } from '../domain/scb';
import {
  activityFollowUpsInput,
  addStepInput,
  createFollowUpsInput,
  createProcessInput,
  followUpImportCommitInput,
  followUpImportInput,
  followUpImportTemplateInput,
  listProcessesInput,
  moveStepInput,
  openFollowUpsInput,
  processMarksInput,
  renameProcessInput,
  updateFollowUpInput,
  updateStepInput,
  type ActivityFollowUps,
  type CountyProcessProgress,
  type DevelopmentProcess,
  type FollowUp,
  type FollowUpImportPreview,
  type OpenFollowUp,
  type ProcessStep,
  type ProcessStepMark,
} from '../domain/follow-up';
import type { Page } from '../domain/paging';
import {
  breakdownInput,
  compareInput,
  copyQuestionnaireInput,
  createFromTemplateInput,
  createQuestionnaireInput,
  createRoundInput,
  deleteResponsesInput,
  freeTextInput,
  listResponsesInput,
  listRoundsInput,
  questionnaireIdInput,
  roundIdInput,
  roundResultsInput,
  moveQuestionInput,
  saveQuestionInput,
  saveResponsesInput,
  saveSectionInput,
  setAskedInput,
  surveyImportCommitInput,
  surveyImportInput,
  surveyImportTemplateInput,
  updateQuestionnaireInput,
  updateRoundInput,
  type FreeTextPage,
  type Questionnaire,
  type QuestionnaireSummary,
  type QuestionBreakdown,
  type ResponsePage,
  type RoundComparison,
  type RoundResults,
  type SurveyImportPreview,
  type SurveyRound,
  type SurveyTemplate,
} from '../domain/surveys';

const none = z.object({}).strict();

/** A generated file: its suggested name and its bytes (base64, so JSON carries it over both transports). */
export interface ExportedFile {
  fileName: string;
  contentBase64: string;
}

/**
 * Every method the UI may call. The dispatcher, both transports and the
 * renderer's client are typed from this one table. Each is a `query` (reads
 * only) or a `mutation` (runs alone, in one transaction of the
 * dispatcher's); a mutation that keeps its own transactions says why (see
 * `OwnTransactions`).
 */
export const contract = {
  'system.info': query<SystemInfo>()(none),

  'counties.list': query<County[]>()(none),
  'municipalities.list': query<MunicipalitySummary[]>()(listMunicipalitiesInput),
  'municipalities.get': query<MunicipalityDetail>()(municipalityCodeInput),

  'libraryUnits.create': mutation<LibraryUnit>()(createLibraryUnitInput),
  'libraryUnits.update': mutation<LibraryUnit>()(updateLibraryUnitInput),
  'libraryUnits.delete': mutation<{ id: string }>()(idInput),

  'contacts.create': mutation<Contact>()(createContactInput),
  'contacts.update': mutation<Contact>()(updateContactInput),
  'contacts.delete': mutation<{ id: string }>()(idInput),

  'areas.list': query<CompetenceArea[]>()(none),
  'areas.create': mutation<CompetenceArea>()(createAreaInput),
  'areas.update': mutation<CompetenceArea>()(updateAreaInput),
  'areas.delete': mutation<{ id: string }>()(idInput),
  'areas.suggest': query<AreaSuggestion[]>()(suggestAreasInput),

  'swotDays.list': query<SwotDaySummary[]>()(listSwotDaysInput),
  'swotDays.get': query<SwotDayWithNotes>()(idInput),
  'swotDays.create': mutation<SwotDay>()(createSwotDayInput),
  'swotDays.update': mutation<SwotDay>()(updateSwotDayInput),
  'swotDays.delete': mutation<{ id: string }>()(idInput),
  'swotDays.createCheck': query<SwotDayCreateCheck>()(swotDayCreateCheckInput),

  'swotNotes.add': mutation<SwotNote>()(addNoteInput),
  'swotNotes.update': mutation<SwotNote>()(updateNoteInput),
  'swotNotes.move': mutation<SwotNote>()(moveNoteInput),
  'swotNotes.delete': mutation<{ id: string }>()(idInput),
  'swotNotes.restore': mutation<SwotNote>()(idInput),
  'swotNotes.importPreview': query<SwotImportPreview>()(swotImportInput),
  'swotNotes.import': mutation<{ imported: number; skipped: number }>({ ownTransactions: 'backupFirst' })(swotImportCommitInput),
  'swotNotes.importTemplate': query<ExportedFile>()(none),

  'swotMapping.get': query<SwotMapping>()(swotMappingInput),
  'swotMapping.notes': query<SwotMappingNote[]>()(swotMappingNotesInput),
  'swotMapping.peerLearning': query<PeerLearning>()(peerLearningInput),

  'reports.swotSummary': query<ExportedFile>()(idInput),
  'reports.countyCompilation': query<ExportedFile>()(countyCompilationInput),

  'plans.get': query<MunicipalityPlans>()(municipalityPlansInput),
  'planItems.create': mutation<PlanItem>()(createPlanItemInput),
  'planItems.update': mutation<PlanItem>()(updatePlanItemInput),
  'planItems.delete': mutation<{ id: string }>()(idInput),
  'individualPlans.create': mutation<IndividualPlan>()(createIndividualPlanInput),
  'individualPlans.update': mutation<IndividualPlan>()(updateIndividualPlanInput),
  'individualPlans.delete': mutation<{ id: string }>()(idInput),

  'visits.list': query<VisitPage>()(listVisitsInput),
  'visits.get': query<VisitSummary>()(idInput),
  'visits.create': mutation<VisitSummary>()(createVisitInput),
  'visits.update': mutation<VisitSummary>()(updateVisitInput),
  'visits.delete': mutation<{ id: string }>()(idInput),
  'visits.openSwotDay': mutation<{ swotDayId: string; outcome: 'opened' | 'linked' | 'created' }>()(openSwotDayInput),
  'visits.swotDayCandidates': query<SwotDayCandidates>()(swotDayCandidatesInput),
  'visits.progress': query<VisitProgress>()(visitProgressInput),
  'visits.exportIcs': query<ExportedFile>()(exportIcsInput),

  'tourSettings.get': query<TourSettings>()(none),
  'tourSettings.update': mutation<TourSettings>()(tourSettingsInput),
  'legOverrides.list': query<LegOverride[]>()(none),
  'legOverrides.set': mutation<LegOverride>()(legOverrideInput),
  'legOverrides.clear': mutation<{ fromCode: string; toCode: string }>()(clearLegOverrideInput),

  'tours.plan': query<TourPlan>()(planTourInput),
  'tours.accept': mutation<TourDetail>()(acceptTourInput),
  'tours.list': query<TourSummary[]>()(none),
  'tours.get': query<TourDetail>()(idInput),
  'tours.delete': mutation<{ id: string; deletedVisits: number }>()(idInput),
  'reports.tourItinerary': query<ExportedFile>()(idInput),

  'project.get': query<ProjectPlan>()(none),
  'project.viewDate': query<ViewDate>()(none),
  'project.setViewDate': mutation<ViewDate>()(setViewDateInput),
  'project.nextSteps': query<NextSteps>()(none),
  'phases.create': mutation<ProjectPhase>()(createPhaseInput),
  'phases.update': mutation<ProjectPhase>()(updatePhaseInput),
  'phases.delete': mutation<{ id: string }>()(idInput),
  'milestones.create': mutation<Milestone>()(createMilestoneInput),
  'milestones.update': mutation<Milestone>()(updateMilestoneInput),
  'milestones.delete': mutation<{ id: string }>()(idInput),
  'periods.create': mutation<ReportingPeriod>()(createPeriodInput),
  'periods.update': mutation<ReportingPeriod>()(updatePeriodInput),
  'periods.delete': mutation<{ id: string }>()(idInput),
  'timeline.get': query<TimelineData>()(timelineInput),

  'activities.list': query<ActivityPage>()(listActivitiesInput),
  'activities.options': query<ActivityOptions>()(activityOptionsInput),
  'activities.get': query<Activity>()(idInput),
  'activities.create': mutation<Activity>()(createActivityInput),
  'activities.update': mutation<Activity>()(updateActivityInput),
  'activities.delete': mutation<{ id: string }>()(idInput),
  'activities.coverage': query<CoveragePage>()(coverageInput),

  'participants.list': query<ParticipantPage>()(listParticipantsInput),
  'participants.search': query<ParticipantOptions>()(searchParticipantsInput),
  'participants.get': query<ParticipantHistory>()(idInput),
  'participants.create': mutation<ParticipantSummary>()(createParticipantInput),
  'participants.update': mutation<ParticipantSummary>()(updateParticipantInput),
  'participants.erase': mutation<{ id: string; attendanceRowsKept: number }>({ ownTransactions: 'checkpointAfter' })(eraseParticipantInput),
  'participants.importPreview': query<ParticipantImportPreview>()(participantImportInput),
  'participants.import': mutation<{ imported: number; merged: number; skipped: number }>({ ownTransactions: 'backupFirst' })(participantImportCommitInput),
  'participants.importTemplate': query<ExportedFile>()(none),

  'attendance.grid': query<AttendanceGrid>()(attendanceGridInput),
  'attendance.gridRows': query<AttendanceGridPage>()(attendanceGridRowsInput),
  'attendance.save': mutation<{ saved: number; removed: number }>()(saveAttendanceInput),
  'attendance.importPreview': query<AttendanceImportPreview>()(attendanceImportInput),
  'attendance.import': mutation<{ imported: number; skipped: number }>({ ownTransactions: 'backupFirst' })(attendanceImportCommitInput),
  'attendance.importTemplate': query<ExportedFile>()(none),

  'reports.timeReport': query<ExportedFile>()(timeReportInput),

  'esf.settings': query<EsfSettings>()(none),
  'esf.updateSettings': mutation<EsfSettings>()(esfSettingsInput),
  'esf.coFinancing': query<CoFinancingPage>()(coFinancingInput),
  'esf.indicators': query<Indicators>()(periodRangeInput),
  'esf.overview': query<Overview>()(none),
  'costs.list': query<CostPage>()(listCostsInput),
  'costs.create': mutation<Cost>()(createCostInput),
  'costs.update': mutation<Cost>()(updateCostInput),
  'costs.delete': mutation<{ id: string }>()(idInput),
  'costs.importPreview': query<CostImportPreview>()(costImportInput),
  'costs.import': mutation<{ imported: number; skipped: number }>({ ownTransactions: 'backupFirst' })(costImportCommitInput),
  'costs.importTemplate': query<ExportedFile>()(none),
  'budget.list': query<BudgetLine[]>()(none),
  'budget.set': mutation<BudgetLine>()(setBudgetInput),
  'budget.outcome': query<BudgetOutcome>()(none),
  'financing.list': query<FinancingPage>()(listFinancingInput),
  'financing.create': mutation<FinancingEntry>()(createFinancingInput),
  'financing.update': mutation<FinancingEntry>()(updateFinancingInput),
  'financing.delete': mutation<{ id: string }>()(idInput),
  'financingBudget.list': query<FinancingBudgetLine[]>()(none),
  'financingBudget.set': mutation<FinancingBudgetLine>()(setFinancingBudgetInput),
  'projectTexts.get': query<Record<ProjectTextKey, string>>()(none),
  'projectTexts.save': mutation<Record<ProjectTextKey, string>>()(saveProjectTextInput),
  'periodTexts.get': query<Record<PeriodTextKey, string>>()(periodIdInput),
  'periodTexts.save': mutation<Record<PeriodTextKey, string>>()(savePeriodTextInput),
  'reports.scbParticipants': mutation<ExportedFile>()(scbExportInput),
  'reports.scbPreview': query<ScbMonthPreview>()(scbExportInput),
  'reports.scbStatus': query<ScbStatus>()(none),
  'reports.readiness': query<Readiness>()(readinessInput),
  'reports.progressReport': query<ExportedFile>()(progressReportInput),
  'reports.paymentClaim': query<ExportedFile>()(progressReportInput),
  'reports.finalReport': query<ExportedFile>()(none),
  /** A questionnaire to print, with tick boxes, for answers on paper. */
  'reports.questionnaire': query<ExportedFile>()(questionnaireIdInput),
  /** One survey round's results: response rates, per question and group, before/after; small groups say "för få svar". */
  'reports.surveyRound': query<ExportedFile>()(roundIdInput),

  /* ESF+ 2021–2027 (issue 17): the project's staff and their time, the money under the rule set, signed months, EU indicators, the theory of change. */
  'staff.list': query<Page<StaffMember>>()(listStaffInput),
  'staff.create': mutation<StaffMember>()(createStaffInput),
  'staff.update': mutation<StaffMember>()(updateStaffInput),
  'staff.delete': mutation<{ id: string }>()(idInput),
  /** Every staff member's months of one year, with what the annual cap leaves eligible. */
  'staffTime.year': query<StaffYear>()(staffYearInput),
  'staffTime.set': mutation<StaffTimeMonth>()(setStaffTimeInput),
  /** Budget against outcome, co-financing per region and the ESF+ share, per period and in all. */
  'esfPlus.outcome': query<EsfPlusOutcome>()(none),
  'esfPlusBudget.list': query<EsfPlusBudgetLine[]>()(none),
  'esfPlusBudget.set': mutation<EsfPlusBudgetLine>()(setEsfPlusBudgetInput),
  'signatures.participantMonths': query<ParticipantMonthPage>()(participantMonthsInput),
  'signatures.setParticipant': mutation<ParticipantMonthRow>()(setParticipantSignatureInput),
  'signatures.signAllParticipants': mutation<{ signed: number }>()(signAllParticipantsInput),
  /** A participant's närvarointyg of one month, with signature lines. */
  'certificates.participantMonth': query<ExportedFile>()(participantCertificateInput),
  /** Every närvarointyg of a month in one county, one page each. */
  'certificates.month': query<ExportedFile>()(monthCertificatesInput),
  /** A staff member's tidrapport of one year, month by month, with signature lines. */
  'certificates.staffTime': query<ExportedFile>()(staffTimeReportInput),
  'euIndicators.get': query<ParticipantIndicators>()(idInput),
  'euIndicators.set': mutation<ParticipantIndicators>()(setParticipantIndicatorsInput),
  'euIndicators.counts': query<EuIndicatorCounts>()(euIndicatorCountsInput),
  'changeTheory.get': query<ChangeTheory>()(none),
  'changeTheory.linkOptions': query<TheoryLinkOption[]>()(theoryLinkOptionsInput),
  'changeTheory.saveBox': mutation<ChangeTheory>()(saveTheoryBoxInput),
  'changeTheory.deleteBox': mutation<ChangeTheory>()(idInput),
  'changeTheory.moveBox': mutation<ChangeTheory>()(moveTheoryBoxInput),
  'changeTheory.setLinks': mutation<ChangeTheory>()(setTheoryLinksInput),
  /** The ESF+ kvartalsrapport of one period, in Word. */
  'quarterlyReport.docx': query<ExportedFile>()(progressReportInput),

  'followUps.forActivity': query<ActivityFollowUps>()(activityFollowUpsInput),
  'followUps.createForActivity': mutation<{ created: number; existing: number }>()(createFollowUpsInput),
  'followUps.update': mutation<FollowUp>()(updateFollowUpInput),
  'followUps.openForMunicipality': query<Page<OpenFollowUp>>()(openFollowUpsInput),
  'followUps.importPreview': query<FollowUpImportPreview>()(followUpImportInput),
  'followUps.import': mutation<{ imported: number; skipped: number }>({ ownTransactions: 'backupFirst' })(followUpImportCommitInput),
  'followUps.importTemplate': query<ExportedFile>()(followUpImportTemplateInput),
  'processes.list': query<DevelopmentProcess[]>()(listProcessesInput),
  'processes.create': mutation<DevelopmentProcess>()(createProcessInput),
  'processes.rename': mutation<DevelopmentProcess>()(renameProcessInput),
  'processes.delete': mutation<{ id: string }>()(idInput),
  'processes.addStep': mutation<ProcessStep>()(addStepInput),
  'processes.updateStep': mutation<ProcessStep>()(updateStepInput),
  'processes.moveStep': mutation<ProcessStep[]>()(moveStepInput),
  'processes.deleteStep': mutation<{ id: string }>()(idInput),
  'processes.countyProgress': query<CountyProcessProgress[]>()(none),
  'processes.timelineMarks': query<ProcessStepMark[]>()(processMarksInput),

  'surveys.list': query<QuestionnaireSummary[]>()(none),
  'surveys.get': query<Questionnaire>()(questionnaireIdInput),
  'surveys.templates': query<SurveyTemplate[]>()(none),
  'surveys.create': mutation<Questionnaire>()(createQuestionnaireInput),
  'surveys.createFromTemplate': mutation<Questionnaire>()(createFromTemplateInput),
  'surveys.update': mutation<Questionnaire>()(updateQuestionnaireInput),
  'surveys.copy': mutation<Questionnaire>()(copyQuestionnaireInput),
  'surveys.delete': mutation<{ id: string }>()(questionnaireIdInput),
  'surveys.saveSection': mutation<Questionnaire>()(saveSectionInput),
  'surveys.deleteSection': mutation<Questionnaire>()(questionnaireIdInput),
  'surveys.saveQuestion': mutation<Questionnaire>()(saveQuestionInput),
  'surveys.deleteQuestion': mutation<Questionnaire>()(questionnaireIdInput),
  'surveys.moveQuestion': mutation<Questionnaire>()(moveQuestionInput),
  'surveyRounds.list': query<SurveyRound[]>()(listRoundsInput),
  'surveyRounds.get': query<SurveyRound>()(roundIdInput),
  'surveyRounds.create': mutation<SurveyRound>()(createRoundInput),
  'surveyRounds.update': mutation<SurveyRound>()(updateRoundInput),
  'surveyRounds.setAsked': mutation<SurveyRound>()(setAskedInput),
  'surveyRounds.delete': mutation<{ id: string }>()(roundIdInput),
  'surveyRounds.results': query<RoundResults>()(roundResultsInput),
  'surveyRounds.breakdown': query<QuestionBreakdown>()(breakdownInput),
  'surveyRounds.compare': query<RoundComparison>()(compareInput),
  'surveyRounds.freeText': query<FreeTextPage>()(freeTextInput),
  'surveyResponses.save': mutation<{ saved: number; ids: string[] }>()(saveResponsesInput),
  'surveyResponses.list': query<ResponsePage>()(listResponsesInput),
  'surveyResponses.delete': mutation<{ deleted: number }>()(deleteResponsesInput),
  'surveyResponses.importPreview': query<SurveyImportPreview>()(surveyImportInput),
  'surveyResponses.import': mutation<{ imported: number; skipped: number }>({ ownTransactions: 'backupFirst' })(surveyImportCommitInput),
  'surveyResponses.importTemplate': query<ExportedFile>()(surveyImportTemplateInput),

  'backups.list': query<BackupInfo[]>()(none),
  'backups.create': mutation<BackupInfo>({ ownTransactions: 'copyOnly' })(none),
  'backups.inspect': query<BackupContents>()(backupNameInput),
  'backups.restore': mutation<{ preRestoreBackup: string }>({ ownTransactions: 'replacesData' })(backupNameInput),
  'backups.settings': query<Retention>()(none),
  'backups.updateSettings': mutation<Retention>()(retentionInput),
  'projectFile.export': query<ExportedFile>()(none),
  'projectFile.import': mutation<{ preImportBackup: string }>({ ownTransactions: 'replacesData' })(projectFileImportInput),
  'sync.status': query<SyncStatus>()(none),
  'sync.configure': mutation<SyncStatus>()(configureSyncInput),
  'sync.run': mutation<SyncResult>({ ownTransactions: 'sync' })(none),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (before parsing: blanks, strings from forms). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing and normalising). */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/** The transport-neutral call signature both the preload and the HTTP client implement. */
export type CallApi = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<ApiResult<ResultOf<M>>>;

export type { ApiError, ApiResult, ErrorCode } from './method';
