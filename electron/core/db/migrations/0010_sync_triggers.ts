/*
 * The change-capture triggers of migration 0010, in the order it
 * (re)creates them: every syncable table of schema version 10 by name, then
 * the erasure trigger. A trigger with SQL here is new or changed at 0010:
 * pasted once from what sync/triggers.ts generated for a database migrated to
 * v10. `null` marks one unchanged since the version before; the migration
 * re-creates it from its own stored text, which moves it behind this
 * migration's other triggers as the generator's drop-and-create did (a
 * table's triggers fire newest first). Frozen: never regenerate or edit.
 */
export const syncTriggers0010: readonly (readonly [name: string, sql: string | null])[] = [
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
  [
    'sync_ins_plan_items',
    `CREATE TRIGGER "sync_ins_plan_items"
  after insert on "plan_items"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'plan_items', NEW."id", f.field, f.value, s.hlc, null from sync_state s, (select 'municipality_code' as field, json_quote(NEW."municipality_code") as value union all select 'area_id' as field, json_quote(NEW."area_id") as value union all select 'goal' as field, json_quote(NEW."goal") as value union all select 'activity' as field, json_quote(NEW."activity") as value union all select 'responsible' as field, json_quote(NEW."responsible") as value union all select 'status' as field, json_quote(NEW."status") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value union all select 'activity_id' as field, json_quote(NEW."activity_id") as value union all select 'track_id' as field, json_quote(NEW."track_id") as value) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'plan_items', NEW."id", f.field, s.hlc from sync_state s, (select 'municipality_code' as field, json_quote(NEW."municipality_code") as value union all select 'area_id' as field, json_quote(NEW."area_id") as value union all select 'goal' as field, json_quote(NEW."goal") as value union all select 'activity' as field, json_quote(NEW."activity") as value union all select 'responsible' as field, json_quote(NEW."responsible") as value union all select 'status' as field, json_quote(NEW."status") as value union all select 'created_at' as field, json_quote(NEW."created_at") as value union all select 'updated_at' as field, json_quote(NEW."updated_at") as value union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value union all select 'activity_id' as field, json_quote(NEW."activity_id") as value union all select 'track_id' as field, json_quote(NEW."track_id") as value) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  [
    'sync_upd_plan_items',
    `CREATE TRIGGER "sync_upd_plan_items"
  after update on "plan_items"
  when (select applying from sync_state) = 0
  begin
    update sync_state set
    wall_ms = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) when counter >= 9999 then wall_ms + 1 else wall_ms end,
    counter = case when coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms) > wall_ms then 0 when counter >= 9999 then 0 else counter + 1 end;
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select 'plan_items', NEW."id", f.field, f.value, s.hlc, (select c.hlc from sync_field_clock c where c.tbl = 'plan_items' and c.row_id = NEW."id" and c.field = f.field) from sync_state s, (select 'municipality_code' as field, json_quote(NEW."municipality_code") as value where OLD."municipality_code" is not NEW."municipality_code" union all select 'area_id' as field, json_quote(NEW."area_id") as value where OLD."area_id" is not NEW."area_id" union all select 'goal' as field, json_quote(NEW."goal") as value where OLD."goal" is not NEW."goal" union all select 'activity' as field, json_quote(NEW."activity") as value where OLD."activity" is not NEW."activity" union all select 'responsible' as field, json_quote(NEW."responsible") as value where OLD."responsible" is not NEW."responsible" union all select 'status' as field, json_quote(NEW."status") as value where OLD."status" is not NEW."status" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at" union all select 'activity_id' as field, json_quote(NEW."activity_id") as value where OLD."activity_id" is not NEW."activity_id" union all select 'track_id' as field, json_quote(NEW."track_id") as value where OLD."track_id" is not NEW."track_id") f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select 'plan_items', NEW."id", f.field, s.hlc from sync_state s, (select 'municipality_code' as field, json_quote(NEW."municipality_code") as value where OLD."municipality_code" is not NEW."municipality_code" union all select 'area_id' as field, json_quote(NEW."area_id") as value where OLD."area_id" is not NEW."area_id" union all select 'goal' as field, json_quote(NEW."goal") as value where OLD."goal" is not NEW."goal" union all select 'activity' as field, json_quote(NEW."activity") as value where OLD."activity" is not NEW."activity" union all select 'responsible' as field, json_quote(NEW."responsible") as value where OLD."responsible" is not NEW."responsible" union all select 'status' as field, json_quote(NEW."status") as value where OLD."status" is not NEW."status" union all select 'created_at' as field, json_quote(NEW."created_at") as value where OLD."created_at" is not NEW."created_at" union all select 'updated_at' as field, json_quote(NEW."updated_at") as value where OLD."updated_at" is not NEW."updated_at" union all select 'deleted_at' as field, json_quote(NEW."deleted_at") as value where OLD."deleted_at" is not NEW."deleted_at" union all select 'activity_id' as field, json_quote(NEW."activity_id") as value where OLD."activity_id" is not NEW."activity_id" union all select 'track_id' as field, json_quote(NEW."track_id") as value where OLD."track_id" is not NEW."track_id") f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`,
  ],
  ['sync_ins_project_phases', null],
  ['sync_upd_project_phases', null],
  ['sync_ins_project_texts', null],
  ['sync_upd_project_texts', null],
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
