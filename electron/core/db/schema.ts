import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { CountyCode, LibraryUnitKind } from '../../../shared/domain/municipalities';
import type { PlanStatus } from '../../../shared/domain/plans';
import type { Perspective, Quadrant, SwotDayStatus } from '../../../shared/domain/swot';
import type { VisitKind, VisitStatus } from '../../../shared/domain/visits';
import type { ActivityKind, ActivityStatus } from '../../../shared/domain/activities';
import type { Gender } from '../../../shared/domain/participants';
import type { BackgroundKind, QuestionKind, ResponseSource, RoundTarget, SurveyTemplateKey } from '../../../shared/domain/surveys';
import type { ExpenseType, FinancingEntrySource, FinancingSource, TypedCostCategory } from '../../../shared/domain/esf';
import type { EsfPlusLine } from '../../../shared/domain/esf-plus';
import type { EmploymentStatus, ExitSituation, IscedLevel } from '../../../shared/domain/eu-indicators';
import type { TheoryLevel, TheoryLinkKind } from '../../../shared/domain/change-theory';

/*
 * The one typed description of the database. Column names are the SQL names
 * (snake_case); services alias them to the camelCase of the contract.
 *
 * Conventions: editable rows have a text UUIDv7 `id`, ISO-UTC `created_at`
 * and `updated_at`, and a soft `deleted_at` (sync needs tombstones).
 * Reference rows (counties, municipalities) are keyed by their SCB code,
 * which is the same on every laptop.
 */

export interface CountyTable {
  code: CountyCode;
  name: string;
  county_library_seat: string;
}

export interface MunicipalityTable {
  code: string;
  name: string;
  /** Lower-cased (sv) name, for searching without regard to case. */
  name_folded: string;
  county_code: CountyCode;
  seat: string;
  lat: number;
  lon: number;
}

