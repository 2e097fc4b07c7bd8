import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { VisitSummary } from '../../shared/domain/visits';
import { VISIT_STATUS_STYLES, VisitCalendar, type VisitCalendarProps, type VisitCalendarView } from '../../renderer/src/pages/visits/VisitCalendar';

function visit(id: string, over: Partial<VisitSummary>): VisitSummary {
  return {
    id,
    municipalityCode: '1737',
    libraryUnitId: null,
    swotDayId: null,
    tourId: null,
    kind: 'swot_dag',
    title: null,
    date: '2012-03-14',
    startTime: '09:00',
    endTime: '16:00',
    coordinators: [],
    status: 'bokad',
    note: null,
    updatedAt: '2012-01-01T00:00:00Z',
    municipalityName: 'Torsby',
    countyCode: '17',
    libraryUnitName: null,
    address: null,
    tourName: null,
    warnings: [],
    ...over,
  };
}

const VISITS: VisitSummary[] = [
  visit('v-torsby', {}),
  visit('v-arvika', { municipalityCode: '1784', municipalityName: 'Arvika', date: '2012-03-20', status: 'forslag' }),
  visit('v-mora', {
    municipalityCode: '2062',
    municipalityName: 'Mora',
    countyCode: '20',
    date: '2012-03-17',
    kind: 'mote',
    warnings: [{ code: 'weekend', message: 'Besöket ligger på en lördag.' }],
  }),
  visit('v-falun', { municipalityCode: '2080', municipalityName: 'Falun', date: '2012-03-22', status: 'installd' }),
  visit('v-karlstad', { municipalityCode: '1780', municipalityName: 'Karlstad', date: '2012-04-11', title: 'Uppföljning' }),
];

function renderCalendar(over: Partial<VisitCalendarProps> = {}) {
  const props: VisitCalendarProps = {
    visits: VISITS,
    view: 'month',
    date: '2012-03-14',
    onNavigate: vi.fn(),
    onOpenVisit: vi.fn(),
    ...over,
  };
  const view = render(<VisitCalendar {...props} />);
  return { ...view, props };
}

