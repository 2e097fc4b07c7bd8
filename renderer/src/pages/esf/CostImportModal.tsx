import { Alert, Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../../../shared/contract';
import { useApi } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { readFileBase64 } from '../../components/files';
import { notify } from '../../components/notify';
import { costRefreshes } from './refreshes';

/** Choose a file, see each row's problem, then import every row or only the valid ones. */
export function CostImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<ResultOf<'costs.importPreview'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const commit = useApiMutation('costs.import', costRefreshes);

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
      setPreview(await api.call('costs.importPreview', picked));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const run = async () => {
    if (!file || !preview) return;
    try {
      const result = await commit.mutateAsync({ ...file, onlyValid: preview.errors.length > 0 });
      notify(t, t('esf.budget.imported', { count: result.imported }));
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('esf.budget.importCosts')} size="xl">
      <Stack>
        <Text>{t('esf.budget.importHelp')}</Text>
        <FileInput label={t('esf.budget.importFile')} accept=".xlsx,.csv" onChange={(f) => void choose(f)} clearable />
        {busy && <Text role="status">{t('common.loading')}</Text>}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {preview && (
          <>
            <Text role="status" fw={600}>
              {t('esf.budget.importSummary', { valid: preview.valid, total: preview.totalRows })}
            </Text>
            {preview.errors.length > 0 && (
              <div>
                <Text fw={600}>{t('esf.budget.importErrors')}</Text>
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
              <Button onClick={() => void run()} loading={commit.isPending} disabled={preview.valid === 0}>
                {preview.errors.length === 0
                  ? t('esf.budget.importAll', { count: preview.valid })
                  : t('esf.budget.importValidOnly', { count: preview.valid })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </AppModal>
  );
}
