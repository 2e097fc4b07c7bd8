import { Alert, Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwotImportPreview } from '../../../../shared/domain/swot';
import { useApi } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { readFileBase64, saveFile } from '../../components/files';
import { notify } from '../../components/notify';

interface Props {
  swotDayId: string;
  opened: boolean;
  onClose: () => void;
}

/** Choose a file, see every row's problem, then import all rows or only the valid ones. */
export function SwotImportModal({ swotDayId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<SwotImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const commit = useApiMutation('swotNotes.import', ['swotDays.get', 'swotDays.list']);

  const close = () => {
    setFile(null);
    setPreview(null);
    setError(null);
    onClose();
  };

  const choose = async (chosen: File | null) => {
    setPreview(null);
    setError(null);
    if (!chosen) return;
    setBusy(true);
    try {
      const picked = { fileName: chosen.name, contentBase64: await readFileBase64(chosen) };
      setFile(picked);
      setPreview(await api.call('swotNotes.importPreview', { swotDayId, ...picked }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const run = async (onlyValid: boolean) => {
    if (!file) return;
    try {
      const result = await commit.mutateAsync({ swotDayId, ...file, onlyValid });
      notify(t, t('swot.imported', { count: result.imported }));
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('swot.importTitle')} size="xl">
      <Stack>
        <Text>{t('swot.importHelp')}</Text>
        <Group align="flex-end">
          <FileInput label={t('swot.importFile')} accept=".xlsx,.csv" onChange={(f) => void choose(f)} clearable style={{ flex: 1 }} />
          <Button variant="default" onClick={() => void api.call('swotNotes.importTemplate', {}).then(saveFile)}>
            {t('swot.downloadTemplate')}
          </Button>
        </Group>
        {busy && <Text role="status">{t('common.loading')}</Text>}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {preview && (
          <>
            <Text role="status" fw={600}>
              {t('swot.importSummary', { valid: preview.rows.length, total: preview.totalRows })}
            </Text>
            {preview.errors.length > 0 && (
              <div>
                <Text fw={600}>{t('swot.importErrors')}</Text>
                <List size="sm" data-testid="import-errors">
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
                <Button onClick={() => void run(false)} loading={commit.isPending} disabled={preview.rows.length === 0}>
                  {t('swot.importAll', { count: preview.rows.length })}
                </Button>
              ) : (
                <Button onClick={() => void run(true)} loading={commit.isPending} disabled={preview.rows.length === 0}>
                  {t('swot.importValidOnly', { count: preview.rows.length })}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </AppModal>
  );
}
