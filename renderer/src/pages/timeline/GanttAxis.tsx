import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../../../shared/format';
import { daysIn, type Zoom } from './dates';
import { fitText } from './labels';
import { axisHeight } from './layout';
import { grid, gridMajor, ink, muted, todayColor, weekend } from './palette';
import { majorTicks, minorTicks, weekendDays, type Geometry } from './scale';

/** Weekend shading and grid lines, drawn first so every mark sits on top. */
export function GanttGrid({ geo, zoom, height }: { geo: Geometry; zoom: Zoom; height: number }) {
  return (
    <g aria-hidden="true">
      {weekendDays(geo.range, zoom).map((d) => (
        <rect key={d} x={geo.start(d)} y={axisHeight} width={geo.end(d) - geo.start(d)} height={height - axisHeight} fill={weekend} />
      ))}
      {minorTicks(geo.range, zoom).map((tick) => (
        <line key={tick.date} x1={geo.start(tick.date)} x2={geo.start(tick.date)} y1={axisHeight - 12} y2={height} stroke={grid} />
      ))}
      {majorTicks(geo.range, zoom).map((tick) => (
        <line key={tick.date} x1={geo.start(tick.date)} x2={geo.start(tick.date)} y1={0} y2={height} stroke={gridMajor} />
      ))}
    </g>
  );
}

/** Two rows of Swedish labels: years (or months) above, months (or weeks, days) below. */
export function GanttAxis({ geo, zoom }: { geo: Geometry; zoom: Zoom }) {
  const major = majorTicks(geo.range, zoom);
  const minor = minorTicks(geo.range, zoom, geo.width / daysIn(geo.range));
  return (
    <g data-testid="timeline-axis" fontSize={12} fill={ink}>
      <rect x={0} y={0} width={geo.width} height={axisHeight} fill="#FFFFFF" />
      {major.map((tick, i) => {
        const x = geo.start(tick.date);
        const next = major[i + 1] ? geo.start(major[i + 1]!.date) : geo.width;
        return (
          <text key={tick.date} x={x + 4} y={16} fontWeight={600}>
            {fitText(tick.label, next - x - 8, 12, 600)}
          </text>
        );
      })}
      {minor.map((tick, i) => {
        const x = geo.start(tick.date);
        const next = minor[i + 1] ? geo.start(minor[i + 1]!.date) : geo.width;
        return (
          <text key={tick.date} x={x + 3} y={38} fill={muted} fontSize={11}>
            {fitText(tick.label, next - x - 4, 11)}
          </text>
        );
      })}
      <line x1={0} x2={geo.width} y1={axisHeight - 0.5} y2={axisHeight - 0.5} stroke={gridMajor} />
    </g>
  );
}

/**
 * A line through every lane at today's date, labelled so it does not rely on its colour. With a
 * "Visa läget per" day chosen it stands at that day and says so, so it is never mistaken for today.
 */
export function TodayLine({ geo, today, height, asOf = false }: { geo: Geometry; today: string; height: number; asOf?: boolean }) {
  const { t } = useTranslation();
  if (today < geo.range.start || today > geo.range.end) return null;
  const x = geo.mid(today);
  const label = asOf ? t('overview.timeline.asOfLine') : t('timeline.today');
  const labelWidth = label.length * 7 + 10;
  // The label flips to the left of the line when the line is at the right edge.
  const labelX = x + labelWidth + 2 > geo.width ? x - labelWidth - 2 : x + 2;
  return (
    <g data-testid="today-line" data-date={today} data-as-of={asOf ? 'true' : undefined} data-x={x.toFixed(1)}>
      <title>{asOf ? t('overview.timeline.asOfLineTitle', { date: formatIsoDate(today) }) : t('timeline.todayTitle', { date: formatIsoDate(today) })}</title>
      <line x1={x} x2={x} y1={axisHeight - 4} y2={height} stroke={todayColor} strokeWidth={2} />
      <rect x={labelX} y={height - 18} width={labelWidth} height={16} rx={3} fill={todayColor} />
      <text x={labelX + labelWidth / 2} y={height - 6} textAnchor="middle" fontSize={11} fontWeight={700} fill="#FFFFFF">
        {label}
      </text>
    </g>
  );
}
