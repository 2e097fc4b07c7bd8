import type { DatesSetArg, EventClickArg, EventContentArg, EventInput } from '@fullcalendar/core';
import svLocale from '@fullcalendar/core/locales/sv';
import dayGridPlugin from '@fullcalendar/daygrid';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  type VisitStatus,
  type VisitSummary,
} from '../../../../shared/domain/visits';
import { i18n } from '../../i18n';

export type VisitCalendarView = 'month' | 'week';

export interface VisitCalendarProps {
  visits: VisitSummary[];
  view: VisitCalendarView;
  /** 'YYYY-MM-DD' – any date inside the month/week to show. */
  date: string;
  /** The user paged or switched view; date is the first day of the range now shown. */
  onNavigate(date: string, view: VisitCalendarView): void;
  onOpenVisit(id: string): void;
}

interface StatusStyle {
  background: string;
  border: string;
  text: string;
  borderStyle: 'solid' | 'dashed';
  struck: boolean;
  /** Shown before the title so confirmed and booked differ without colour too (WCAG 1.4.1). */
  mark?: string;
}

// Every text/background pair is at least 4.5:1 (WCAG 1.4.3). Proposals and cancellations are
// light and told apart by the dashed border and the strike-through, not by hue alone.
export const VISIT_STATUS_STYLES: Record<VisitStatus, StatusStyle> = {
  forslag: { background: '#FFF4D6', border: '#8A5A00', text: '#5C3D00', borderStyle: 'dashed', struck: false },
  bokad: { background: '#0072B2', border: '#004C77', text: '#FFFFFF', borderStyle: 'solid', struck: false },
  bekraftad: { background: '#00704A', border: '#004D33', text: '#FFFFFF', borderStyle: 'solid', struck: false, mark: '✓' },
  genomford: { background: '#DCEFE0', border: '#2E7D32', text: '#1B4D2B', borderStyle: 'solid', struck: false },
  installd: { background: '#EEEEEE', border: '#9E9E9E', text: '#555555', borderStyle: 'solid', struck: true },
};

const FC_VIEW: Record<VisitCalendarView, string> = { month: 'dayGridMonth', week: 'timeGridWeek' };
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
const PLUGINS = [dayGridPlugin, timeGridPlugin];
const HEADER = { start: 'prev,next today', center: 'title', end: 'dayGridMonth,timeGridWeek' };

/** FullCalendar hands out local-midnight Dates; format them without a UTC shift. */
function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function viewOf(fcType: string): VisitCalendarView {
  return fcType === FC_VIEW.week ? 'week' : 'month';
}

function visitTitle(v: VisitSummary): string {
  return `${v.municipalityName}: ${v.title ?? i18n.t(`visits.kinds.${v.kind}`)}`;
}

/** In a narrow month cell a SWOT day is just its municipality; other visits keep what they are. */
function compactTitle(v: VisitSummary): string {
  return v.kind === 'swot_dag' && !v.title ? v.municipalityName : visitTitle(v);
}

// Read by screen readers, not shown; a plain style so the calendar needs no provider around it.
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** What a screen reader hears after the visible text: the kind (hidden in a month cell), status, date and warnings. */
function hiddenDetails(v: VisitSummary, compact: boolean): string {
  const kind = compact && compactTitle(v) !== visitTitle(v) ? `${i18n.t(`visits.kinds.${v.kind}`)}, ` : '';
  const text = `${kind}${i18n.t(`visits.statuses.${v.status}`)}, ${v.date} ${v.startTime}–${v.endTime}`;
  return v.warnings.length > 0 ? `${text}. Varning: ${v.warnings.map((w) => w.message).join('; ')}` : text;
}

/** What the tooltip says: the title alone hides status and warnings. */
export function visitAccessibleName(v: VisitSummary): string {
  const parts = [`${visitTitle(v)}, ${i18n.t(`visits.statuses.${v.status}`)}, ${v.date} ${v.startTime}–${v.endTime}`];
  if (v.warnings.length > 0) parts.push(`Varning: ${v.warnings.map((w) => w.message).join('; ')}`);
  return parts.join('. ');
}

function toEvent(v: VisitSummary): EventInput {
  const s = VISIT_STATUS_STYLES[v.status];
  return {
    id: v.id,
    title: visitTitle(v),
    start: `${v.date}T${v.startTime}`,
    end: `${v.date}T${v.endTime}`,
    backgroundColor: s.background,
    borderColor: s.border,
    textColor: s.text,
    classNames: [`visit-status-${v.status}`],
  };
}

