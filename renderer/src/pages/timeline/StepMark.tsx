import { Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { stepStatuses, type StepStatus } from '../../../../shared/domain/follow-up';
import { ink } from './palette';

/** Step fills by status, light to dark as a step moves on; the outline keeps an open step visible on white. */
const stepFill: Record<StepStatus, string> = { ej_paborjad: '#FFFFFF', pagar: '#ADB5BD', klar: ink };

/** A development-process step's mark, a square centred on (cx, cy). */
export function StepMark({ status, cx, cy }: { status: StepStatus; cx: number; cy: number }) {
  return <rect x={cx - 5} y={cy - 5} width={10} height={10} fill={stepFill[status]} stroke={ink} strokeWidth={1.5} />;
}

/** The key to the step marks of the development-process lane. */
export function StepLegend() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Group gap="md" data-testid="step-legend">
      <Text size="sm" fw={600} id={titleId}>
        {t('followUp.timelineLegend')}:
      </Text>
      <Group gap="md" component="ul" aria-labelledby={titleId} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {stepStatuses.map((status) => (
          <Group component="li" key={status} gap={6} wrap="nowrap">
            <svg width={16} height={16} aria-hidden="true">
              <StepMark status={status} cx={8} cy={8} />
            </svg>
            <Text size="sm">{t(`followUp.stepStatuses.${status}`)}</Text>
          </Group>
        ))}
      </Group>
    </Group>
  );
}
