import { Button, Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/files';
import { notify } from '../../components/notify';
import { formatMonth } from './format';

/** The signed monthly time report; only months with hours can be chosen, the latest first. */
export function TimeReportButton({ participantId, months }: { participantId: string; months: string[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const [month, setMonth] = useState(months.at(-1) ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const chosen = months.includes(month) ? month : (months.at(-1) ?? '');

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      saveFile(await api.call('reports.timeReport', { participantId, month: chosen }));
      notify(t, t('participants.timeReportSaved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Group align="flex-end">
        <NativeSelect
          label={t('participants.timeReportMonth')}
          value={chosen}
          onChange={(e) => setMonth(e.currentTarget.value)}
          data={[...months].reverse().map((m) => ({ value: m, label: formatMonth(m) }))}
        />
        <Button variant="light" onClick={() => void download()} loading={busy}>
          {t('participants.timeReport')}
        </Button>
      </Group>
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}
