import { translate } from '../../../shared/i18n';
import type { ExportedFile } from '../../../shared/contract';
import type { ServiceContext } from '../context';
import { getEsfSettings } from '../esf/settings';
import { visitsToIcs, type IcsVisit } from './ics';
import { defaultVisitTitle, listVisits, type VisitFilter, type VisitListRow } from './visits';

function description(v: VisitListRow): string {
  return [
    `${translate(`visits.kinds.${v.kind}`)} i ${v.municipalityName}.`,
    `Status: ${translate(`visits.statuses.${v.status}`)}.`,
    v.coordinators.length ? `Samordnare: ${v.coordinators.join(', ')}.` : null,
    v.tourName ? `Resa: ${v.tourName}.` : null,
    v.note,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Every visit the filter selects, cancelled ones included: a calendar that
 * imported the visit earlier must learn that it is off.
 */
export async function exportVisitsIcs(ctx: ServiceContext, filter: VisitFilter): Promise<ExportedFile> {
  const visits = await listVisits(ctx.db, filter);
  const county = filter.countyCode
    ? await ctx.db.selectFrom('counties').select('name').where('code', '=', filter.countyCode).executeTakeFirst()
    : undefined;
  const events: IcsVisit[] = visits.map((v) => ({
    id: v.id,
    title: defaultVisitTitle(v),
    date: v.date,
    startTime: v.startTime,
    endTime: v.endTime,
    place: [v.libraryUnitName, v.address].filter(Boolean).join(', ') || v.municipalityName,
    description: description(v),
    status: v.status,
    updatedAt: v.updatedAt,
    sequence: v.sequence,
  }));
  const calendarName = county ? `KUB-besök ${county.name}` : 'KUB-besök';
  const settings = await getEsfSettings(ctx.db);
  // RFC 5546 wants an ORGANIZER on a PUBLISH; with no project address yet, a reserved .invalid one (RFC 2606) stands in.
  const organizer = { name: settings.projectName, email: settings.projectEmail || 'kalender@kub-planner.invalid' };
  const ics = visitsToIcs(events, { calendarName, now: ctx.clock.now(), organizer });
  const suffix = filter.tourId ? `resa-${filter.tourId.slice(-8)}` : (filter.countyCode ?? 'alla');
  return { fileName: `kub-besok-${suffix}.ics`, contentBase64: Buffer.from(ics, 'utf8').toString('base64') };
}
