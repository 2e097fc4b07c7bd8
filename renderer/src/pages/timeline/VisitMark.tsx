import { Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { visitStatuses, type VisitStatus } from '../../../../shared/domain/visits';
import { visitStyles } from './palette';

/** A visit's mark, centred on (cx, cy); the shape differs per status as well as the colour. */
export function VisitMark({ status, cx, cy, r = 5 }: { status: VisitStatus; cx: number; cy: number; r?: number }) {
  const { color, shape } = visitStyles[status];
  switch (shape) {
    case 'hollow':
      return <circle cx={cx} cy={cy} r={r} fill="#FFFFFF" stroke={color} strokeWidth={1.5} strokeDasharray="2 1.5" />;
    case 'dot':
      return <circle cx={cx} cy={cy} r={r} fill={color} />;
    case 'ringed':
      return (
        <g>
          <circle cx={cx} cy={cy} r={r + 1.5} fill="none" stroke={color} strokeWidth={1} />
          <circle cx={cx} cy={cy} r={r - 1.5} fill={color} />
        </g>
      );
    case 'square':
      return <rect x={cx - r} y={cy - r} width={r * 2} height={r * 2} fill={color} />;
    case 'cross':
      return <path d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${cx + r},${cy - r}`} stroke={color} strokeWidth={2} />;
  }
}

/** The key to the visit marks, in the order a visit moves through. */
export function VisitLegend() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Group gap="md" data-testid="visit-legend">
      <Text size="sm" fw={600} id={titleId}>
        {t('timeline.legend')}:
      </Text>
      <Group gap="md" component="ul" aria-labelledby={titleId} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {visitStatuses.map((status) => (
          <Group component="li" key={status} gap={6} wrap="nowrap">
            <svg width={16} height={16} aria-hidden="true">
              <VisitMark status={status} cx={8} cy={8} />
            </svg>
            <Text size="sm">{t(`visits.statuses.${status}`)}</Text>
          </Group>
        ))}
      </Group>
    </Group>
  );
}
