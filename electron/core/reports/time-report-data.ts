import type { ParsedInputOf } from '../../../shared/contract';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { getParticipantSummary } from '../participants/participants';
import type { TimeReportData } from './time-report';

/** One participant's registered hours in a month, for the signed time report. */
export async function timeReportData(ctx: ServiceContext, input: ParsedInputOf<'reports.timeReport'>): Promise<TimeReportData> {
  const p = await getParticipantSummary(ctx.db, input.participantId);
  if (p.erased) throw AppError.of('CONFLICT', 'errors.participantErased');
  const rows = await ctx.db
    .selectFrom('attendance as r')
    .innerJoin('activity_sessions as s', 's.id', 'r.session_id')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select(['s.date', 'a.name as activityName', 's.place', 's.start_time as startTime', 's.end_time as endTime', 'r.hours'])
    .where('r.participant_id', '=', input.participantId)
    .where('r.deleted_at', 'is', null)
    .where('s.date', '>=', `${input.month}-01`)
    .where('s.date', '<=', `${input.month}-31`)
    .orderBy('s.date')
    .orderBy('s.start_time')
    .execute();
  return {
    projectName: 'KUB – Kompetensutveckling bibliotek',
    participant: {
      name: `${p.firstName ?? ''} ${p.lastName ?? ''}`.trim(),
      personnummerMasked: p.personnummerMasked,
      municipalityName: p.municipalityName,
      unitName: p.libraryUnitName,
      role: p.role,
    },
    month: input.month,
    rows,
    totalHours: rows.reduce((sum, r) => sum + r.hours, 0),
    generatedAt: ctx.clock.now().toISOString(),
  };
}
