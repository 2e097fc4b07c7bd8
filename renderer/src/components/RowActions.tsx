import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Edit and delete buttons whose accessible names say which row they act on. */
export function RowActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <Button size="compact-sm" variant="default" onClick={onEdit} aria-label={`${t('common.edit')} ${name}`}>
        {t('common.edit')}
      </Button>
      <Button size="compact-sm" variant="subtle" color="red" onClick={onDelete} aria-label={`${t('common.delete')} ${name}`}>
        {t('common.delete')}
      </Button>
    </Group>
  );
}
