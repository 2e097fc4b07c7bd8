import { Alert, Button, FileInput, Group, List, Progress, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceImportPreview } from '../../../../shared/domain/attendance';
import { formatIsoDate } from '../../../../shared/format';
import { useApi } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { readFileBase64, saveFile } from '../../components/files';
import { notify } from '../../components/notify';
import { formatHours } from './attendance-grid';

interface Props {
  activityId: string;
  opened: boolean;
  onClose: () => void;
}

type Busy = 'reading' | 'importing' | null;

/** Choose a file, see counts, sample rows and every row's problem, then import all or only the valid rows. */
export function AttendanceImportModal({ activityId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<AttendanceImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const commit = useApiMutation('attendance.import', ['attendance.grid', 'attendance.gridRows', 'activities.list', 'participants.list', 'participants.get']);

  const close = () => {
    setFile(null);
    setPreview(null);
    setError(null);
    onClose();
  };

  const choose = async (chosen: File | null) => {
    setPreview(null);
    setError(null);
    setFile(null);
    if (!chosen) return;
    setBusy('reading');
    try {
      const picked = { fileName: chosen.name, contentBase64: await readFileBase64(chosen) };
      setFile(picked);
      setPreview(await api.call('attendance.importPreview', { activityId, ...picked }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const run = async (onlyValid: boolean) => {
    if (!file) return;
    setBusy('importing');
    try {
      const result = await commit.mutateAsync({ activityId, ...file, onlyValid });
      notify(t, t('activities.import.done', result));
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('activities.import.title')} size="xl">
      <Stack>
        <Text size="sm">{t('activities.import.help')}</Text>
        <Group align="flex-end">
          <FileInput label={t('activities.import.file')} accept=".xlsx,.csv" onChange={(f) => void choose(f)} clearable style={{ flex: 1 }} disabled={busy !== null} />
          <Button variant="default" onClick={() => void api.call('attendance.importTemplate', {}).then(saveFile)}>
            {t('activities.import.template')}
          </Button>
        </Group>
        {busy && (
          <div role="status">
            <Text size="sm" mb={4}>
              {t(busy === 'reading' ? 'activities.import.reading' : 'activities.import.importing')}
            </Text>
            <Progress value={100} animated striped aria-hidden />
          </div>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {preview && (
          <>
            <Text role="status" fw={600}>
              {t('activities.import.summary', { valid: preview.valid, total: preview.totalRows })}
            </Text>
            {preview.sample.length > 0 && (
              <Table striped withTableBorder data-testid="import-sample">
                <Table.Caption>{t('activities.import.sampleCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('activities.import.row')}</Table.Th>
                    <Table.Th scope="col">{t('activities.import.participant')}</Table.Th>
                    <Table.Th scope="col">{t('activities.import.date')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('activities.import.hours')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.sample.map((r) => (
                    <Table.Tr key={r.row}>
                      <Table.Td>{r.row}</Table.Td>
                      <Table.Td>{r.participant}</Table.Td>
                      <Table.Td>{formatIsoDate(r.date)}</Table.Td>
                      <Table.Td ta="right">{formatHours(r.hours)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {preview.errors.length > 0 && (
              <div>
                <Text fw={600}>{t('activities.import.errors')}</Text>
                <List size="sm" data-testid="import-errors" mah={240} style={{ overflowY: 'auto' }}>
                  {preview.errors.map((e) => (
                    <List.Item key={`${e.row}-${e.message}`}>{e.message}</List.Item>
                  ))}
                </List>
              </div>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              {preview.errors.length === 0 ? (
                <Button onClick={() => void run(false)} loading={busy === 'importing'} disabled={preview.valid === 0}>
                  {t('activities.import.importAll')}
                </Button>
              ) : (
                <Button onClick={() => void run(true)} loading={busy === 'importing'} disabled={preview.valid === 0}>
                  {t('activities.import.importValid', { count: preview.valid })}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </AppModal>
  );
}
