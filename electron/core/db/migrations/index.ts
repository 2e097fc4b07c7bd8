import type { Kysely } from 'kysely';
import * as m0001 from './0001_reference_data';
import * as m0002 from './0002_library_units_and_contacts';
import * as m0003 from './0003_swot';
import * as m0004 from './0004_plans';
import * as m0005 from './0005_visits';
import * as m0006 from './0006_activities_participants';
import * as m0007 from './0007_esf';
import * as m0008 from './0008_sync';
import * as m0009 from './0009_financing_and_reports';
import * as m0010 from './0010_plan_links';
import * as m0011 from './0011_participant_search';
import * as m0012 from './0012_query_indexes';
import * as m0013 from './0013_surveys_and_follow_up';
import * as m0014 from './0014_survey_results_index';
import * as m0015 from './0015_esf_plus';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/*
 * Append-only: a released migration is never edited, only followed by a new
 * one. Imported statically so the bundle needs no file-system lookup.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: '0001_reference_data', up: m0001.up },
  { version: 2, name: '0002_library_units_and_contacts', up: m0002.up },
  { version: 3, name: '0003_swot', up: m0003.up },
  { version: 4, name: '0004_plans', up: m0004.up },
  { version: 5, name: '0005_visits', up: m0005.up },
  { version: 6, name: '0006_activities_participants', up: m0006.up },
  { version: 7, name: '0007_esf', up: m0007.up },
  { version: 8, name: '0008_sync', up: m0008.up },
  { version: 9, name: '0009_financing_and_reports', up: m0009.up },
  { version: 10, name: '0010_plan_links', up: m0010.up },
  { version: 11, name: '0011_participant_search', up: m0011.up },
  { version: 12, name: '0012_query_indexes', up: m0012.up },
  { version: 13, name: '0013_surveys_and_follow_up', up: m0013.up },
  { version: 14, name: '0014_survey_results_index', up: m0014.up },
  { version: 15, name: '0015_esf_plus', up: m0015.up },
];

export const latestSchemaVersion = migrations.length;
