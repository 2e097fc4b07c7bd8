/*
 * The change-capture triggers of migration 0015, in the order it
 * (re)creates them: every syncable table of schema version 15 by name, then
 * the erasure trigger. A trigger with SQL here is new at 0015 (staff and
 * their time, signed months, EU indicators, the theory of change, the ESF+
 * budget): pasted once from what sync/triggers.ts generated for a database
 * migrated to v15. `null` marks one unchanged since the version before; the
 * migration re-creates it from its own stored text. Frozen: never
 * regenerate or edit.
 */
export const syncTriggers0015: readonly (readonly [name: string, sql: string | null])[] = [
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
  [
    'sync_ins_change_theory_boxes',
    `CREATE TRIGGER "sync_ins_change_theory_boxes"
  after insert on "change_theory_boxes"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'change_theory_boxes', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'level' as field, json_quote(NEW."level") as value union all select 'position' as field, json_quote(NEW."position") as value union all select 'title' as field, json_quote(NEW."title") as value union all select 'description' as field, json_quote(NEW."description") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'change_theory_boxes', NEW."id", f.field, s.hlc from sync_state s, (select 'level' as field, json_quote(NEW."level") as value union all select 'position' as field, json_quote(NEW."position") as value union all select 'title' as field, json_quote(NEW."title") as value union all select 'description' as field, json_quote(NEW."description") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_change_theory_boxes',
    `CREATE TRIGGER "sync_upd_change_theory_boxes"
  after update on "change_theory_boxes"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'change_theory_boxes', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'change_theory_boxes' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'level' as field, json_quote(NEW."level") as value where OLD."level" is not NEW."level" union all select 'position' as field, json_quote(NEW."position") as value where OLD."position" is not NEW."position" union all select 'title' as field, json_quote(NEW."title") as value where OLD."title" is not NEW."title" union all select 'description' as field, json_quote(NEW."description") as value where OLD."description" is not NEW."description" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'change_theory_boxes', NEW."id", f.field, s.hlc from sync_state s, (select 'level' as field, json_quote(NEW."level") as value where OLD."level" is not NEW."level" union all select 'position' as field, json_quote(NEW."position") as value where OLD."position" is not NEW."position" union all select 'title' as field, json_quote(NEW."title") as value where OLD."title" is not NEW."title" union all select 'description' as field, json_quote(NEW."description") as value where OLD."description" is not NEW."description" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_ins_change_theory_links',
    `CREATE TRIGGER "sync_ins_change_theory_links"
  after insert on "change_theory_links"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'change_theory_links', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'box_id' as field, json_quote(NEW."box_id") as value union all select 'target_kind' as field, json_quote(NEW."target_kind") as value union all select 'target_id' as field, json_quote(NEW."target_id") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'change_theory_links', NEW."id", f.field, s.hlc from sync_state s, (select 'box_id' as field, json_quote(NEW."box_id") as value union all select 'target_kind' as field, json_quote(NEW."target_kind") as value union all select 'target_id' as field, json_quote(NEW."target_id") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_change_theory_links',
    `CREATE TRIGGER "sync_upd_change_theory_links"
  after update on "change_theory_links"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'change_theory_links', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'change_theory_links' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'box_id' as field, json_quote(NEW."box_id") as value where OLD."box_id" is not NEW."box_id" union all select 'target_kind' as field, json_quote(NEW."target_kind") as value where OLD."target_kind" is not NEW."target_kind" union all select 'target_id' as field, json_quote(NEW."target_id") as value where OLD."target_id" is not NEW."target_id" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'change_theory_links', NEW."id", f.field, s.hlc from sync_state s, (select 'box_id' as field, json_quote(NEW."box_id") as value where OLD."box_id" is not NEW."box_id" union all select 'target_kind' as field, json_quote(NEW."target_kind") as value where OLD."target_kind" is not NEW."target_kind" union all select 'target_id' as field, json_quote(NEW."target_id") as value where OLD."target_id" is not NEW."target_id" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  ['sync_ins_competence_areas', null],
  ['sync_upd_competence_areas', null],
  ['sync_ins_contacts', null],
  ['sync_upd_contacts', null],
  ['sync_ins_costs', null],
  ['sync_upd_costs', null],
  ['sync_ins_development_process_steps', null],
  ['sync_upd_development_process_steps', null],
  ['sync_ins_development_processes', null],
  ['sync_upd_development_processes', null],
  [
    'sync_ins_esf_plus_budget_lines',
    `CREATE TRIGGER "sync_ins_esf_plus_budget_lines"
  after insert on "esf_plus_budget_lines"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'esf_plus_budget_lines', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'period_id' as field, json_quote(NEW."period_id") as value union all select 'line' as field, json_quote(NEW."line") as value union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'esf_plus_budget_lines', NEW."id", f.field, s.hlc from sync_state s, (select 'period_id' as field, json_quote(NEW."period_id") as value union all select 'line' as field, json_quote(NEW."line") as value union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_esf_plus_budget_lines',
    `CREATE TRIGGER "sync_upd_esf_plus_budget_lines"
  after update on "esf_plus_budget_lines"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'esf_plus_budget_lines', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'esf_plus_budget_lines' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'period_id' as field, json_quote(NEW."period_id") as value where OLD."period_id" is not NEW."period_id" union all select 'line' as field, json_quote(NEW."line") as value where OLD."line" is not NEW."line" union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value where OLD."amount_ore" is not NEW."amount_ore" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'esf_plus_budget_lines', NEW."id", f.field, s.hlc from sync_state s, (select 'period_id' as field, json_quote(NEW."period_id") as value where OLD."period_id" is not NEW."period_id" union all select 'line' as field, json_quote(NEW."line") as value where OLD."line" is not NEW."line" union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value where OLD."amount_ore" is not NEW."amount_ore" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
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
  [
    'sync_ins_participant_indicators',
    `CREATE TRIGGER "sync_ins_participant_indicators"
  after insert on "participant_indicators"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'participant_indicators', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'participant_id' as field, json_quote(NEW."participant_id") as value union all select 'employment_status' as field, json_quote(NEW."employment_status") as value union all select 'isced_level' as field, json_quote(NEW."isced_level") as value union all select 'exit_situation' as field, json_quote(NEW."exit_situation") as value union all select 'employed_after_six_months' as field, json_quote(NEW."employed_after_six_months") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'participant_indicators', NEW."id", f.field, s.hlc from sync_state s, (select 'participant_id' as field, json_quote(NEW."participant_id") as value union all select 'employment_status' as field, json_quote(NEW."employment_status") as value union all select 'isced_level' as field, json_quote(NEW."isced_level") as value union all select 'exit_situation' as field, json_quote(NEW."exit_situation") as value union all select 'employed_after_six_months' as field, json_quote(NEW."employed_after_six_months") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_participant_indicators',
    `CREATE TRIGGER "sync_upd_participant_indicators"
  after update on "participant_indicators"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'participant_indicators', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'participant_indicators' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'participant_id' as field, json_quote(NEW."participant_id") as value where OLD."participant_id" is not NEW."participant_id" union all select 'employment_status' as field, json_quote(NEW."employment_status") as value where OLD."employment_status" is not NEW."employment_status" union all select 'isced_level' as field, json_quote(NEW."isced_level") as value where OLD."isced_level" is not NEW."isced_level" union all select 'exit_situation' as field, json_quote(NEW."exit_situation") as value where OLD."exit_situation" is not NEW."exit_situation" union all select 'employed_after_six_months' as field, json_quote(NEW."employed_after_six_months") as value where OLD."employed_after_six_months" is not NEW."employed_after_six_months" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'participant_indicators', NEW."id", f.field, s.hlc from sync_state s, (select 'participant_id' as field, json_quote(NEW."participant_id") as value where OLD."participant_id" is not NEW."participant_id" union all select 'employment_status' as field, json_quote(NEW."employment_status") as value where OLD."employment_status" is not NEW."employment_status" union all select 'isced_level' as field, json_quote(NEW."isced_level") as value where OLD."isced_level" is not NEW."isced_level" union all select 'exit_situation' as field, json_quote(NEW."exit_situation") as value where OLD."exit_situation" is not NEW."exit_situation" union all select 'employed_after_six_months' as field, json_quote(NEW."employed_after_six_months") as value where OLD."employed_after_six_months" is not NEW."employed_after_six_months" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_ins_participant_month_signatures',
    `CREATE TRIGGER "sync_ins_participant_month_signatures"
  after insert on "participant_month_signatures"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'participant_month_signatures', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'participant_id' as field, json_quote(NEW."participant_id") as value union all select 'month' as field, json_quote(NEW."month") as value union all select 'signed_on' as field, json_quote(NEW."signed_on") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'participant_month_signatures', NEW."id", f.field, s.hlc from sync_state s, (select 'participant_id' as field, json_quote(NEW."participant_id") as value union all select 'month' as field, json_quote(NEW."month") as value union all select 'signed_on' as field, json_quote(NEW."signed_on") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_participant_month_signatures',
    `CREATE TRIGGER "sync_upd_participant_month_signatures"
  after update on "participant_month_signatures"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'participant_month_signatures', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'participant_month_signatures' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'participant_id' as field, json_quote(NEW."participant_id") as value where OLD."participant_id" is not NEW."participant_id" union all select 'month' as field, json_quote(NEW."month") as value where OLD."month" is not NEW."month" union all select 'signed_on' as field, json_quote(NEW."signed_on") as value where OLD."signed_on" is not NEW."signed_on" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'participant_month_signatures', NEW."id", f.field, s.hlc from sync_state s, (select 'participant_id' as field, json_quote(NEW."participant_id") as value where OLD."participant_id" is not NEW."participant_id" union all select 'month' as field, json_quote(NEW."month") as value where OLD."month" is not NEW."month" union all select 'signed_on' as field, json_quote(NEW."signed_on") as value where OLD."signed_on" is not NEW."signed_on" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  ['sync_ins_participants', null],
  ['sync_upd_participants', null],
  ['sync_ins_period_texts', null],
  ['sync_upd_period_texts', null],
  ['sync_ins_plan_items', null],
  ['sync_upd_plan_items', null],
  ['sync_ins_project_phases', null],
  ['sync_upd_project_phases', null],
  [
    'sync_ins_project_staff',
    `CREATE TRIGGER "sync_ins_project_staff"
  after insert on "project_staff"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'project_staff', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'name' as field, json_quote(NEW."name") as value union all select 'role' as field, json_quote(NEW."role") as value union all select 'municipality_code' as field, json_quote(NEW."municipality_code") as value union all select 'monthly_salary' as field, json_quote(NEW."monthly_salary") as value union all select 'start_date' as field, json_quote(NEW."start_date") as value union all select 'end_date' as field, json_quote(NEW."end_date") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'project_staff', NEW."id", f.field, s.hlc from sync_state s, (select 'name' as field, json_quote(NEW."name") as value union all select 'role' as field, json_quote(NEW."role") as value union all select 'municipality_code' as field, json_quote(NEW."municipality_code") as value union all select 'monthly_salary' as field, json_quote(NEW."monthly_salary") as value union all select 'start_date' as field, json_quote(NEW."start_date") as value union all select 'end_date' as field, json_quote(NEW."end_date") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_project_staff',
    `CREATE TRIGGER "sync_upd_project_staff"
  after update on "project_staff"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'project_staff', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'project_staff' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'name' as field, json_quote(NEW."name") as value where OLD."name" is not NEW."name" union all select 'role' as field, json_quote(NEW."role") as value where OLD."role" is not NEW."role" union all select 'municipality_code' as field, json_quote(NEW."municipality_code") as value where OLD."municipality_code" is not NEW."municipality_code" union all select 'monthly_salary' as field, json_quote(NEW."monthly_salary") as value where OLD."monthly_salary" is not NEW."monthly_salary" union all select 'start_date' as field, json_quote(NEW."start_date") as value where OLD."start_date" is not NEW."start_date" union all select 'end_date' as field, json_quote(NEW."end_date") as value where OLD."end_date" is not NEW."end_date" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'project_staff', NEW."id", f.field, s.hlc from sync_state s, (select 'name' as field, json_quote(NEW."name") as value where OLD."name" is not NEW."name" union all select 'role' as field, json_quote(NEW."role") as value where OLD."role" is not NEW."role" union all select 'municipality_code' as field, json_quote(NEW."municipality_code") as value where OLD."municipality_code" is not NEW."municipality_code" union all select 'monthly_salary' as field, json_quote(NEW."monthly_salary") as value where OLD."monthly_salary" is not NEW."monthly_salary" union all select 'start_date' as field, json_quote(NEW."start_date") as value where OLD."start_date" is not NEW."start_date" union all select 'end_date' as field, json_quote(NEW."end_date") as value where OLD."end_date" is not NEW."end_date" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  ['sync_ins_project_texts', null],
  ['sync_upd_project_texts', null],
  ['sync_ins_questionnaire_sections', null],
  ['sync_upd_questionnaire_sections', null],
  ['sync_ins_questionnaires', null],
  ['sync_upd_questionnaires', null],
  ['sync_ins_reporting_periods', null],
  ['sync_upd_reporting_periods', null],
  ['sync_ins_settings', null],
  ['sync_upd_settings', null],
  [
    'sync_ins_staff_time',
    `CREATE TRIGGER "sync_ins_staff_time"
  after insert on "staff_time"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'staff_time', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'staff_id' as field, json_quote(NEW."staff_id") as value union all select 'month' as field, json_quote(NEW."month") as value union all select 'hours' as field, json_quote(NEW."hours") as value union all select 'signed_on' as field, json_quote(NEW."signed_on") as value union all select 'note' as field, json_quote(NEW."note") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'staff_time', NEW."id", f.field, s.hlc from sync_state s, (select 'staff_id' as field, json_quote(NEW."staff_id") as value union all select 'month' as field, json_quote(NEW."month") as value union all select 'hours' as field, json_quote(NEW."hours") as value union all select 'signed_on' as field, json_quote(NEW."signed_on") as value union all select 'note' as field, json_quote(NEW."note") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_staff_time',
    `CREATE TRIGGER "sync_upd_staff_time"
  after update on "staff_time"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'staff_time', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'staff_time' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'staff_id' as field, json_quote(NEW."staff_id") as value where OLD."staff_id" is not NEW."staff_id" union all select 'month' as field, json_quote(NEW."month") as value where OLD."month" is not NEW."month" union all select 'hours' as field, json_quote(NEW."hours") as value where OLD."hours" is not NEW."hours" union all select 'signed_on' as field, json_quote(NEW."signed_on") as value where OLD."signed_on" is not NEW."signed_on" union all select 'note' as field, json_quote(NEW."note") as value where OLD."note" is not NEW."note" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'staff_time', NEW."id", f.field, s.hlc from sync_state s, (select 'staff_id' as field, json_quote(NEW."staff_id") as value where OLD."staff_id" is not NEW."staff_id" union all select 'month' as field, json_quote(NEW."month") as value where OLD."month" is not NEW."month" union all select 'hours' as field, json_quote(NEW."hours") as value where OLD."hours" is not NEW."hours" union all select 'signed_on' as field, json_quote(NEW."signed_on") as value where OLD."signed_on" is not NEW."signed_on" union all select 'note' as field, json_quote(NEW."note") as value where OLD."note" is not NEW."note" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  ['sync_ins_survey_answers', null],
  ['sync_upd_survey_answers', null],
  ['sync_ins_survey_questions', null],
  ['sync_upd_survey_questions', null],
  ['sync_ins_survey_responses', null],
  ['sync_upd_survey_responses', null],
  ['sync_ins_survey_round_groups', null],
  ['sync_upd_survey_round_groups', null],
  ['sync_ins_survey_rounds', null],
  ['sync_upd_survey_rounds', null],
  ['sync_ins_swot_days', null],
  ['sync_upd_swot_days', null],
  ['sync_ins_swot_notes', null],
  ['sync_upd_swot_notes', null],
  ['sync_ins_tours', null],
  ['sync_upd_tours', null],
  ['sync_ins_training_follow_ups', null],
  ['sync_upd_training_follow_ups', null],
  ['sync_ins_visits', null],
  ['sync_upd_visits', null],
  ['sync_erase_participants', null],
];
