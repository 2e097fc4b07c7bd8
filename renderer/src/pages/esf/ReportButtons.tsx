import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportedFile } from '../../../../shared/contract';
import type { ReportingPeriod } from '../../../../shared/domain/project';
import { useApi } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/files';
import { notify } from '../../components/notify';

type Kind = 'quarterly' | 'word' | 'claim' | 'final';

/** The period's Word reports (the ESF+ kvartalsrapport, lägesrapport, payment-claim basis) and the final report. The SCB file has its own section (ScbReportSection). */
export function ReportButtons({ period, esfPlus = false }: { period: ReportingPeriod; esfPlus?: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState<Kind | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (which: Kind, make: () => Promise<ExportedFile>) => {
    setBusy(which);
    setError(null);
    try {
      saveFile(await make());
      notify(t, t('esf.reports.reportSaved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="xs">
      <Group align="flex-end">
        {esfPlus && (
          <Button onClick={() => void run('quarterly', () => api.call('quarterlyReport.docx', { periodId: period.id }))} disabled={busy !== null}>
            {t('esf.reports.quarterlyReport')}
          </Button>
        )}
        <Button variant={esfPlus ? 'light' : 'filled'} onClick={() => void run('word', () => api.call('reports.progressReport', { periodId: period.id }))} disabled={busy !== null}>
          {t('esf.reports.progressReport')}
        </Button>
        <Button variant="light" onClick={() => void run('claim', () => api.call('reports.paymentClaim', { periodId: period.id }))} disabled={busy !== null}>
          {t('esf.reports.paymentClaim')}
        </Button>
        <Button variant="light" onClick={() => void run('final', () => api.call('reports.finalReport', {}))} disabled={busy !== null}>
          {t('esf.reports.finalReport')}
        </Button>
      </Group>
      {busy !== null && (
        // A long Word export otherwise looks like nothing happened.
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text>{t('esf.reports.creating')}</Text>
        </Group>
      )}
      {error !== null && <ErrorAlert error={error} />}
    </Stack>
  );
}
