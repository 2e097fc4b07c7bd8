import { z } from 'zod';
import type { ApiResult, MethodSpec } from './method';
import { method } from './method';
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
  backupNameInput,
  projectFileImportInput,
  retentionInput,
  type BackupContents,
  type BackupInfo,
  type Retention,
} from '../domain/backups';
import { readinessInput, type Readiness } from '../domain/readiness';
import type { ScbMonthPreview, ScbStatus } from '../domain/scb';

const none = z.object({}).strict();

/** A generated file: its suggested name and its bytes (base64, so JSON carries it over both transports). */
export interface ExportedFile {
  fileName: string;
  contentBase64: string;
}

/**
 * Every method the UI may call. The dispatcher, both transports and the
 * renderer's client are typed from this one table.
 */
export const contract = {
  'system.info': method<SystemInfo>()(none),

  'counties.list': method<County[]>()(none),
  'municipalities.list': method<MunicipalitySummary[]>()(listMunicipalitiesInput),
  'municipalities.get': method<MunicipalityDetail>()(municipalityCodeInput),

  'libraryUnits.create': method<LibraryUnit>()(createLibraryUnitInput),
  'libraryUnits.update': method<LibraryUnit>()(updateLibraryUnitInput),
  'libraryUnits.delete': method<{ id: string }>()(idInput),

  'contacts.create': method<Contact>()(createContactInput),
  'contacts.update': method<Contact>()(updateContactInput),
  'contacts.delete': method<{ id: string }>()(idInput),

  'areas.list': method<CompetenceArea[]>()(none),
  'areas.create': method<CompetenceArea>()(createAreaInput),
  'areas.update': method<CompetenceArea>()(updateAreaInput),
  'areas.delete': method<{ id: string }>()(idInput),
  'areas.suggest': method<AreaSuggestion[]>()(suggestAreasInput),

  'swotDays.list': method<SwotDaySummary[]>()(listSwotDaysInput),
  'swotDays.get': method<SwotDayWithNotes>()(idInput),
  'swotDays.create': method<SwotDay>()(createSwotDayInput),
  'swotDays.update': method<SwotDay>()(updateSwotDayInput),
  'swotDays.delete': method<{ id: string }>()(idInput),
  'swotDays.createCheck': method<SwotDayCreateCheck>()(swotDayCreateCheckInput),

  'swotNotes.add': method<SwotNote>()(addNoteInput),
  'swotNotes.update': method<SwotNote>()(updateNoteInput),
  'swotNotes.move': method<SwotNote>()(moveNoteInput),
  'swotNotes.delete': method<{ id: string }>()(idInput),
  'swotNotes.restore': method<SwotNote>()(idInput),
  'swotNotes.importPreview': method<SwotImportPreview>()(swotImportInput),
  'swotNotes.import': method<{ imported: number; skipped: number }>()(swotImportCommitInput),
  'swotNotes.importTemplate': method<ExportedFile>()(none),

  'swotMapping.get': method<SwotMapping>()(swotMappingInput),
  'swotMapping.notes': method<SwotMappingNote[]>()(swotMappingNotesInput),
  'swotMapping.peerLearning': method<PeerLearning>()(peerLearningInput),

  'reports.swotSummary': method<ExportedFile>()(idInput),
  'reports.countyCompilation': method<ExportedFile>()(countyCompilationInput),

  'plans.get': method<MunicipalityPlans>()(municipalityPlansInput),
  'planItems.create': method<PlanItem>()(createPlanItemInput),
  'planItems.update': method<PlanItem>()(updatePlanItemInput),
  'planItems.delete': method<{ id: string }>()(idInput),
  'individualPlans.create': method<IndividualPlan>()(createIndividualPlanInput),
  'individualPlans.update': method<IndividualPlan>()(updateIndividualPlanInput),
  'individualPlans.delete': method<{ id: string }>()(idInput),

  'visits.list': method<VisitPage>()(listVisitsInput),
  'visits.get': method<VisitSummary>()(idInput),
  'visits.create': method<VisitSummary>()(createVisitInput),
  'visits.update': method<VisitSummary>()(updateVisitInput),
  'visits.delete': method<{ id: string }>()(idInput),
  'visits.openSwotDay': method<{ swotDayId: string; outcome: 'opened' | 'linked' | 'created' }>()(openSwotDayInput),
  'visits.swotDayCandidates': method<SwotDayCandidates>()(swotDayCandidatesInput),
  'visits.progress': method<VisitProgress>()(visitProgressInput),
  'visits.exportIcs': method<ExportedFile>()(exportIcsInput),

  'tourSettings.get': method<TourSettings>()(none),
  'tourSettings.update': method<TourSettings>()(tourSettingsInput),
  'legOverrides.list': method<LegOverride[]>()(none),
  'legOverrides.set': method<LegOverride>()(legOverrideInput),
  'legOverrides.clear': method<{ fromCode: string; toCode: string }>()(clearLegOverrideInput),

  'tours.plan': method<TourPlan>()(planTourInput),
  'tours.accept': method<TourDetail>()(acceptTourInput),
  'tours.list': method<TourSummary[]>()(none),
  'tours.get': method<TourDetail>()(idInput),
  'tours.delete': method<{ id: string; deletedVisits: number }>()(idInput),
  'reports.tourItinerary': method<ExportedFile>()(idInput),

  'project.get': method<ProjectPlan>()(none),
  'project.viewDate': method<ViewDate>()(none),
  'project.setViewDate': method<ViewDate>()(setViewDateInput),
  'project.nextSteps': method<NextSteps>()(none),
  'phases.create': method<ProjectPhase>()(createPhaseInput),
  'phases.update': method<ProjectPhase>()(updatePhaseInput),
  'phases.delete': method<{ id: string }>()(idInput),
  'milestones.create': method<Milestone>()(createMilestoneInput),
  'milestones.update': method<Milestone>()(updateMilestoneInput),
  'milestones.delete': method<{ id: string }>()(idInput),
  'periods.create': method<ReportingPeriod>()(createPeriodInput),
  'periods.update': method<ReportingPeriod>()(updatePeriodInput),
  'periods.delete': method<{ id: string }>()(idInput),
  'timeline.get': method<TimelineData>()(timelineInput),

  'activities.list': method<ActivityPage>()(listActivitiesInput),
  'activities.options': method<ActivityOptions>()(activityOptionsInput),
  'activities.get': method<Activity>()(idInput),
  'activities.create': method<Activity>()(createActivityInput),
  'activities.update': method<Activity>()(updateActivityInput),
  'activities.delete': method<{ id: string }>()(idInput),
  'activities.coverage': method<CoveragePage>()(coverageInput),

  'participants.list': method<ParticipantPage>()(listParticipantsInput),
  'participants.search': method<ParticipantOptions>()(searchParticipantsInput),
  'participants.get': method<ParticipantHistory>()(idInput),
  'participants.create': method<ParticipantSummary>()(createParticipantInput),
  'participants.update': method<ParticipantSummary>()(updateParticipantInput),
  'participants.erase': method<{ id: string; attendanceRowsKept: number }>()(eraseParticipantInput),
  'participants.importPreview': method<ParticipantImportPreview>()(participantImportInput),
  'participants.import': method<{ imported: number; merged: number; skipped: number }>()(participantImportCommitInput),
  'participants.importTemplate': method<ExportedFile>()(none),

  'attendance.grid': method<AttendanceGrid>()(attendanceGridInput),
  'attendance.gridRows': method<AttendanceGridPage>()(attendanceGridRowsInput),
  'attendance.save': method<{ saved: number; removed: number }>()(saveAttendanceInput),
  'attendance.importPreview': method<AttendanceImportPreview>()(attendanceImportInput),
  'attendance.import': method<{ imported: number; skipped: number }>()(attendanceImportCommitInput),
  'attendance.importTemplate': method<ExportedFile>()(none),

  'reports.timeReport': method<ExportedFile>()(timeReportInput),

  'esf.settings': method<EsfSettings>()(none),
  'esf.updateSettings': method<EsfSettings>()(esfSettingsInput),
  'esf.coFinancing': method<CoFinancingPage>()(coFinancingInput),
  'esf.indicators': method<Indicators>()(periodRangeInput),
  'esf.overview': method<Overview>()(none),
  'costs.list': method<CostPage>()(listCostsInput),
  'costs.create': method<Cost>()(createCostInput),
  'costs.update': method<Cost>()(updateCostInput),
  'costs.delete': method<{ id: string }>()(idInput),
  'costs.importPreview': method<{ valid: number; errors: { row: number; message: string }[]; totalRows: number }>()(costImportInput),
  'costs.import': method<{ imported: number; skipped: number }>()(costImportCommitInput),
  'budget.list': method<BudgetLine[]>()(none),
  'budget.set': method<BudgetLine>()(setBudgetInput),
  'budget.outcome': method<BudgetOutcome>()(none),
  'financing.list': method<FinancingPage>()(listFinancingInput),
  'financing.create': method<FinancingEntry>()(createFinancingInput),
  'financing.update': method<FinancingEntry>()(updateFinancingInput),
  'financing.delete': method<{ id: string }>()(idInput),
  'financingBudget.list': method<FinancingBudgetLine[]>()(none),
  'financingBudget.set': method<FinancingBudgetLine>()(setFinancingBudgetInput),
  'projectTexts.get': method<Record<ProjectTextKey, string>>()(none),
  'projectTexts.save': method<Record<ProjectTextKey, string>>()(saveProjectTextInput),
  'periodTexts.get': method<Record<PeriodTextKey, string>>()(periodIdInput),
  'periodTexts.save': method<Record<PeriodTextKey, string>>()(savePeriodTextInput),
  'reports.scbParticipants': method<ExportedFile>()(scbExportInput),
  'reports.scbPreview': method<ScbMonthPreview>()(scbExportInput),
  'reports.scbStatus': method<ScbStatus>()(none),
  'reports.readiness': method<Readiness>()(readinessInput),
  'reports.progressReport': method<ExportedFile>()(progressReportInput),
  'reports.paymentClaim': method<ExportedFile>()(progressReportInput),
  'reports.finalReport': method<ExportedFile>()(none),

  'backups.list': method<BackupInfo[]>()(none),
  'backups.create': method<BackupInfo>()(none),
  'backups.inspect': method<BackupContents>()(backupNameInput),
  'backups.restore': method<{ preRestoreBackup: string }>()(backupNameInput),
  'backups.settings': method<Retention>()(none),
  'backups.updateSettings': method<Retention>()(retentionInput),
  'projectFile.export': method<ExportedFile>()(none),
  'projectFile.import': method<{ preImportBackup: string }>()(projectFileImportInput),
  'sync.status': method<SyncStatus>()(none),
  'sync.configure': method<SyncStatus>()(configureSyncInput),
  'sync.run': method<SyncResult>()(none),
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
