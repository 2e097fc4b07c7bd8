import { Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { useApi } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { ConfirmReplaceModal, ContentsModal } from './BackupDialogs';
import { formatBackupDate, formatSize } from './format';
import { ProjectFileSection } from './ProjectFileSection';
import { RetentionForm } from './RetentionForm';
import { useCreateBackup } from './api';

/** Säkerhetskopior: make a copy, see what each holds, bring one back, keep or move the whole project. */
export function BackupsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const list = useApiQuery('backups.list', {});
  const settings = useApiQuery('backups.settings', {});
  const create = useCreateBackup();
  const [inspecting, setInspecting] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const restore = async (backup: BackupInfo) => {
    setBusy(true);
    setRestoreError(null);
    try {
      const result = await api.call('backups.restore', { name: backup.name });
      // Every area's data has changed.
      await queryClient.invalidateQueries();
      notify(t, t('backups.restored', { date: formatBackupDate(backup.date), backup: result.preRestoreBackup }));
      setRestoring(null);
    } catch (e) {
      setRestoreError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('backups.title')}</Title>
        <Text c="dimmed">{t('backups.intro')}</Text>
      </div>
      <Group>
        <Button loading={create.isPending} onClick={() => void create.mutateAsync({}).then((b) => notify(t, t('backups.backupMade', { name: b.name })), () => undefined)}>
          {t('backups.backupNow')}
        </Button>
      </Group>
      {create.error && <ErrorAlert error={create.error} />}
      {list.error && <ErrorAlert error={list.error} />}
      {list.isPending && <Loader aria-label={t('common.loading')} />}
      {list.data && list.data.length === 0 && <Text>{t('backups.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <Table data-testid="backup-list">
          <Table.Caption>{t('backups.listCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('backups.date')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('backups.size')}
              </Table.Th>
              <Table.Th scope="col">{t('backups.reason')}</Table.Th>
              <Table.Th scope="col">{t('backups.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((b) => {
              const date = formatBackupDate(b.date);
              return (
                <Table.Tr key={b.name}>
                  <Table.Td>{date}</Table.Td>
                  <Table.Td ta="right">{formatSize(b.sizeBytes)}</Table.Td>
                  <Table.Td>{t(`backups.triggers.${b.trigger}`)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Button size="xs" variant="default" aria-label={t('backups.showContentsOf', { date })} onClick={() => setInspecting(b)}>
                        {t('backups.showContents')}
                      </Button>
                      <Button size="xs" variant="light" color="red" aria-label={t('backups.restoreOf', { date })} onClick={() => setRestoring(b)}>
                        {t('backups.restore')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {settings.data && <RetentionForm key={JSON.stringify(settings.data)} retention={settings.data} />}
      <ProjectFileSection />
      {inspecting && <ContentsModal backup={inspecting} onClose={() => setInspecting(null)} />}
      {restoring && (
        <ConfirmReplaceModal
          title={t('backups.confirmTitle')}
          text={t('backups.confirmText', { date: formatBackupDate(restoring.date) })}
          confirmLabel={t('backups.confirmRestore')}
          busy={busy}
          error={restoreError}
          onConfirm={() => void restore(restoring)}
          onClose={() => {
            setRestoring(null);
            setRestoreError(null);
          }}
        />
      )}
    </Stack>
  );
}
