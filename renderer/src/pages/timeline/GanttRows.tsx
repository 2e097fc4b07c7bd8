import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineActivity } from '../../../../shared/domain/timeline';
import { formatIsoDate } from '../../../../shared/format';
import { formatHours } from './format';
import { fitText, type PlacedLabel } from './labels';
import { rowHeight, subRowHeight, type Row } from './layout';
import { MarkLabel } from './MarkLabel';
import { StepMark } from './StepMark';
import { activityStyles, dueColor, grid, ink, milestoneStyle, overdueRed, periodColors, phaseColors } from './palette';
import type { Geometry } from './scale';
import { VisitMark } from './VisitMark';

type RowOf<K extends Row['kind']> = Extract<Row, { kind: K }>;

function PhasesRow({ row, geo }: { row: RowOf<'phases'>; geo: Geometry }) {
  const { t } = useTranslation();
  return (
    <g data-lane="phases">
      {row.phases.map(({ phase, sub }, i) => {
        const x = geo.start(phase.startDate);
        const width = Math.max(2, geo.end(phase.endDate) - x);
        const y = row.y + 4 + sub * rowHeight;
        const colors = phaseColors[i % phaseColors.length]!;
        return (
          <g key={phase.id} data-phase-id={phase.id}>
            <title>{t('timeline.phaseTitle', { name: phase.name, from: formatIsoDate(phase.startDate), to: formatIsoDate(phase.endDate) })}</title>
            <rect x={x} y={y} width={width} height={rowHeight - 6} rx={3} fill={colors.fill} stroke={colors.stroke} />
            <text x={x + 6} y={y + 15} fontSize={12} fontWeight={600} fill={ink}>
              {fitText(phase.name, width - 12, 12, 600)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function MilestonesRow({ row, geo, labels }: { row: RowOf<'milestones'>; geo: Geometry; labels: PlacedLabel[] }) {
  const { t } = useTranslation();
  return (
    <g data-lane="milestones">
      {row.milestones.map((m, i) => {
        const place = labels[i] ?? { row: 0, anchor: 'start', maxWidth: 0 };
        const x = geo.mid(m.date);
        const cy = row.y + 6 + place.row * subRowHeight + subRowHeight / 2;
        const style = m.done ? milestoneStyle.done : milestoneStyle.open;
        const state = m.done ? t('timeline.done') : m.overdue ? t('timeline.overdue').toLowerCase() : t('timeline.notDone');
        return (
          <g key={m.id} data-milestone-id={m.id} data-overdue={m.overdue}>
            <title>
              {t('timeline.milestoneTitle', { name: m.name, date: formatIsoDate(m.date), state })}
              {m.note ? ` – ${m.note}` : ''}
            </title>
            <path
              d={`M${x},${cy - 7}L${x + 7},${cy}L${x},${cy + 7}L${x - 7},${cy}Z`}
              fill={style.fill}
              stroke={m.overdue ? overdueRed : style.stroke}
              strokeWidth={m.overdue ? 2.5 : 1.5}
            />
            <MarkLabel
              x={place.anchor === 'start' ? x + 10 : x - 10}
              y={cy + 4}
              anchor={place.anchor}
              text={m.done ? `✓ ${m.name}` : m.name}
              maxWidth={place.maxWidth}
              overdue={m.overdue}
            />
          </g>
        );
      })}
    </g>
  );
}

/** "2012 kvartal 3", or "2012 K3" where a quarter is too narrow for the full name. */
function periodLabel(name: string, room: number): string {
  const full = fitText(name, room, 11);
  return full === name ? full : fitText(name.replace(/\s*kvartal\s*/i, ' K'), room, 11);
}

function PeriodsRow({ row, geo }: { row: RowOf<'periods'>; geo: Geometry }) {
  const { t } = useTranslation();
  return (
    <g data-lane="periods">
      {row.periods.map((p, i) => {
        const x = geo.start(p.startDate);
        const width = Math.max(1, geo.end(p.endDate) - x - 1);
        const due = geo.mid(p.dueDate);
        const dueShown = p.dueDate >= geo.range.start && p.dueDate <= geo.range.end;
        return (
          <g key={p.id} data-period-id={p.id}>
            {width > 1 && (
              <g>
                <title>{t('timeline.periodTitle', { name: p.name, from: formatIsoDate(p.startDate), to: formatIsoDate(p.endDate) })}</title>
                <text x={x + 3} y={row.y + 14} fontSize={11} fill={ink}>
                  {periodLabel(p.name, width - 6)}
                </text>
                <rect x={x} y={row.y + 19} width={width} height={6} fill={periodColors[i % 2]} />
              </g>
            )}
            {dueShown && (
              <g data-due={p.dueDate}>
                <title>{t('timeline.dueTitle', { name: p.name, date: formatIsoDate(p.dueDate) })}</title>
                <line x1={due} x2={due} y1={row.y + 16} y2={row.y + 34} stroke={dueColor} strokeWidth={2} />
                <path d={`M${due - 4},${row.y + 34}L${due + 4},${row.y + 34}L${due},${row.y + 28}Z`} fill={dueColor} />
              </g>
            )}
          </g>
        );
      })}
    </g>
  );
}

function CountyRow({ row, geo }: { row: RowOf<'county'>; geo: Geometry }) {
  const { t } = useTranslation();
  const cy = row.y + row.height / 2;
  return (
    <g data-lane="visits" data-county={row.key}>
      <line x1={0} x2={geo.width} y1={cy} y2={cy} stroke={grid} strokeDasharray="2 4" />
      {row.visits.map((v) => (
        <g key={v.id} data-visit-id={v.id} data-status={v.status}>
          <title>{t('timeline.visitTitle', { municipality: v.municipalityName, date: formatIsoDate(v.date), status: t(`visits.statuses.${v.status}`) })}</title>
          <VisitMark status={v.status} cx={geo.mid(v.date)} cy={cy} />
        </g>
      ))}
    </g>
  );
}

function ProcessesRow({ row, geo }: { row: RowOf<'processes'>; geo: Geometry }) {
  const { t } = useTranslation();
  const cy = row.y + row.height / 2;
  return (
    <g data-lane="processes" data-county={row.key}>
      <line x1={0} x2={geo.width} y1={cy} y2={cy} stroke={grid} strokeDasharray="2 4" />
      {row.steps.map((s) => {
        const x = geo.mid(s.dueDate);
        return (
          <g key={s.id} data-step-id={s.id} data-status={s.status}>
            <title>
              {t('followUp.timelineStepTitle', {
                title: s.title,
                municipality: s.municipalityName,
                process: s.processName,
                date: formatIsoDate(s.dueDate),
                status: t(`followUp.stepStatuses.${s.status}`),
              })}
            </title>
            <StepMark status={s.status} cx={x} cy={cy} />
          </g>
        );
      })}
    </g>
  );
}

function activityTitle(t: TFunction, a: TimelineActivity): string {
  const title = t('timeline.activityTitle', {
    name: a.name,
    status: t(`activities.statuses.${a.status}`),
    from: formatIsoDate(a.start),
    to: formatIsoDate(a.end),
    sessions: a.sessionCount,
    hours: formatHours(a.hours),
  });
  return a.overdue ? `${title}. ${t('timeline.overdueMark')}` : title;
}

function ActivityRow({ row, geo, onOpen }: { row: RowOf<'activity'>; geo: Geometry; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const a = row.activity;
  const x = geo.start(a.start);
  const width = Math.max(6, geo.end(a.end) - x);
  const style = activityStyles[a.status];
  const top = row.y + 7;
  const right = x + width;
  return (
    <g data-activity-id={a.id} data-overdue={a.overdue} onClick={() => onOpen(a.id)} style={{ cursor: 'pointer' }}>
      <title>{activityTitle(t, a)}</title>
      {/* A full-width strip makes the whole row a target, not just a thin bar. */}
      <rect x={0} y={row.y} width={geo.width} height={row.height} fill="transparent" />
      <rect
        x={x}
        y={top}
        width={width}
        height={14}
        rx={2}
        fill={style.fill}
        stroke={a.overdue ? overdueRed : style.stroke}
        strokeWidth={a.overdue ? 2.5 : 1.5}
        strokeDasharray={style.dash}
      />
      {/* One mark per week with sessions: a tick for one day, a band from the first to the last session day of the week. */}
      {a.sessionWeeks
        .map((mark) => {
          const [first, last = first] = mark.split('/') as [string, string?];
          return { mark, first, last };
        })
        .filter((w) => w.last >= geo.range.start && w.first <= geo.range.end)
        .map((w) =>
          w.first === w.last ? (
            <line key={w.mark} x1={geo.mid(w.first)} x2={geo.mid(w.first)} y1={top - 3} y2={top + 17} stroke={ink} strokeWidth={1.5} data-session={w.mark} />
          ) : (
            <rect
              key={w.mark}
              x={geo.start(w.first)}
              y={top - 3}
              width={Math.max(1.5, geo.end(w.last) - geo.start(w.first))}
              height={20}
              fill={ink}
              fillOpacity={0.35}
              stroke={ink}
              strokeWidth={1}
              data-session={w.mark}
            />
          ),
        )}
      {/* Arrows where the activity goes on outside the shown period. */}
      {a.start < geo.range.start && <path d={`M${x + 8},${top + 3}L${x + 3},${top + 7}L${x + 8},${top + 11}`} fill="none" stroke={ink} strokeWidth={1.5} />}
      {a.end > geo.range.end && <path d={`M${right - 8},${top + 3}L${right - 3},${top + 7}L${right - 8},${top + 11}`} fill="none" stroke={ink} strokeWidth={1.5} />}
    </g>
  );
}

/** Draws one row of the chart (the label column draws its text). */
export function GanttRow({ row, geo, milestoneLabels, onOpenActivity }: { row: Row; geo: Geometry; milestoneLabels: PlacedLabel[]; onOpenActivity: (id: string) => void }) {
  switch (row.kind) {
    case 'phases':
      return <PhasesRow row={row} geo={geo} />;
    case 'milestones':
      return <MilestonesRow row={row} geo={geo} labels={milestoneLabels} />;
    case 'periods':
      return <PeriodsRow row={row} geo={geo} />;
    case 'county':
      return <CountyRow row={row} geo={geo} />;
    case 'processes':
      return <ProcessesRow row={row} geo={geo} />;
    case 'activity':
      return <ActivityRow row={row} geo={geo} onOpen={onOpenActivity} />;
    default:
      return null;
  }
}
