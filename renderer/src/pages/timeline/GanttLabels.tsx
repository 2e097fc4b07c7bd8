import { useTranslation } from 'react-i18next';
import { formatHours } from './format';
import { fitText } from './labels';
import { axisHeight, labelColumnWidth, type Row } from './layout';
import { MarkLabel } from './MarkLabel';
import { grid, gridMajor, ink, muted } from './palette';

const laneRows = new Set<Row['kind']>(['lane', 'phases', 'milestones', 'periods']);

function RowLabel({ row, onOpenActivity }: { row: Row; onOpenActivity: (id: string) => void }) {
  const { t } = useTranslation();
  const baseline = row.y + Math.min(row.height, 28) / 2 + 5;
  switch (row.kind) {
    case 'lane':
    case 'phases':
    case 'milestones':
    case 'periods':
      return (
        <text x={8} y={baseline} fontSize={13} fontWeight={700} fill={ink}>
          {row.label}
        </text>
      );
    case 'county':
    case 'processes':
      return (
        <text x={20} y={baseline} fontSize={12} fill={ink}>
          <title>{row.label}</title>
          {fitText(row.label, labelColumnWidth - 28, 12)}
        </text>
      );
    case 'track':
      return (
        <text x={16} y={baseline} fontSize={12} fontWeight={600} fill={muted}>
          <title>{row.label}</title>
          {fitText(row.label, labelColumnWidth - 24, 12, 600)}
        </text>
      );
    case 'empty':
      return (
        <text x={24} y={baseline} fontSize={12} fontStyle="italic" fill={muted}>
          {row.label}
        </text>
      );
    case 'activity': {
      const a = row.activity;
      return (
        <g data-activity-label={a.id} onClick={() => onOpenActivity(a.id)} style={{ cursor: 'pointer' }}>
          <title>{`${a.name} · ${t('timeline.hours', { hours: formatHours(a.hours) })}${a.overdue ? ` ${t('timeline.overdueMark')}` : ''}`}</title>
          <MarkLabel x={28} y={baseline} text={a.name} keep={` · ${t('timeline.hours', { hours: formatHours(a.hours) })}`} overdue={a.overdue} maxWidth={labelColumnWidth - 36} />
        </g>
      );
    }
  }
}

/**
 * The label column, outside the horizontal scroll so that names stay in view.
 * Hidden from screen readers: the chart's description and the list below carry the same text.
 */
export function GanttLabels({ rows, height, onOpenActivity }: { rows: Row[]; height: number; onOpenActivity: (id: string) => void }) {
  return (
    <svg width={labelColumnWidth} height={height} aria-hidden="true" style={{ flex: 'none', display: 'block' }} data-testid="timeline-labels">
      <rect x={0} y={0} width={labelColumnWidth} height={height} fill="#FFFFFF" />
      {rows.map((row) => (
        <g key={row.key}>
          {(row.kind === 'lane' || row.kind === 'track') && <rect x={0} y={row.y} width={labelColumnWidth} height={row.height} fill="#F8F9FA" />}
          {laneRows.has(row.kind) && <line x1={0} x2={labelColumnWidth} y1={row.y} y2={row.y} stroke={row.y === axisHeight ? gridMajor : grid} />}
          <RowLabel row={row} onOpenActivity={onOpenActivity} />
        </g>
      ))}
      <line x1={labelColumnWidth - 0.5} x2={labelColumnWidth - 0.5} y1={0} y2={height} stroke={gridMajor} />
    </svg>
  );
}
