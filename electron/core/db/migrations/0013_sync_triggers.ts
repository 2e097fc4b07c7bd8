/*
 * The change-capture triggers of migration 0013, in the order it
 * (re)creates them: every syncable table of schema version 13 by name, then
 * the erasure trigger. A trigger with SQL here is new at 0013 (the survey,
 * follow-up and development-process tables): pasted once from what
 * sync/triggers.ts generated for a database migrated to v13. `null` marks
 * one unchanged since the version before; the migration re-creates it from
 * its own stored text, which moves it behind this migration's other
 * triggers as the generator's drop-and-create did (a table's triggers fire
 * newest first). Frozen: never regenerate or edit.
 */
export const syncTriggers0013: readonly (readonly [name: string, sql: string | null])[] = [
  ['sync_ins_activities', null],
  ['sync_upd_activities', null],
  ['sync_ins_activity_needs', null],
  ['sync_upd_activity_needs', null],
  ['sync_ins_activity_sessions', null],
  ['sync_upd_activity_sessions', null],
  ['sync_ins_attendance', null],
  ['sync_upd_attendance', null],
  ['sync_ins_budget_lines', null],
  ['sync_upd_budget_lines', null],
  ['sync_ins_competence_areas', null],
  ['sync_upd_competence_areas', null],
  ['sync_ins_contacts', null],
  ['sync_upd_contacts', null],
  ['sync_ins_costs', null],
  ['sync_upd_costs', null],
  [
    'sync_ins_development_process_steps',
    `CREATE TRIGGER "sync_ins_development_process_steps"
  after insert on "development_process_steps"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'development_process_steps', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'process_id' as field, json_quote(NEW."process_id") as value union all select 'position' as field, json_quote(NEW."position") as value union all select 'title' as field, json_quote(NEW."title") as value union all select 'owner' as field, json_quote(NEW."owner") as value union all select 'due_date' as field, json_quote(NEW."due_date") as value union all select 'status' as field, json_quote(NEW."status") as value union all select 'note' as field, json_quote(NEW."note") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'development_process_steps', NEW."id", f.field, s.hlc from sync_state s, (select 'process_id' as field, json_quote(NEW."process_id") as value union all select 'position' as field, json_quote(NEW."position") as value union all select 'title' as field, json_quote(NEW."title") as value union all select 'owner' as field, json_quote(NEW."owner") as value union all select 'due_date' as field, json_quote(NEW."due_date") as value union all select 'status' as field, json_quote(NEW."status") as value union all select 'note' as field, json_quote(NEW."note") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_development_process_steps',
    `CREATE TRIGGER "sync_upd_development_process_steps"
  after update on "development_process_steps"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'development_process_steps', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'development_process_steps' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'process_id' as field, json_quote(NEW."process_id") as value where OLD."process_id" is not NEW."process_id" union all select 'position' as field, json_quote(NEW."position") as value where OLD."position" is not NEW."position" union all select 'title' as field, json_quote(NEW."title") as value where OLD."title" is not NEW."title" union all select 'owner' as field, json_quote(NEW."owner") as value where OLD."owner" is not NEW."owner" union all select 'due_date' as field, json_quote(NEW."due_date") as value where OLD."due_date" is not NEW."due_date" union all select 'status' as field, json_quote(NEW."status") as value where OLD."status" is not NEW."status" union all select 'note' as field, json_quote(NEW."note") as value where OLD."note" is not NEW."note" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'development_process_steps', NEW."id", f.field, s.hlc from sync_state s, (select 'process_id' as field, json_quote(NEW."process_id") as value where OLD."process_id" is not NEW."process_id" union all select 'position' as field, json_quote(NEW."position") as value where OLD."position" is not NEW."position" union all select 'title' as field, json_quote(NEW."title") as value where OLD."title" is not NEW."title" union all select 'owner' as field, json_quote(NEW."owner") as value where OLD."owner" is not NEW."owner" union all select 'due_date' as field, json_quote(NEW."due_date") as value where OLD."due_date" is not NEW."due_date" union all select 'status' as field, json_quote(NEW."status") as value where OLD."status" is not NEW."status" union all select 'note' as field, json_quote(NEW."note") as value where OLD."note" is not NEW."note" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_ins_development_processes',
    `CREATE TRIGGER "sync_ins_development_processes"
  after insert on "development_processes"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'development_processes', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'municipality_code' as field, json_quote(NEW."municipality_code") as value union all select 'name' as field, json_quote(NEW."name") as value union all select 'template_key' as field, json_quote(NEW."template_key") as value union all select 'started_on' as field, json_quote(NEW."started_on") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'development_processes', NEW."id", f.field, s.hlc from sync_state s, (select 'municipality_code' as field, json_quote(NEW."municipality_code") as value union all select 'name' as field, json_quote(NEW."name") as value union all select 'template_key' as field, json_quote(NEW."template_key") as value union all select 'started_on' as field, json_quote(NEW."started_on") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_development_processes',
    `CREATE TRIGGER "sync_upd_development_processes"
  after update on "development_processes"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'development_processes', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'development_processes' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'municipality_code' as field, json_quote(NEW."municipality_code") as value where OLD."municipality_code" is not NEW."municipality_code" union all select 'name' as field, json_quote(NEW."name") as value where OLD."name" is not NEW."name" union all select 'template_key' as field, json_quote(NEW."template_key") as value where OLD."template_key" is not NEW."template_key" union all select 'started_on' as field, json_quote(NEW."started_on") as value where OLD."started_on" is not NEW."started_on" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'development_processes', NEW."id", f.field, s.hlc from sync_state s, (select 'municipality_code' as field, json_quote(NEW."municipality_code") as value where OLD."municipality_code" is not NEW."municipality_code" union all select 'name' as field, json_quote(NEW."name") as value where OLD."name" is not NEW."name" union all select 'template_key' as field, json_quote(NEW."template_key") as value where OLD."template_key" is not NEW."template_key" union all select 'started_on' as field, json_quote(NEW."started_on") as value where OLD."started_on" is not NEW."started_on" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  ['sync_ins_financing_budget_lines', null],
  ['sync_upd_financing_budget_lines', null],
  ['sync_ins_financing_entries', null],
  ['sync_upd_financing_entries', null],
  ['sync_ins_individual_plans', null],
  ['sync_upd_individual_plans', null],
  ['sync_ins_leg_overrides', null],
  ['sync_upd_leg_overrides', null],
  ['sync_ins_library_units', null],
  ['sync_upd_library_units', null],
  ['sync_ins_milestones', null],
  ['sync_upd_milestones', null],
  ['sync_ins_participants', null],
  ['sync_upd_participants', null],
  ['sync_ins_period_texts', null],
  ['sync_upd_period_texts', null],
  ['sync_ins_plan_items', null],
  ['sync_upd_plan_items', null],
  ['sync_ins_project_phases', null],
  ['sync_upd_project_phases', null],
  ['sync_ins_project_texts', null],
  ['sync_upd_project_texts', null],
  [
    'sync_ins_questionnaire_sections',
    `CREATE TRIGGER "sync_ins_questionnaire_sections"
  after insert on "questionnaire_sections"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'questionnaire_sections', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'questionnaire_id' as field, json_quote(NEW."questionnaire_id") as value union all select 'position' as field, json_quote(NEW."position") as value union all select 'title' as field, json_quote(NEW."title") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'questionnaire_sections', NEW."id", f.field, s.hlc from sync_state s, (select 'questionnaire_id' as field, json_quote(NEW."questionnaire_id") as value union all select 'position' as field, json_quote(NEW."position") as value union all select 'title' as field, json_quote(NEW."title") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_questionnaire_sections',
    `CREATE TRIGGER "sync_upd_questionnaire_sections"
  after update on "questionnaire_sections"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'questionnaire_sections', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'questionnaire_sections' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'questionnaire_id' as field, json_quote(NEW."questionnaire_id") as value where OLD."questionnaire_id" is not NEW."questionnaire_id" union all select 'position' as field, json_quote(NEW."position") as value where OLD."position" is not NEW."position" union all select 'title' as field, json_quote(NEW."title") as value where OLD."title" is not NEW."title" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'questionnaire_sections', NEW."id", f.field, s.hlc from sync_state s, (select 'questionnaire_id' as field, json_quote(NEW."questionnaire_id") as value where OLD."questionnaire_id" is not NEW."questionnaire_id" union all select 'position' as field, json_quote(NEW."position") as value where OLD."position" is not NEW."position" union all select 'title' as field, json_quote(NEW."title") as value where OLD."title" is not NEW."title" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_ins_questionnaires',
    `CREATE TRIGGER "sync_ins_questionnaires"
  after insert on "questionnaires"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'questionnaires', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'name' as field, json_quote(NEW."name") as value union all select 'description' as field, json_quote(NEW."description") as value union all select 'template_key' as field, json_quote(NEW."template_key") as value union all select 'collects_names' as field, json_quote(NEW."collects_names") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'questionnaires', NEW."id", f.field, s.hlc from sync_state s, (select 'name' as field, json_quote(NEW."name") as value union all select 'description' as field, json_quote(NEW."description") as value union all select 'template_key' as field, json_quote(NEW."template_key") as value union all select 'collects_names' as field, json_quote(NEW."collects_names") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_questionnaires',
    `CREATE TRIGGER "sync_upd_questionnaires"
  after update on "questionnaires"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'questionnaires', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'questionnaires' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'name' as field, json_quote(NEW."name") as value where OLD."name" is not NEW."name" union all select 'description' as field, json_quote(NEW."description") as value where OLD."description" is not NEW."description" union all select 'template_key' as field, json_quote(NEW."template_key") as value where OLD."template_key" is not NEW."template_key" union all select 'collects_names' as field, json_quote(NEW."collects_names") as value where OLD."collects_names" is not NEW."collects_names" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'questionnaires', NEW."id", f.field, s.hlc from sync_state s, (select 'name' as field, json_quote(NEW."name") as value where OLD."name" is not NEW."name" union all select 'description' as field, json_quote(NEW."description") as value where OLD."description" is not NEW."description" union all select 'template_key' as field, json_quote(NEW."template_key") as value where OLD."template_key" is not NEW."template_key" union all select 'collects_names' as field, json_quote(NEW."collects_names") as value where OLD."collects_names" is not NEW."collects_names" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  ['sync_ins_reporting_periods', null],
  ['sync_upd_reporting_periods', null],
  ['sync_ins_settings', null],
  ['sync_upd_settings', null],
  [
    'sync_ins_survey_answers',
    `CREATE TRIGGER "sync_ins_survey_answers"
  after insert on "survey_answers"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'survey_answers', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'response_id' as field, json_quote(NEW."response_id") as value union all select 'question_id' as field, json_quote(NEW."question_id") as value union all select 'number_value' as field, json_quote(NEW."number_value") as value union all select 'dont_know' as field, json_quote(NEW."dont_know") as value union all select 'text_value' as field, json_quote(NEW."text_value") as value union all select 'choices' as field, json_quote(NEW."choices") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'survey_answers', NEW."id", f.field, s.hlc from sync_state s, (select 'response_id' as field, json_quote(NEW."response_id") as value union all select 'question_id' as field, json_quote(NEW."question_id") as value union all select 'number_value' as field, json_quote(NEW."number_value") as value union all select 'dont_know' as field, json_quote(NEW."dont_know") as value union all select 'text_value' as field, json_quote(NEW."text_value") as value union all select 'choices' as field, json_quote(NEW."choices") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_survey_answers',
    `CREATE TRIGGER "sync_upd_survey_answers"
  after update on "survey_answers"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'survey_answers', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'survey_answers' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'response_id' as field, json_quote(NEW."response_id") as value where OLD."response_id" is not NEW."response_id" union all select 'question_id' as field, json_quote(NEW."question_id") as value where OLD."question_id" is not NEW."question_id" union all select 'number_value' as field, json_quote(NEW."number_value") as value where OLD."number_value" is not NEW."number_value" union all select 'dont_know' as field, json_quote(NEW."dont_know") as value where OLD."dont_know" is not NEW."dont_know" union all select 'text_value' as field, json_quote(NEW."text_value") as value where OLD."text_value" is not NEW."text_value" union all select 'choices' as field, json_quote(NEW."choices") as value where OLD."choices" is not NEW."choices" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'survey_answers', NEW."id", f.field, s.hlc from sync_state s, (select 'response_id' as field, json_quote(NEW."response_id") as value where OLD."response_id" is not NEW."response_id" union all select 'question_id' as field, json_quote(NEW."question_id") as value where OLD."question_id" is not NEW."question_id" union all select 'number_value' as field, json_quote(NEW."number_value") as value where OLD."number_value" is not NEW."number_value" union all select 'dont_know' as field, json_quote(NEW."dont_know") as value where OLD."dont_know" is not NEW."dont_know" union all select 'text_value' as field, json_quote(NEW."text_value") as value where OLD."text_value" is not NEW."text_value" union all select 'choices' as field, json_quote(NEW."choices") as value where OLD."choices" is not NEW."choices" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_ins_survey_questions',
    `CREATE TRIGGER "sync_ins_survey_questions"
  after insert on "survey_questions"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'survey_questions', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'questionnaire_id' as field, json_quote(NEW."questionnaire_id") as value union all select 'section_id' as field, json_quote(NEW."section_id") as value union all select 'position' as field, json_quote(NEW."position") as value union all select 'code' as field, json_quote(NEW."code") as value union all select 'text' as field, json_quote(NEW."text") as value union all select 'kind' as field, json_quote(NEW."kind") as value union all select 'options' as field, json_quote(NEW."options") as value union all select 'background' as field, json_quote(NEW."background") as value union all select 'required' as field, json_quote(NEW."required") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'survey_questions', NEW."id", f.field, s.hlc from sync_state s, (select 'questionnaire_id' as field, json_quote(NEW."questionnaire_id") as value union all select 'section_id' as field, json_quote(NEW."section_id") as value union all select 'position' as field, json_quote(NEW."position") as value union all select 'code' as field, json_quote(NEW."code") as value union all select 'text' as field, json_quote(NEW."text") as value union all select 'kind' as field, json_quote(NEW."kind") as value union all select 'options' as field, json_quote(NEW."options") as value union all select 'background' as field, json_quote(NEW."background") as value union all select 'required' as field, json_quote(NEW."required") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_survey_questions',
    `CREATE TRIGGER "sync_upd_survey_questions"
  after update on "survey_questions"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'survey_questions', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'survey_questions' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'questionnaire_id' as field, json_quote(NEW."questionnaire_id") as value where OLD."questionnaire_id" is not NEW."questionnaire_id" union all select 'section_id' as field, json_quote(NEW."section_id") as value where OLD."section_id" is not NEW."section_id" union all select 'position' as field, json_quote(NEW."position") as value where OLD."position" is not NEW."position" union all select 'code' as field, json_quote(NEW."code") as value where OLD."code" is not NEW."code" union all select 'text' as field, json_quote(NEW."text") as value where OLD."text" is not NEW."text" union all select 'kind' as field, json_quote(NEW."kind") as value where OLD."kind" is not NEW."kind" union all select 'options' as field, json_quote(NEW."options") as value where OLD."options" is not NEW."options" union all select 'background' as field, json_quote(NEW."background") as value where OLD."background" is not NEW."background" union all select 'required' as field, json_quote(NEW."required") as value where OLD."required" is not NEW."required" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'survey_questions', NEW."id", f.field, s.hlc from sync_state s, (select 'questionnaire_id' as field, json_quote(NEW."questionnaire_id") as value where OLD."questionnaire_id" is not NEW."questionnaire_id" union all select 'section_id' as field, json_quote(NEW."section_id") as value where OLD."section_id" is not NEW."section_id" union all select 'position' as field, json_quote(NEW."position") as value where OLD."position" is not NEW."position" union all select 'code' as field, json_quote(NEW."code") as value where OLD."code" is not NEW."code" union all select 'text' as field, json_quote(NEW."text") as value where OLD."text" is not NEW."text" union all select 'kind' as field, json_quote(NEW."kind") as value where OLD."kind" is not NEW."kind" union all select 'options' as field, json_quote(NEW."options") as value where OLD."options" is not NEW."options" union all select 'background' as field, json_quote(NEW."background") as value where OLD."background" is not NEW."background" union all select 'required' as field, json_quote(NEW."required") as value where OLD."required" is not NEW."required" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_ins_survey_responses',
    `CREATE TRIGGER "sync_ins_survey_responses"
  after insert on "survey_responses"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'survey_responses', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'round_id' as field, json_quote(NEW."round_id") as value union all select 'county_code' as field, json_quote(NEW."county_code") as value union all select 'municipality_code' as field, json_quote(NEW."municipality_code") as value union all select 'role' as field, json_quote(NEW."role") as value union all select 'role_key' as field, json_quote(NEW."role_key") as value union all select 'respondent_name' as field, json_quote(NEW."respondent_name") as value union all select 'source' as field, json_quote(NEW."source") as value union all select 'answered_on' as field, json_quote(NEW."answered_on") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'survey_responses', NEW."id", f.field, s.hlc from sync_state s, (select 'round_id' as field, json_quote(NEW."round_id") as value union all select 'county_code' as field, json_quote(NEW."county_code") as value union all select 'municipality_code' as field, json_quote(NEW."municipality_code") as value union all select 'role' as field, json_quote(NEW."role") as value union all select 'role_key' as field, json_quote(NEW."role_key") as value union all select 'respondent_name' as field, json_quote(NEW."respondent_name") as value union all select 'source' as field, json_quote(NEW."source") as value union all select 'answered_on' as field, json_quote(NEW."answered_on") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_survey_responses',
    `CREATE TRIGGER "sync_upd_survey_responses"
  after update on "survey_responses"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'survey_responses', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'survey_responses' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'round_id' as field, json_quote(NEW."round_id") as value where OLD."round_id" is not NEW."round_id" union all select 'county_code' as field, json_quote(NEW."county_code") as value where OLD."county_code" is not NEW."county_code" union all select 'municipality_code' as field, json_quote(NEW."municipality_code") as value where OLD."municipality_code" is not NEW."municipality_code" union all select 'role' as field, json_quote(NEW."role") as value where OLD."role" is not NEW."role" union all select 'role_key' as field, json_quote(NEW."role_key") as value where OLD."role_key" is not NEW."role_key" union all select 'respondent_name' as field, json_quote(NEW."respondent_name") as value where OLD."respondent_name" is not NEW."respondent_name" union all select 'source' as field, json_quote(NEW."source") as value where OLD."source" is not NEW."source" union all select 'answered_on' as field, json_quote(NEW."answered_on") as value where OLD."answered_on" is not NEW."answered_on" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'survey_responses', NEW."id", f.field, s.hlc from sync_state s, (select 'round_id' as field, json_quote(NEW."round_id") as value where OLD."round_id" is not NEW."round_id" union all select 'county_code' as field, json_quote(NEW."county_code") as value where OLD."county_code" is not NEW."county_code" union all select 'municipality_code' as field, json_quote(NEW."municipality_code") as value where OLD."municipality_code" is not NEW."municipality_code" union all select 'role' as field, json_quote(NEW."role") as value where OLD."role" is not NEW."role" union all select 'role_key' as field, json_quote(NEW."role_key") as value where OLD."role_key" is not NEW."role_key" union all select 'respondent_name' as field, json_quote(NEW."respondent_name") as value where OLD."respondent_name" is not NEW."respondent_name" union all select 'source' as field, json_quote(NEW."source") as value where OLD."source" is not NEW."source" union all select 'answered_on' as field, json_quote(NEW."answered_on") as value where OLD."answered_on" is not NEW."answered_on" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_ins_survey_round_groups',
    `CREATE TRIGGER "sync_ins_survey_round_groups"
  after insert on "survey_round_groups"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'survey_round_groups', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'round_id' as field, json_quote(NEW."round_id") as value union all select 'county_code' as field, json_quote(NEW."county_code") as value union all select 'asked' as field, json_quote(NEW."asked") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'survey_round_groups', NEW."id", f.field, s.hlc from sync_state s, (select 'round_id' as field, json_quote(NEW."round_id") as value union all select 'county_code' as field, json_quote(NEW."county_code") as value union all select 'asked' as field, json_quote(NEW."asked") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_survey_round_groups',
    `CREATE TRIGGER "sync_upd_survey_round_groups"
  after update on "survey_round_groups"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'survey_round_groups', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'survey_round_groups' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'round_id' as field, json_quote(NEW."round_id") as value where OLD."round_id" is not NEW."round_id" union all select 'county_code' as field, json_quote(NEW."county_code") as value where OLD."county_code" is not NEW."county_code" union all select 'asked' as field, json_quote(NEW."asked") as value where OLD."asked" is not NEW."asked" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'survey_round_groups', NEW."id", f.field, s.hlc from sync_state s, (select 'round_id' as field, json_quote(NEW."round_id") as value where OLD."round_id" is not NEW."round_id" union all select 'county_code' as field, json_quote(NEW."county_code") as value where OLD."county_code" is not NEW."county_code" union all select 'asked' as field, json_quote(NEW."asked") as value where OLD."asked" is not NEW."asked" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_ins_survey_rounds',
    `CREATE TRIGGER "sync_ins_survey_rounds"
  after insert on "survey_rounds"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'survey_rounds', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'questionnaire_id' as field, json_quote(NEW."questionnaire_id") as value union all select 'name' as field, json_quote(NEW."name") as value union all select 'target' as field, json_quote(NEW."target") as value union all select 'county_code' as field, json_quote(NEW."county_code") as value union all select 'activity_id' as field, json_quote(NEW."activity_id") as value union all select 'opens_on' as field, json_quote(NEW."opens_on") as value union all select 'closes_on' as field, json_quote(NEW."closes_on") as value union all select 'compare_round_id' as field, json_quote(NEW."compare_round_id") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'survey_rounds', NEW."id", f.field, s.hlc from sync_state s, (select 'questionnaire_id' as field, json_quote(NEW."questionnaire_id") as value union all select 'name' as field, json_quote(NEW."name") as value union all select 'target' as field, json_quote(NEW."target") as value union all select 'county_code' as field, json_quote(NEW."county_code") as value union all select 'activity_id' as field, json_quote(NEW."activity_id") as value union all select 'opens_on' as field, json_quote(NEW."opens_on") as value union all select 'closes_on' as field, json_quote(NEW."closes_on") as value union all select 'compare_round_id' as field, json_quote(NEW."compare_round_id") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_survey_rounds',
    `CREATE TRIGGER "sync_upd_survey_rounds"
  after update on "survey_rounds"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'survey_rounds', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'survey_rounds' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'questionnaire_id' as field, json_quote(NEW."questionnaire_id") as value where OLD."questionnaire_id" is not NEW."questionnaire_id" union all select 'name' as field, json_quote(NEW."name") as value where OLD."name" is not NEW."name" union all select 'target' as field, json_quote(NEW."target") as value where OLD."target" is not NEW."target" union all select 'county_code' as field, json_quote(NEW."county_code") as value where OLD."county_code" is not NEW."county_code" union all select 'activity_id' as field, json_quote(NEW."activity_id") as value where OLD."activity_id" is not NEW."activity_id" union all select 'opens_on' as field, json_quote(NEW."opens_on") as value where OLD."opens_on" is not NEW."opens_on" union all select 'closes_on' as field, json_quote(NEW."closes_on") as value where OLD."closes_on" is not NEW."closes_on" union all select 'compare_round_id' as field, json_quote(NEW."compare_round_id") as value where OLD."compare_round_id" is not NEW."compare_round_id" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'survey_rounds', NEW."id", f.field, s.hlc from sync_state s, (select 'questionnaire_id' as field, json_quote(NEW."questionnaire_id") as value where OLD."questionnaire_id" is not NEW."questionnaire_id" union all select 'name' as field, json_quote(NEW."name") as value where OLD."name" is not NEW."name" union all select 'target' as field, json_quote(NEW."target") as value where OLD."target" is not NEW."target" union all select 'county_code' as field, json_quote(NEW."county_code") as value where OLD."county_code" is not NEW."county_code" union all select 'activity_id' as field, json_quote(NEW."activity_id") as value where OLD."activity_id" is not NEW."activity_id" union all select 'opens_on' as field, json_quote(NEW."opens_on") as value where OLD."opens_on" is not NEW."opens_on" union all select 'closes_on' as field, json_quote(NEW."closes_on") as value where OLD."closes_on" is not NEW."closes_on" union all select 'compare_round_id' as field, json_quote(NEW."compare_round_id") as value where OLD."compare_round_id" is not NEW."compare_round_id" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  ['sync_ins_swot_days', null],
  ['sync_upd_swot_days', null],
  ['sync_ins_swot_notes', null],
  ['sync_upd_swot_notes', null],
  ['sync_ins_tours', null],
  ['sync_upd_tours', null],
  [
    'sync_ins_training_follow_ups',
    `CREATE TRIGGER "sync_ins_training_follow_ups"
  after insert on "training_follow_ups"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'training_follow_ups', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'activity_id' as field, json_quote(NEW."activity_id") as value union all select 'participant_id' as field, json_quote(NEW."participant_id") as value union all select 'expected_benefit' as field, json_quote(NEW."expected_benefit") as value union all select 'sharing_plan' as field, json_quote(NEW."sharing_plan") as value union all select 'task_kind' as field, json_quote(NEW."task_kind") as value union all select 'task_date' as field, json_quote(NEW."task_date") as value union all select 'responsible' as field, json_quote(NEW."responsible") as value union all select 'status' as field, json_quote(NEW."status") as value union all select 'note' as field, json_quote(NEW."note") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'training_follow_ups', NEW."id", f.field, s.hlc from sync_state s, (select 'activity_id' as field, json_quote(NEW."activity_id") as value union all select 'participant_id' as field, json_quote(NEW."participant_id") as value union all select 'expected_benefit' as field, json_quote(NEW."expected_benefit") as value union all select 'sharing_plan' as field, json_quote(NEW."sharing_plan") as value union all select 'task_kind' as field, json_quote(NEW."task_kind") as value union all select 'task_date' as field, json_quote(NEW."task_date") as value union all select 'responsible' as field, json_quote(NEW."responsible") as value union all select 'status' as field, json_quote(NEW."status") as value union all select 'note' as field, json_quote(NEW."note") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_training_follow_ups',
    `CREATE TRIGGER "sync_upd_training_follow_ups"
  after update on "training_follow_ups"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'training_follow_ups', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'training_follow_ups' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'activity_id' as field, json_quote(NEW."activity_id") as value where OLD."activity_id" is not NEW."activity_id" union all select 'participant_id' as field, json_quote(NEW."participant_id") as value where OLD."participant_id" is not NEW."participant_id" union all select 'expected_benefit' as field, json_quote(NEW."expected_benefit") as value where OLD."expected_benefit" is not NEW."expected_benefit" union all select 'sharing_plan' as field, json_quote(NEW."sharing_plan") as value where OLD."sharing_plan" is not NEW."sharing_plan" union all select 'task_kind' as field, json_quote(NEW."task_kind") as value where OLD."task_kind" is not NEW."task_kind" union all select 'task_date' as field, json_quote(NEW."task_date") as value where OLD."task_date" is not NEW."task_date" union all select 'responsible' as field, json_quote(NEW."responsible") as value where OLD."responsible" is not NEW."responsible" union all select 'status' as field, json_quote(NEW."status") as value where OLD."status" is not NEW."status" union all select 'note' as field, json_quote(NEW."note") as value where OLD."note" is not NEW."note" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'training_follow_ups', NEW."id", f.field, s.hlc from sync_state s, (select 'activity_id' as field, json_quote(NEW."activity_id") as value where OLD."activity_id" is not NEW."activity_id" union all select 'participant_id' as field, json_quote(NEW."participant_id") as value where OLD."participant_id" is not NEW."participant_id" union all select 'expected_benefit' as field, json_quote(NEW."expected_benefit") as value where OLD."expected_benefit" is not NEW."expected_benefit" union all select 'sharing_plan' as field, json_quote(NEW."sharing_plan") as value where OLD."sharing_plan" is not NEW."sharing_plan" union all select 'task_kind' as field, json_quote(NEW."task_kind") as value where OLD."task_kind" is not NEW."task_kind" union all select 'task_date' as field, json_quote(NEW."task_date") as value where OLD."task_date" is not NEW."task_date" union all select 'responsible' as field, json_quote(NEW."responsible") as value where OLD."responsible" is not NEW."responsible" union all select 'status' as field, json_quote(NEW."status") as value where OLD."status" is not NEW."status" union all select 'note' as field, json_quote(NEW."note") as value where OLD."note" is not NEW."note" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  ['sync_ins_visits', null],
  ['sync_upd_visits', null],
  ['sync_erase_participants', null],
];
