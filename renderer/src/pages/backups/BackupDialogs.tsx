import { Alert, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AreaCounts, BackupInfo } from '../../../../shared/domain/backups';
import { useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatBackupDate } from './format';

const areaKeys: (keyof AreaCounts)[] = ['municipalitiesWithUnits', 'swotDays', 'swotNotes', 'visits', 'tours', 'activities', 'participants', 'attendance', 'costs'];

/** The counts per area in a backup beside today's, so the user sees what a restore would bring back. */
export function ContentsModal({ backup, onClose }: { backup: BackupInfo; onClose: () => void }) {
  const { t } = useTranslation();
  const contents = useApiQuery('backups.inspect', { name: backup.name });
  return (
    <AppModal opened onClose={onClose} title={t('backups.contentsTitle', { date: formatBackupDate(backup.date) })} size="lg">
      {contents.error && <ErrorAlert error={contents.error} />}
      {contents.isPending && <Loader aria-label={t('common.loading')} />}
      {contents.data && (
        <Table data-testid="backup-contents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('backups.area')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('backups.inBackup')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('backups.now')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {areaKeys.map((key) => (
              <Table.Tr key={key}>
                <Table.Th scope="row">{t(`backups.counts.${key}`)}</Table.Th>
                <Table.Td ta="right">{contents.data.counts[key]}</Table.Td>
                <Table.Td ta="right">{contents.data.current[key]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </AppModal>
  );
}

/** Asks before data is replaced; says that the current state is backed up first. */
export function ConfirmReplaceModal(props: {
  title: string;
  text: string;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened onClose={props.onClose} title={props.title}>
      <Stack>
        <Text>{props.text}</Text>
        {props.error && (
          <Alert color="red" role="alert">
            {props.error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={props.busy} onClick={props.onConfirm}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
