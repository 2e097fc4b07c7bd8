import { Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/client';
import { readFileBase64, saveFile } from '../../components/files';
import { notify } from '../../components/notify';
import { ConfirmReplaceModal } from './BackupDialogs';

/** The whole project as one file: export it, or open one in place of the current data. */
export function ProjectFileSection() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportFile = async () => {
    setBusy(true);
    try {
      saveFile(await api.call('projectFile.export', {}));
    } finally {
      setBusy(false);
    }
  };

  const openFile = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('projectFile.import', { fileName: chosen.name, contentBase64: await readFileBase64(chosen) });
      // Every area's data has changed.
      await queryClient.invalidateQueries();
      notify(t, t('backups.projectFileOpened', { fileName: chosen.name, backup: result.preImportBackup }));
      setChosen(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Title order={2}>{t('backups.projectFileTitle')}</Title>
      <Text c="dimmed">{t('backups.projectFileIntro')}</Text>
      <Group align="flex-end">
        <Button variant="default" loading={busy && !chosen} onClick={() => void exportFile()}>
          {t('backups.exportProjectFile')}
        </Button>
        <FileInput label={t('backups.openProjectFile')} accept=".sqlite" value={null} onChange={setChosen} w={260} />
      </Group>
      {chosen && (
        <ConfirmReplaceModal
          title={t('backups.confirmProjectFileTitle')}
          text={t('backups.confirmProjectFile', { fileName: chosen.name })}
          confirmLabel={t('backups.confirmOpen')}
          busy={busy}
          error={error}
          onConfirm={() => void openFile()}
          onClose={() => {
            setChosen(null);
            setError(null);
          }}
        />
      )}
    </Stack>
  );
}