/** The event element FullCalendar rendered for a visit; data-visit-id is set in eventDidMount. */
const eventEl = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-visit-id="${id}"]`);
const dayCell = (container: HTMLElement, date: string) =>
  container.querySelector<HTMLElement>(`td.fc-daygrid-day[data-date="${date}"]`);

describe('VisitCalendar', () => {
  it('shows the month with each visit on its own day: a SWOT day by its municipality, anything else with its kind or title', async () => {
    const { container } = renderCalendar();
    await screen.findByRole('button', { name: /Torsby\W+SWOT-dag/ });
    expect(screen.getByText('mars 2012')).toBeTruthy();

    const expected: [string, string, string][] = [
      ['v-torsby', '2012-03-14', 'Torsby'],
      ['v-arvika', '2012-03-20', 'Arvika'],
      ['v-mora', '2012-03-17', 'Mora: Möte'],
      ['v-falun', '2012-03-22', 'Falun'],
    ];
    for (const [id, date, title] of expected) {
      const el = eventEl(container, id);
      expect(el, id).not.toBeNull();
      expect(dayCell(container, date)?.contains(el)).toBe(true);
      expect(el?.textContent).toContain(title);
      // Swedish 24-hour clock.
      expect(el?.textContent).toContain('09:00');
    }
    // Karlstad is in April, past the trailing days of the March grid.
    expect(eventEl(container, 'v-karlstad')).toBeNull();
    // Monday first, with week numbers.
    expect(container.querySelector('th.fc-col-header-cell')?.textContent).toMatch(/^mån/);
    expect(container.querySelector('.fc-daygrid-week-number')?.textContent).toMatch(/v\.\s*9/);
  });

  it('makes events focusable and opens a visit on click and on Enter', async () => {
    const { container, props } = renderCalendar();
    await screen.findByRole('button', { name: /Torsby\W+SWOT-dag/ });
    const torsby = eventEl(container, 'v-torsby')!;
    expect(torsby.tagName).toBe('A');
    expect(torsby.tabIndex).toBe(0);

    await userEvent.setup().click(torsby);
    expect(props.onOpenVisit).toHaveBeenCalledWith('v-torsby');

    fireEvent.keyDown(eventEl(container, 'v-arvika')!, { key: 'Enter' });
    expect(props.onOpenVisit).toHaveBeenLastCalledWith('v-arvika');
    expect(props.onOpenVisit).toHaveBeenCalledTimes(2);
  });

  it('marks a visit with warnings and names the warning', async () => {
    const { container } = renderCalendar();
    await screen.findByRole('button', { name: /Mora: Möte/ });
    const mora = eventEl(container, 'v-mora')!;
    expect(mora.textContent).toContain('⚠');
    expect(mora.textContent).toContain('Besöket ligger på en lördag.');
    expect(mora.title).toContain('Varning');
    expect(eventEl(container, 'v-torsby')!.textContent).not.toContain('⚠');
    expect(eventEl(container, 'v-torsby')!.textContent).not.toContain('Varning');
  });

  it('puts the status in the accessible name and styles proposals and cancellations apart', async () => {
    const { container } = renderCalendar();
    await screen.findByRole('button', { name: /Falun\W+SWOT-dag/ });
    const falun = eventEl(container, 'v-falun')!;
    expect(falun.textContent).toContain('Inställd');
    expect(screen.getByRole('button', { name: /Falun\W+SWOT-dag, Inställd/ })).toBe(falun);
    expect(falun.querySelector<HTMLElement>('.fc-event-main-frame')?.style.textDecoration).toBe('line-through');

    const arvika = eventEl(container, 'v-arvika')!;
    expect(arvika.textContent).toContain('Förslag');
    expect(arvika.style.borderStyle).toBe('dashed');
    expect(eventEl(container, 'v-torsby')!.textContent).toContain('Bokad');
  });

  it('keeps text on every status colour at 4.5:1 or more', () => {
    const luminance = (hex: string) => {
      const [r = 0, g = 0, b = 0] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const [status, s] of Object.entries(VISIT_STATUS_STYLES)) {
      const [hi, lo] = [luminance(s.text), luminance(s.background)].sort((a, b) => b - a) as [number, number];
      expect((hi + 0.05) / (lo + 0.05), status).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('follows the date prop to April without reporting a navigation', async () => {
    const { container, props, rerender } = renderCalendar();
    await screen.findByRole('button', { name: /Torsby\W+SWOT-dag/ });
    rerender(<VisitCalendar {...props} date="2012-04-01" />);
    await screen.findByRole('button', { name: /Karlstad: Uppföljning/ });
    expect(screen.getByText('april 2012')).toBeTruthy();
    expect(dayCell(container, '2012-04-11')?.contains(eventEl(container, 'v-karlstad'))).toBe(true);
    for (const id of ['v-torsby', 'v-arvika', 'v-mora', 'v-falun']) expect(eventEl(container, id), id).toBeNull();
    expect(props.onNavigate).not.toHaveBeenCalled();
  });

  it('reports the view switch and paging through onNavigate with the first day shown', async () => {
    const onNavigate = vi.fn();
    // A parent that feeds the reported range back, as the page will.
    function Controlled() {
      const [nav, setNav] = useState<{ date: string; view: VisitCalendarView }>({ date: '2012-03-14', view: 'month' });
      return (
        <VisitCalendar
          visits={VISITS}
          view={nav.view}
          date={nav.date}
          onOpenVisit={() => {}}
          onNavigate={(date, view) => {
            onNavigate(date, view);
            setNav({ date, view });
          }}
        />
      );
    }
    const { container } = render(<Controlled />);
    await screen.findByRole('button', { name: /Torsby\W+SWOT-dag/ });
    const user = userEvent.setup();
    const props = { onNavigate };

    await user.click(screen.getByRole('button', { name: /Vecka/ }));
    // The week holding the 14th starts on Monday the 12th.
    expect(props.onNavigate).toHaveBeenLastCalledWith('2012-03-12', 'week');

    await user.click(screen.getByRole('button', { name: /Månad/ }));
    expect(props.onNavigate).toHaveBeenLastCalledWith('2012-03-01', 'month');

    await user.click(screen.getByRole('button', { name: /Nästa/ }));
    expect(props.onNavigate).toHaveBeenLastCalledWith('2012-04-01', 'month');
    await screen.findByRole('button', { name: /Karlstad: Uppföljning/ });
    expect(eventEl(container, 'v-torsby')).toBeNull();
    // One report per user action: feeding the range back must not echo.
    expect(props.onNavigate).toHaveBeenCalledTimes(3);
  });

  it('shows the week view from 07:00 without an all-day row, and updates a visit whose status changes', async () => {
    const { container, props, rerender } = renderCalendar({ view: 'week', date: '2012-03-14' });
    // The week has room for the whole title.
    await screen.findByText('Torsby: SWOT-dag');
    expect(container.querySelector('.fc-timegrid-slot-label')?.textContent).toBe('07:00');
    expect(screen.queryByText('Heldag')).toBeNull();
    expect(container.querySelector('.fc-timegrid .fc-daygrid-body')).toBeNull();
    expect(eventEl(container, 'v-torsby')?.textContent).toContain('09:00');
    expect(eventEl(container, 'v-arvika')).toBeNull();

    const changed = VISITS.map((v) => (v.id === 'v-torsby' ? { ...v, status: 'genomford' as const } : v));
    rerender(<VisitCalendar {...props} visits={changed} />);
    await waitFor(() => expect(eventEl(container, 'v-torsby')?.textContent).toContain('Genomförd'));
    // FullCalendar keeps the element across such updates; the name must not go stale.
    const warned = changed.map((v) => (v.id === 'v-torsby' ? { ...v, warnings: [{ code: 'holiday' as const, message: 'Helgdag.' }] } : v));
    rerender(<VisitCalendar {...props} visits={warned} />);
    await waitFor(() => expect(eventEl(container, 'v-torsby')?.textContent).toContain('Helgdag.'));
    expect(eventEl(container, 'v-torsby')?.textContent).toContain('⚠');
    await act(async () => {});
    expect(props.onNavigate).not.toHaveBeenCalled();
  });
});
