import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitWarning } from '../../../../shared/domain/visits';

/** Warnings never block a booking, so they are shown, not enforced. */
export function VisitWarnings({ warnings }: { warnings: VisitWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" title={t('visits.warningCount', { count: warnings.length })} data-testid="visit-warnings">
      <List size="sm">
        {warnings.map((w, i) => (
          <List.Item key={`${w.code}-${i}`}>{w.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
