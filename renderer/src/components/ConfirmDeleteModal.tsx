import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from './AppModal';

interface Props {
  opened: boolean;
  message: string;
  loading: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDeleteModal({ opened, message, loading, error, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onCancel} title={t('common.confirmDeleteTitle')} centered>
      <Text mb="md">{message}</Text>
      {error && (
        <Alert color="red" mb="md" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm} loading={loading}>
          {t('common.delete')}
        </Button>
      </Group>
    </AppModal>
  );
}