export interface EditableRow {
  id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface LibraryUnitTable extends EditableRow {
  municipality_code: string;
  name: string;
  kind: LibraryUnitKind;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  staff_count: number | null;
}

export interface ContactTable extends EditableRow {
  municipality_code: string;
  library_unit_id: string | null;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface CompetenceAreaTable extends EditableRow {
  name: string;
  description: string | null;
  is_track: 0 | 1;
  /** JSON array of Swedish words. */
  keywords: string;
  sort_order: number;
}

export interface SwotDayTable extends EditableRow {
  municipality_code: string;
  date: string;
  library_unit_id: string | null;
  facilitators: string | null;
  participants_women: number;
  participants_men: number;
  participants_other: number;
  status: SwotDayStatus;
  prep_omvarld: string | null;
  prep_narvarld: string | null;
  prep_invarld: string | null;
}

export interface SwotNoteTable extends EditableRow {
  swot_day_id: string;
  perspective: Perspective;
  quadrant: Quadrant;
  text: string;
  position: number;
  priority: 1 | 2 | 3 | null;
  /** JSON array of competence-area ids. */
  area_ids: string;
}

/**
 * Derived from swot_notes and swot_days by triggers (migration 0012): one row
 * per live note in a live day and each area id it carries. Never synced,
 * never copied by a restore; Kartläggning counts from it.
 */
export interface SwotNoteAreaTable {
  note_id: string;
  area_id: string;
  swot_day_id: string;
  municipality_code: string;
  day_status: SwotDayStatus;
  /** 'styrka' under Styrkor, 'behov' under Svagheter, Möjligheter and Hot. */
  kind: 'behov' | 'styrka';
}

export interface PlanItemTable extends EditableRow {
  municipality_code: string;
  area_id: string;
  goal: string;
  /** The activity the plan names (0010); always also a live row of activity_needs. */
  activity_id: string | null;
  /** A track for a need with no activity yet (0010); null when an activity is named. */
  track_id: string | null;
  /** Free text: a note (before 0010 the plan named its activity or track here in words). */
  activity: string | null;
  responsible: string | null;
  status: PlanStatus;
}

export interface IndividualPlanTable extends EditableRow {
  municipality_code: string;
  staff_name: string;
  library_unit_id: string | null;
  /** JSON array of competence-area ids. */
  area_ids: string;
  goals: string;
  status: PlanStatus;
}

export interface TourTable extends EditableRow {
  name: string;
  start_code: string;
  end_code: string;
  start_date: string;
  end_date: string;
  /** JSON of the day rules the tour was planned with. */
  rules: string;
  /** JSON array of municipality codes in visiting order. */
  stop_codes: string;
  /** JSON array of names. */
  coordinators: string;
}

export interface VisitTable extends EditableRow {
  municipality_code: string;
  library_unit_id: string | null;
  swot_day_id: string | null;
  tour_id: string | null;
  kind: VisitKind;
  title: string | null;
  date: string;
  start_time: string;
  end_time: string;
  /** JSON array of names. */
  coordinators: string;
  status: VisitStatus;
  note: string | null;
  sequence: number;
}

export interface LegOverrideTable extends EditableRow {
  /** The pair is stored ordered, from_code < to_code. */
  from_code: string;
  to_code: string;
  km: number;
  minutes: number;
}

export interface SettingTable {
  key: string;
  /** JSON. */
  value: string;
  updated_at: string;
}

export interface ProjectPhaseTable extends EditableRow {
  name: string;
  start_date: string;
  end_date: string;
  sort_order: number;
}

export interface MilestoneTable extends EditableRow {
  name: string;
  date: string;
  done: 0 | 1;
  note: string | null;
}

export interface ReportingPeriodTable extends EditableRow {
  name: string;
  start_date: string;
  end_date: string;
  due_date: string;
}

export interface ActivityTable extends EditableRow {
  name: string;
  kind: ActivityKind;
  track_id: string | null;
  /** JSON array of competence-area ids. */
  area_ids: string;
  provider: string | null;
  cost_ore: number | null;
  capacity: number | null;
  status: ActivityStatus;
  description: string | null;
}

export interface ActivitySessionTable extends EditableRow {
  activity_id: string;
  date: string;
  start_time: string;
  end_time: string;
  place: string;
  municipality_code: string | null;
}

export interface ActivityNeedTable extends EditableRow {
  activity_id: string;
  plan_item_id: string;
}

export interface ParticipantTable extends EditableRow {
  first_name: string | null;
  last_name: string | null;
  gender: Gender;
  birth_year: number | null;
  /** 12 digits; personal data, never logged nor sent unmasked. */
  personnummer: string | null;
  municipality_code: string;
  library_unit_id: string | null;
  role: string | null;
  employment_rate: number | null;
  monthly_salary: number | null;
  start_date: string;
  end_date: string | null;
  erased_at: string | null;
}

/**
 * Derived from participants by triggers (migration 0011): folded names for
 * search and Swedish sort keys. Never synced, never copied by a restore.
 */
export interface ParticipantSearchTable {
  key: Generated<number>;
  participant_id: string;
  first_name: string;
  last_name: string;
  name: string;
  municipality: string;
  name_key: string;
  municipality_key: string;
}

export interface AttendanceTable extends EditableRow {
  session_id: string;
  participant_id: string;
  hours: number;
}

export interface ErasureLogTable {
  id: string;
  participant_id: string;
  erased_at: string;
  attendance_rows_kept: number;
}

export interface CostTable extends EditableRow {
  date: string;
  /** 0009 moved the financing categories out; live rows are typed costs only (the CHECK of 0007 still allows the old values). */
  category: TypedCostCategory;
  amount_ore: number;
  supplier: string | null;
  note: string | null;
  /** Verifikationsnummer in the bookkeeping; optional, the readiness check asks for it. */
  voucher_number: string | null;
}

export interface FinancingEntryTable extends EditableRow {
  date: string;
  source: FinancingEntrySource;
  /** Who pays: the project owner or a partner (kommun, region). */
  financier: string;
  amount_ore: number;
  voucher_number: string | null;
  note: string | null;
}

export interface FinancingBudgetLineTable extends EditableRow {
  period_id: string;
  source: FinancingSource;
  amount_ore: number;
}

export interface ProjectTextTable extends EditableRow {
  key: string;
  text: string;
}

/** This computer's log of SCB monthly exports (not synced: the personnummer stays here too). */
export interface ScbExportTable {
  id: Generated<number>;
  month: string;
  exported_at: string;
  rows: number;
  without_personnummer: number;
}

/** Written by a trigger when a participant's start or end date changes: months from `from_month` on are due again. */
export interface ScbCorrectionTable {
  id: Generated<number>;
  participant_id: string;
  from_month: string;
  changed_at: string;
}

export interface BudgetLineTable extends EditableRow {
  period_id: string;
  category: ExpenseType;
  amount_ore: number;
}

export interface PeriodTextTable extends EditableRow {
  period_id: string;
  key: string;
  text: string;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface MigrationLogTable {
  version: number;
  name: string;
  applied_at: string;
  seq: Generated<number>;
}

/*
 * Sync's own bookkeeping (migration 0008): local to this computer, never
 * synced itself. sync/ reads and writes it in raw SQL; it is described here
 * so that this file describes every table the migrations create.
 */

/** The one row (id 1): this installation's site id, the person, the hybrid logical clock and the capture switch. */
export interface SyncStateTable {
  id: number;
  site_id: string;
  person: Generated<string>;
  wall_ms: Generated<number>;
  counter: Generated<number>;
  /** 1 while remote changes are applied: the capture triggers stay silent. */
  applying: Generated<number>;
  /** The last sync_changes.seq written to the shared folder. */
  written_seq: Generated<number>;
  last_sync: string | null;
  /** Generated from wall_ms, counter and site_id (never null in fact; SQLite declares a generated column nullable). */
  hlc: ColumnType<string | null, never, never>;
}

/** This site's append-only change log: one row per changed field, its JSON value and clock. */
export interface SyncChangeTable {
  seq: Generated<number>;
  tbl: string;
  row_id: string;
  field: string;
  /** JSON. */
  value: string;
  hlc: string;
  /** The clock of the value this change replaced, null for a new row. */
  base: string | null;
}

/** The winning clock of every field, local or remote. */
export interface SyncFieldClockTable {
  tbl: string;
  row_id: string;
  field: string;
  hlc: string;
}

/** A bulk import's one marker in place of a change row per field; sync expands it. */
export interface SyncPendingBulkTable {
  id: Generated<number>;
  tbl: string;
  hlc: string;
  /** JSON array of row keys. */
  keys: string;
}

/** The shared-folder files already merged. */
export interface SyncFileSeenTable {
  name: string;
  sha256: string;
  status: 'ok' | 'corrupt' | 'partial';
  seen_at: string;
}

export interface TrainingFollowUpTable extends EditableRow {
  activity_id: string; participant_id: string; expected_benefit: string | null; sharing_plan: string | null;
  task_kind: 'apt'; task_date: string | null; responsible: string | null; status: 'planerad' | 'genomford'; note: string | null;
}
export interface DevelopmentProcessTable extends EditableRow {
  municipality_code: string; name: string; template_key: 'digital_malbild' | null; started_on: string | null;
}
export interface DevelopmentProcessStepTable extends EditableRow {
  process_id: string; position: number; title: string; owner: string | null; due_date: string | null; status: 'ej_paborjad' | 'pagar' | 'klar'; note: string | null;
}
export interface QuestionnaireTable extends EditableRow {
  name: string;
  description: string | null;
  template_key: SurveyTemplateKey | null;
  collects_names: ColumnType<0 | 1, 0 | 1 | undefined, 0 | 1>;
}

export interface QuestionnaireSectionTable extends EditableRow {
  questionnaire_id: string;
  position: number;
  title: string;
}

export interface SurveyQuestionTable extends EditableRow {
  questionnaire_id: string;
  section_id: string;
  position: number;
  code: string;
  text: string;
  kind: QuestionKind;
  /** JSON array of the option texts (enval, flerval); '[]' otherwise. */
  options: ColumnType<string, string | undefined, string>;
  background: BackgroundKind | null;
  required: ColumnType<0 | 1, 0 | 1 | undefined, 0 | 1>;
}

export interface SurveyRoundTable extends EditableRow {
  questionnaire_id: string;
  name: string;
  target: RoundTarget;
  county_code: CountyCode | null;
  activity_id: string | null;
  opens_on: string | null;
  closes_on: string | null;
  compare_round_id: string | null;
}

export interface SurveyRoundGroupTable extends EditableRow {
  round_id: string;
  county_code: CountyCode;
  asked: number;
}

export interface SurveyResponseTable extends EditableRow {
  round_id: string;
  county_code: CountyCode | null;
  municipality_code: string | null;
  /** The role as typed; `role_key` its fold, what a breakdown groups by. */
  role: string | null;
  role_key: string | null;
  respondent_name: string | null;
  source: ResponseSource;
  answered_on: string | null;
}

export interface SurveyAnswerTable extends EditableRow {
  response_id: string;
  question_id: string;
  number_value: number | null;
  dont_know: ColumnType<0 | 1, 0 | 1 | undefined, 0 | 1>;
  text_value: string | null;
  /** JSON array of the chosen option texts (flerval). */
  choices: string | null;
}

/**
 * Derived from survey_answers and survey_responses by triggers (migration
 * 0014): one row per live answer of a live response, with the response's
 * round and groups. Never synced, never copied by a restore; the results'
 * figures count from it.
 */
export interface SurveyAnswerFactTable {
  question_id: string;
  round_id: string;
  answer_id: string;
  county_code: CountyCode | null;
  municipality_code: string | null;
  role_key: string | null;
  role: string | null;
  number_value: number | null;
  dont_know: 0 | 1;
  text_value: string | null;
  choices: string | null;
}

/* ESF+ 2021–2027 (migration 0015). Rows once per natural key have a UUIDv5 of that key as id (ids.ts naturalId). */

/** The project's own staff: their time is the direct staff cost at unit cost. */
export interface ProjectStaffTable extends EditableRow {
  name: string;
  role: string | null;
  municipality_code: string;
  /** Gross monthly employment cost, whole kronor. */
  monthly_salary: number;
  start_date: string | null;
  end_date: string | null;
}

/** One staff member's hours of one month ('YYYY-MM'); the time report signed on `signed_on`, or not yet. */
export interface StaffTimeTable extends EditableRow {
  staff_id: string;
  month: string;
  hours: number;
  signed_on: string | null;
  note: string | null;
}

/** A participant's month: signed on `signed_on`, or explicitly not (null). */
export interface ParticipantMonthSignatureTable extends EditableRow {
  participant_id: string;
  month: string;
  signed_on: string | null;
}

export interface ParticipantIndicatorTable extends EditableRow {
  participant_id: string;
  employment_status: EmploymentStatus | null;
  isced_level: IscedLevel | null;
  exit_situation: ExitSituation | null;
  employed_after_six_months: 0 | 1 | null;
}

export interface ChangeTheoryBoxTable extends EditableRow {
  level: TheoryLevel;
  position: number;
  title: string;
  description: string | null;
}

export interface ChangeTheoryLinkTable extends EditableRow {
  box_id: string;
  target_kind: TheoryLinkKind;
  target_id: string;
}

export interface EsfPlusBudgetLineTable extends EditableRow {
  period_id: string;
  line: EsfPlusLine;
  amount_ore: number;
}

/** Derived by triggers from attendance and sessions: a participant's live hours and sessions per month. Never synced. */
export interface ParticipantMonthHoursTable {
  month: string;
  participant_id: string;
  hours: number;
  sessions: number;
}

/** Derived by triggers from participant_month_hours and participants: participants with a salary per month, county, salary and hours. Never synced. */
export interface ParticipantMonthGroupsTable {
  month: string;
  county_code: string;
  monthly_salary: number;
  hours: number;
  participants: number;
}


export interface Database {
  questionnaires: QuestionnaireTable;
  questionnaire_sections: QuestionnaireSectionTable;
  survey_questions: SurveyQuestionTable;
  survey_rounds: SurveyRoundTable;
  survey_round_groups: SurveyRoundGroupTable;
  survey_responses: SurveyResponseTable;
  survey_answers: SurveyAnswerTable;
  survey_answer_facts: SurveyAnswerFactTable;
  project_staff: ProjectStaffTable;
  staff_time: StaffTimeTable;
  participant_month_signatures: ParticipantMonthSignatureTable;
  participant_indicators: ParticipantIndicatorTable;
  change_theory_boxes: ChangeTheoryBoxTable;
  change_theory_links: ChangeTheoryLinkTable;
  esf_plus_budget_lines: EsfPlusBudgetLineTable;
  participant_month_hours: ParticipantMonthHoursTable;
  participant_month_groups: ParticipantMonthGroupsTable;
  training_follow_ups: TrainingFollowUpTable;
  development_processes: DevelopmentProcessTable;
  development_process_steps: DevelopmentProcessStepTable;
  counties: CountyTable;
  municipalities: MunicipalityTable;
  library_units: LibraryUnitTable;
  contacts: ContactTable;
  competence_areas: CompetenceAreaTable;
  swot_days: SwotDayTable;
  swot_notes: SwotNoteTable;
  swot_note_areas: SwotNoteAreaTable;
  plan_items: PlanItemTable;
  individual_plans: IndividualPlanTable;
  tours: TourTable;
  visits: VisitTable;
  leg_overrides: LegOverrideTable;
  settings: SettingTable;
  project_phases: ProjectPhaseTable;
  milestones: MilestoneTable;
  reporting_periods: ReportingPeriodTable;
  activities: ActivityTable;
  activity_sessions: ActivitySessionTable;
  activity_needs: ActivityNeedTable;
  participants: ParticipantTable;
  participant_search: ParticipantSearchTable;
  attendance: AttendanceTable;
  erasure_log: ErasureLogTable;
  costs: CostTable;
  budget_lines: BudgetLineTable;
  period_texts: PeriodTextTable;
  financing_entries: FinancingEntryTable;
  financing_budget_lines: FinancingBudgetLineTable;
  project_texts: ProjectTextTable;
  scb_exports: ScbExportTable;
  scb_corrections: ScbCorrectionTable;
  app_meta: AppMetaTable;
  migration_log: MigrationLogTable;
  sync_state: SyncStateTable;
  sync_changes: SyncChangeTable;
  sync_field_clock: SyncFieldClockTable;
  sync_pending_bulk: SyncPendingBulkTable;
  sync_files_seen: SyncFileSeenTable;
}

export type LibraryUnitRow = Selectable<LibraryUnitTable>;
export type NewLibraryUnitRow = Insertable<LibraryUnitTable>;
export type LibraryUnitUpdate = Updateable<LibraryUnitTable>;
export type ContactRow = Selectable<ContactTable>;
