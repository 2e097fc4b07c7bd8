import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { CountyCode } from '../../../shared/domain/municipalities';
import { ruleSetLabels } from '../../../shared/domain/esf-plus';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { getEsfSettings } from '../esf/settings';
import { monthDays, monthInWords } from '../signatures/months';

/*
 * What a närvarointyg shows: one participant's sessions of one month, read
 * from attendance and the sessions themselves (only live rows of both, so
 * a deleted session or a removed attendance is not certified), and the
 * project it is for. The batch of a county reads its participants a page
 * at a time, and each page's sessions with one query.
 */

type Db = Kysely<Database>;

export interface CertificateSession {
  date: string;
  activityName: string;
  startTime: string;
  endTime: string;
  place: string;
  hours: number;
}

export interface CertificateParticipant {
  participantId: string;
  name: string;
  municipalityName: string;
  sessions: CertificateSession[];
  totalHours: number;
}

export interface AttendanceCertificateData {
  projectName: string;
  caseNumber: string;
  ruleSetLabel: string;
  /** 'YYYY-MM'. */
  month: string;
  /** Set for a county's batch: in the file name and the footer. */
  countyName: string | null;
  /** One certificate each, in Swedish name order. */
  participants: CertificateParticipant[];
  generatedAt: string;
}

/** Participants read per query for a county's batch: a page of names, then that page's sessions at once. */
const PAGE = 200;

const fullName = (first: string | null, last: string | null) => `${first ?? ''} ${last ?? ''}`.trim();

async function projectOf(ctx: ServiceContext) {
  const settings = await getEsfSettings(ctx.db);
  return { projectName: settings.projectName, caseNumber: settings.caseNumber, ruleSetLabel: ruleSetLabels[settings.ruleSet] };
}

/** The live sessions of the month attended by each of the participants, in date and time order. */
async function sessionsOf(db: Db, participantIds: readonly string[], month: string): Promise<Map<string, CertificateSession[]>> {
  const { from, to } = monthDays(month);
  const rows = await db
    .selectFrom('attendance as r')
    .innerJoin('activity_sessions as s', 's.id', 'r.session_id')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select(['r.participant_id as participantId', 's.date', 'a.name as activityName', 's.start_time as startTime', 's.end_time as endTime', 's.place', 'r.hours'])
    .where('r.participant_id', 'in', participantIds)
    .where('r.deleted_at', 'is', null)
    .where('s.deleted_at', 'is', null)
    .where('s.date', '>=', from)
    .where('s.date', '<=', to)
    .orderBy('s.date')
    .orderBy('s.start_time')
    .orderBy('a.name')
    .execute();
  const byParticipant = new Map<string, CertificateSession[]>(participantIds.map((id) => [id, []]));
  for (const { participantId, ...session } of rows) byParticipant.get(participantId)!.push(session);
  return byParticipant;
}

function certificate(p: { participantId: string; name: string; municipalityName: string }, sessions: CertificateSession[]): CertificateParticipant {
  return { ...p, sessions, totalHours: sessions.reduce((sum, s) => sum + s.hours, 0) };
}

/** One participant's certificate; an erased participant, or a month without attendance, has none. */
export async function participantCertificateData(ctx: ServiceContext, input: ParsedInputOf<'certificates.participantMonth'>): Promise<AttendanceCertificateData> {
  const p = await ctx.db
    .selectFrom('participants as p')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .select(['p.id', 'p.first_name', 'p.last_name', 'p.erased_at', 'm.name as municipalityName'])
    .where('p.id', '=', input.participantId)
    .where('p.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!p) throw notFound();
  if (p.erased_at) throw AppError.of('CONFLICT', 'errors.participantErased');
  const name = fullName(p.first_name, p.last_name);
  const sessions = (await sessionsOf(ctx.db, [p.id], input.month)).get(p.id)!;
  if (sessions.length === 0) throw AppError.of('VALIDATION', 'signatures.errors.noCertificateHours', { name, month: monthInWords(input.month) });
  return {
    ...(await projectOf(ctx)),
    month: input.month,
    countyName: null,
    participants: [certificate({ participantId: p.id, name, municipalityName: p.municipalityName }, sessions)],
    generatedAt: ctx.clock.now().toISOString(),
  };
}

/** Every certificate of the month in one county: the participants with hours there (not erased), in Swedish name order. */
export async function monthCertificatesData(ctx: ServiceContext, input: ParsedInputOf<'certificates.month'>): Promise<AttendanceCertificateData> {
  const county = await ctx.db
    .selectFrom('counties')
    .select('name')
    .where('code', '=', input.countyCode as CountyCode)
    .executeTakeFirst();
  if (!county) throw notFound();
  const participants: CertificateParticipant[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await ctx.db
      .selectFrom('participant_month_hours as h')
      .innerJoin('participants as p', 'p.id', 'h.participant_id')
      .innerJoin('participant_search as s', 's.participant_id', 'p.id')
      .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
      .select(['p.id', 'p.first_name', 'p.last_name', 'm.name as municipalityName'])
      .where('h.month', '=', input.month)
      .where('m.county_code', '=', input.countyCode as CountyCode)
      .where('p.deleted_at', 'is', null)
      .where('p.erased_at', 'is', null)
      .orderBy('s.name_key')
      .orderBy('s.participant_id')
      .limit(PAGE)
      .offset(offset)
      .execute();
    if (page.length === 0) break;
    const sessions = await sessionsOf(
      ctx.db,
      page.map((p) => p.id),
      input.month,
    );
    for (const p of page) {
      participants.push(certificate({ participantId: p.id, name: fullName(p.first_name, p.last_name), municipalityName: p.municipalityName }, sessions.get(p.id)!));
    }
    if (page.length < PAGE) break;
  }
  if (participants.length === 0) throw AppError.of('VALIDATION', 'signatures.errors.noParticipantsInCounty', { county: county.name, month: monthInWords(input.month) });
  return { ...(await projectOf(ctx)), month: input.month, countyName: county.name, participants, generatedAt: ctx.clock.now().toISOString() };
}
