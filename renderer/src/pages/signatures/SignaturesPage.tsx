import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ruleSetLabels } from '../../../../shared/domain/esf-plus';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { monthBefore } from './months';
import { ParticipantMonthsSection } from './ParticipantMonthsSection';
import { StaffReportsSection } from './StaffReportsSection';

/**
 * Signering: under ESF+ every participant confirms each month's attendance
 * and every staff member their time report. The month shown at first is the
 * one before the project's view date: its certificates are the ones coming
 * back signed.
 */
export function SignaturesPage() {
  const { t } = useTranslation();
  const view = useApiQuery('project.viewDate', {});
  const settings = useApiQuery('esf.settings', {});
  const error = view.error ?? settings.error;
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('signatures.title')}</Title>
        <Text c="dimmed">{t('signatures.intro')}</Text>
      </div>
      {error && <ErrorAlert error={error} />}
      {settings.data && settings.data.ruleSet !== 'esf_plus_2021_2027' && (
        <Alert color="gray" variant="light" data-testid="signatures-rules">
          {t('signatures.otherRules', { ruleSet: ruleSetLabels[settings.data.ruleSet] })}
        </Alert>
      )}
      {view.isPending && <Loader aria-label={t('common.loading')} />}
      {view.data && (
        <>
          <ParticipantMonthsSection defaultMonth={monthBefore(view.data.date)} />
          <StaffReportsSection defaultYear={Number(monthBefore(view.data.date).slice(0, 4))} />
        </>
      )}
    </Stack>
  );
}