function EventBody({ visit, timeText, compact }: { visit: VisitSummary; timeText: string; compact: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const s = VISIT_STATUS_STYLES[visit.status];
  const label = visitAccessibleName(visit);

  // The <a> is FullCalendar's, and it keeps the element when a visit changes without calling
  // eventDidMount again; syncing from the content, which does re-render, keeps it current.
  useLayoutEffect(() => {
    const anchor = ref.current?.closest<HTMLElement>('.fc-event');
    if (!anchor) return;
    anchor.dataset.visitId = visit.id;
    anchor.dataset.status = visit.status;
    // An <a> without href has no role, and a name on a role-less element is not announced.
    anchor.setAttribute('role', 'button');
    // The name comes from the content (visible text plus the hidden details below), so what is
    // seen is always part of what is announced (WCAG 2.5.3); the title gives the same on hover.
    anchor.title = label;
    // FullCalendar only sets the border colour; the style carries the status without hue.
    anchor.style.borderStyle = s.borderStyle;
  }, [visit.id, visit.status, label, s.borderStyle]);

  return (
    // A month cell is narrow: time and municipality wrap instead of being cut; the kind is in the name.
    <div
      ref={ref}
      className="fc-event-main-frame"
      style={{ textDecoration: s.struck ? 'line-through' : undefined, whiteSpace: compact ? 'normal' : undefined, display: compact ? 'block' : undefined }}
    >
      {timeText && <div className="fc-event-time" style={compact ? { display: 'inline' } : undefined}>{timeText}</div>}
      {/* A real space, so the name reads "09:00 Torsby" and not "09:00Torsby". */}
      {compact && timeText ? ' ' : null}
      <div className="fc-event-title-container" style={compact ? { display: 'inline' } : undefined}>
        <div className="fc-event-title" style={compact ? { display: 'inline' } : undefined}>
          {visit.warnings.length > 0 && (
            <span aria-hidden="true" data-warning-marker="" style={{ fontWeight: 700, marginRight: 2 }}>
              ⚠
            </span>
          )}
          {s.mark && (
            <span aria-hidden="true" style={{ marginRight: 2 }}>
              {s.mark}
            </span>
          )}
          {compact ? compactTitle(visit) : visitTitle(visit)}
          <span style={VISUALLY_HIDDEN}>{`. ${hiddenDetails(visit, compact)}`}</span>
        </div>
      </div>
    </div>
  );
}

export function VisitCalendar({ visits, view, date, onNavigate, onOpenVisit }: VisitCalendarProps) {
  const calendarRef = useRef<FullCalendar>(null);
  const byId = useMemo(() => new Map(visits.map((v) => [v.id, v])), [visits]);
  // A fresh array each render would make FullCalendar re-parse every event on every render.
  const events = useMemo(() => visits.map(toEvent), [visits]);

  // The calendar keeps its own date; follow the props, but leave it alone when the shown
  // range already holds them so the datesSet that our own navigation causes stays quiet.
  useEffect(() => {
    const api = calendarRef.current?.getApi();
    if (!api) return;
    const shown = api.view;
    const inRange = date >= isoDay(shown.currentStart) && date < isoDay(shown.currentEnd);
    if (shown.type !== FC_VIEW[view]) api.changeView(FC_VIEW[view], date);
    else if (!inRange) api.gotoDate(date);
  }, [date, view]);

  const handleDatesSet = useCallback(
    (arg: DatesSetArg) => {
      const shownView = viewOf(arg.view.type);
      const start = isoDay(arg.view.currentStart);
      const end = isoDay(arg.view.currentEnd);
      if (shownView === view && date >= start && date < end) return;
      onNavigate(start, shownView);
    },
    [date, view, onNavigate],
  );

  const handleEventClick = useCallback(
    (arg: EventClickArg) => {
      arg.jsEvent.preventDefault();
      onOpenVisit(arg.event.id);
    },
    [onOpenVisit],
  );

  const renderEventContent = useCallback(
    (arg: EventContentArg) => {
      const v = byId.get(arg.event.id);
      return v ? <EventBody visit={v} timeText={arg.timeText} compact={arg.view.type === FC_VIEW.month} /> : arg.event.title;
    },
    [byId],
  );

  return (
    <FullCalendar
      ref={calendarRef}
      plugins={PLUGINS}
      locale={svLocale}
      firstDay={1}
      weekNumbers
      initialView={FC_VIEW[view]}
      initialDate={date}
      headerToolbar={HEADER}
      // Text buttons ("Förra", "Nästa"): the icon buttons are role="img" spans without a name.
      buttonIcons={false}
      height="auto"
      slotMinTime="07:00:00"
      slotMaxTime="20:00:00"
      allDaySlot={false}
      eventTimeFormat={TIME_FORMAT}
      slotLabelFormat={TIME_FORMAT}
      // Block, not the month view's default dot, so the status colours fill the event.
      eventDisplay="block"
      // Tab-reachable <a> with Enter/Space → eventClick, without a url that would navigate.
      eventInteractive
      events={events}
      datesSet={handleDatesSet}
      eventClick={handleEventClick}
      eventContent={renderEventContent}
      // A day cell named by its date alone would hide the visits inside it from its name (WCAG 2.5.3).
      dayCellDidMount={(arg) => arg.el.removeAttribute('aria-labelledby')}
    />
  );
}
