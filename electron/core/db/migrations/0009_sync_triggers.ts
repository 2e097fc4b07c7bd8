/*
 * The change-capture triggers of migration 0009, in the order it
 * (re)creates them: every syncable table of schema version 9 by name, then
 * the erasure trigger. A trigger with SQL here is new or changed at 0009:
 * pasted once from what sync/triggers.ts generated for a database migrated to
 * v9. `null` marks one unchanged since the version before; the migration
 * re-creates it from its own stored text, which moves it behind this
 * migration's other triggers as the generator's drop-and-create did (a
 * table's triggers fire newest first). Frozen: never regenerate or edit.
 */
export const syncTriggers0009: readonly (readonly [name: string, sql: string | null])[] = [
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
  [
    'sync_ins_costs',
    `CREATE TRIGGER "sync_ins_costs"
  after insert on "costs"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'costs', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'date' as field, json_quote(NEW."date") as value union all select 'category' as field, json_quote(NEW."category") as value union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value union all select 'supplier' as field, json_quote(NEW."supplier") as value union all select 'note' as field, json_quote(NEW."note") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value union all select 'voucher_number' as field, json_quote(NEW."voucher_number") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'costs', NEW."id", f.field, s.hlc from sync_state s, (select 'date' as field, json_quote(NEW."date") as value union all select 'category' as field, json_quote(NEW."category") as value union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value union all select 'supplier' as field, json_quote(NEW."supplier") as value union all select 'note' as field, json_quote(NEW."note") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value union all select 'voucher_number' as field, json_quote(NEW."voucher_number") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_costs',
    `CREATE TRIGGER "sync_upd_costs"
  after update on "costs"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'costs', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'costs' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'date' as field, json_quote(NEW."date") as value where OLD."date" is not NEW."date" union all select 'category' as field, json_quote(NEW."category") as value where OLD."category" is not NEW."category" union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value where OLD."amount_ore" is not NEW."amount_ore" union all select 'supplier' as field, json_quote(NEW."supplier") as value where OLD."supplier" is not NEW."supplier" union all select 'note' as field, json_quote(NEW."note") as value where OLD."note" is not NEW."note" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at" union all select 'voucher_number' as field, json_quote(NEW."voucher_number") as value where OLD."voucher_number" is not NEW."voucher_number") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'costs', NEW."id", f.field, s.hlc from sync_state s, (select 'date' as field, json_quote(NEW."date") as value where OLD."date" is not NEW."date" union all select 'category' as field, json_quote(NEW."category") as value where OLD."category" is not NEW."category" union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value where OLD."amount_ore" is not NEW."amount_ore" union all select 'supplier' as field, json_quote(NEW."supplier") as value where OLD."supplier" is not NEW."supplier" union all select 'note' as field, json_quote(NEW."note") as value where OLD."note" is not NEW."note" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at" union all select 'voucher_number' as field, json_quote(NEW."voucher_number") as value where OLD."voucher_number" is not NEW."voucher_number") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_ins_financing_budget_lines',
    `CREATE TRIGGER "sync_ins_financing_budget_lines"
  after insert on "financing_budget_lines"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'financing_budget_lines', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'period_id' as field, json_quote(NEW."period_id") as value union all select 'source' as field, json_quote(NEW."source") as value union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'financing_budget_lines', NEW."id", f.field, s.hlc from sync_state s, (select 'period_id' as field, json_quote(NEW."period_id") as value union all select 'source' as field, json_quote(NEW."source") as value union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_financing_budget_lines',
    `CREATE TRIGGER "sync_upd_financing_budget_lines"
  after update on "financing_budget_lines"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'financing_budget_lines', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'financing_budget_lines' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'period_id' as field, json_quote(NEW."period_id") as value where OLD."period_id" is not NEW."period_id" union all select 'source' as field, json_quote(NEW."source") as value where OLD."source" is not NEW."source" union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value where OLD."amount_ore" is not NEW."amount_ore" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'financing_budget_lines', NEW."id", f.field, s.hlc from sync_state s, (select 'period_id' as field, json_quote(NEW."period_id") as value where OLD."period_id" is not NEW."period_id" union all select 'source' as field, json_quote(NEW."source") as value where OLD."source" is not NEW."source" union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value where OLD."amount_ore" is not NEW."amount_ore" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_ins_financing_entries',
    `CREATE TRIGGER "sync_ins_financing_entries"
  after insert on "financing_entries"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'financing_entries', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'date' as field, json_quote(NEW."date") as value union all select 'source' as field, json_quote(NEW."source") as value union all select 'financier' as field, json_quote(NEW."financier") as value union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value union all select 'voucher_number' as field, json_quote(NEW."voucher_number") as value union all select 'note' as field, json_quote(NEW."note") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'financing_entries', NEW."id", f.field, s.hlc from sync_state s, (select 'date' as field, json_quote(NEW."date") as value union all select 'source' as field, json_quote(NEW."source") as value union all select 'financier' as field, json_quote(NEW."financier") as value union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value union all select 'voucher_number' as field, json_quote(NEW."voucher_number") as value union all select 'note' as field, json_quote(NEW."note") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_financing_entries',
    `CREATE TRIGGER "sync_upd_financing_entries"
  after update on "financing_entries"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'financing_entries', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'financing_entries' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'date' as field, json_quote(NEW."date") as value where OLD."date" is not NEW."date" union all select 'source' as field, json_quote(NEW."source") as value where OLD."source" is not NEW."source" union all select 'financier' as field, json_quote(NEW."financier") as value where OLD."financier" is not NEW."financier" union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value where OLD."amount_ore" is not NEW."amount_ore" union all select 'voucher_number' as field, json_quote(NEW."voucher_number") as value where OLD."voucher_number" is not NEW."voucher_number" union all select 'note' as field, json_quote(NEW."note") as value where OLD."note" is not NEW."note" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'financing_entries', NEW."id", f.field, s.hlc from sync_state s, (select 'date' as field, json_quote(NEW."date") as value where OLD."date" is not NEW."date" union all select 'source' as field, json_quote(NEW."source") as value where OLD."source" is not NEW."source" union all select 'financier' as field, json_quote(NEW."financier") as value where OLD."financier" is not NEW."financier" union all select 'amount_ore' as field, json_quote(NEW."amount_ore") as value where OLD."amount_ore" is not NEW."amount_ore" union all select 'voucher_number' as field, json_quote(NEW."voucher_number") as value where OLD."voucher_number" is not NEW."voucher_number" union all select 'note' as field, json_quote(NEW."note") as value where OLD."note" is not NEW."note" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
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
  [
    'sync_ins_project_texts',
    `CREATE TRIGGER "sync_ins_project_texts"
  after insert on "project_texts"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'project_texts', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'key' as field, json_quote(NEW."key") as value union all select 'text' as field, json_quote(NEW."text") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'project_texts', NEW."id", f.field, s.hlc from sync_state s, (select 'key' as field, json_quote(NEW."key") as value union all select 'text' as field, json_quote(NEW."text") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_project_texts',
    `CREATE TRIGGER "sync_upd_project_texts"
  after update on "project_texts"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'project_texts', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'project_texts' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'key' as field, json_quote(NEW."key") as value where OLD."key" is not NEW."key" union all select 'text' as field, json_quote(NEW."text") as value where OLD."text" is not NEW."text" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'project_texts', NEW."id", f.field, s.hlc from sync_state s, (select 'key' as field, json_quote(NEW."key") as value where OLD."key" is not NEW."key" union all select 'text' as field, json_quote(NEW."text") as value where OLD."text" is not NEW."text" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  ['sync_ins_reporting_periods', null],
  ['sync_upd_reporting_periods', null],
  ['sync_ins_settings', null],
  ['sync_upd_settings', null],
  ['sync_ins_swot_days', null],
  ['sync_upd_swot_days', null],
  ['sync_ins_swot_notes', null],
  ['sync_upd_swot_notes', null],
  ['sync_ins_tours', null],
  ['sync_upd_tours', null],
  ['sync_ins_visits', null],
  ['sync_upd_visits', null],
  ['sync_erase_participants', null],
];
