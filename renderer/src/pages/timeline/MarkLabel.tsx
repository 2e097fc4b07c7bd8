import { useTranslation } from 'react-i18next';
import { fitText, textWidth } from './labels';
import { ink, overdueRed } from './palette';

interface Props {
  x: number;
  y: number;
  text: string;
  maxWidth: number;
  overdue?: boolean;
  /** Text after the name that is never cut either (an activity's hours). */
  keep?: string;
  anchor?: 'start' | 'end';
  fontSize?: number;
  fontWeight?: number;
  fill?: string;
}

/**
 * A label cut to its room. The "⚠ Försenad" mark is never cut: the name
 * gives way first, because lateness must show as text, not only as a red line.
 */
export function MarkLabel({ x, y, text, maxWidth, overdue = false, keep = '', anchor = 'start', fontSize = 12, fontWeight = 400, fill = ink }: Props) {
  const { t } = useTranslation();
  const mark = overdue ? ` ${t('timeline.overdueMark')}` : '';
  const room = Math.max(0, maxWidth - textWidth(keep, fontSize, fontWeight) - textWidth(mark, fontSize, 700));
  const shown = fitText(text, room, fontSize, fontWeight);
  return (
    <text x={x} y={y} fontSize={fontSize} fontWeight={fontWeight} fill={fill} textAnchor={anchor}>
      {shown}
      {keep && <tspan>{keep}</tspan>}
      {overdue && (
        <tspan fill={overdueRed} fontWeight={700}>
          {shown ? mark : mark.trim()}
        </tspan>
      )}
    </text>
  );
}
