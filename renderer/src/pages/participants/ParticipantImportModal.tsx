import { Alert, Anchor, Button, FileInput, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantImportPreview } from '../../../../shared/domain/participants';
import { useApi } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { readFileBase64, saveFile } from '../../components/files';
import { notify } from '../../components/notify';
import { ImportPreview, type DuplicateChoice } from './ImportPreview';
import { participantRefreshes } from './ParticipantModal';

interface Props {
  opened: boolean;
  onClose: () => void;
}

type Busy = 'reading' | 'importing' | null;

/** Choose a file, see its valid rows, errors and duplicates, choose what happens to each duplicate, then import. */
export function ParticipantImportModal({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [payload, setPayload] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<ParticipantImportPreview | null>(null);
  const [choices, setChoices] = useState<Record<number, DuplicateChoice>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const commit = useApiMutation('participants.import', participantRefreshes);

  const reset = () => {
    setFile(null);
    setPayload(null);
    setPreview(null);
    setChoices({});
    setError(null);
  };
  const close = () => {
    if (busy === 'importing') return;
    reset();
    onClose();
  };

  const choose = async (chosen: File | null) => {
    reset();
    setFile(chosen);
    if (!chosen) return;
    setBusy('reading');
    try {
      const picked = { fileName: chosen.name, contentBase64: await readFileBase64(chosen) };
      setPayload(picked);
      setPreview(await api.call('participants.importPreview', picked));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const run = async (onlyValid: boolean) => {
    if (!payload || !preview) return;
    const mergeRows = preview.duplicates.filter((d) => d.existingId && choices[d.row] === 'merge').map((d) => d.row);
    setBusy('importing');
    setError(null);
    try {
      const result = await commit.mutateAsync({ ...payload, onlyValid, mergeRows });
      notify(t, t('participants.imported', result));
      reset();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const hasErrors = (preview?.errors.length ?? 0) > 0;
  const nothingToImport = !preview || preview.rows.length === 0;
  return (
    <AppModal opened={opened} onClose={close} title={t('participants.importTitle')} size="80rem">
      <Stack>
        <Text size="sm">{t('participants.importHelp')}</Text>
        <Group align="flex-end">
          <FileInput
            label={t('participants.importFile')}
            accept=".xlsx,.csv"
            value={file}
            onChange={(f) => void choose(f)}
            clearable
            disabled={busy !== null}
            style={{ flex: 1 }}
          />
          <Anchor component="button" type="button" pb={8} onClick={() => void api.call('participants.importTemplate', {}).then(saveFile, (e: Error) => setError(e.message))}>
            {t('participants.downloadTemplate')}
          </Anchor>
        </Group>
        {busy && (
          <Group gap="sm" role="status">
            <Loader size="sm" aria-hidden />
            <Text>{busy === 'reading' ? t('participants.reading') : t('participants.importing')}</Text>
          </Group>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {preview && <ImportPreview preview={preview} choices={choices} onChoose={(row, c) => setChoices((prev) => ({ ...prev, [row]: c }))} />}
        {preview && hasErrors && <Text size="sm">{t('participants.importErrorsBlock')}</Text>}
        {preview && (
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy !== null}>
              {t('common.cancel')}
            </Button>
            {hasErrors && (
              <Button variant="light" onClick={() => void run(true)} loading={busy === 'importing'} disabled={nothingToImport}>
                {t('participants.importValidOnly')}
              </Button>
            )}
            <Button onClick={() => void run(false)} loading={busy === 'importing' && !hasErrors} disabled={hasErrors || nothingToImport || busy !== null}>
              {t('participants.importAll')}
            </Button>
          </Group>
        )}
      </Stack>
    </AppModal>
  );
}
