import { Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Retention } from '../../../../shared/domain/backups';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { useUpdateBackupSettings } from './api';

/** How many daily and weekly copies are kept; saving prunes older copies at once. */
export function RetentionForm({ retention }: { retention: Retention }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(retention);
  const update = useUpdateBackupSettings();
  return (
    <Stack gap="xs">
      <Title order={2}>{t('backups.retentionTitle')}</Title>
      <Text c="dimmed">{t('backups.retentionIntro')}</Text>
      <Group align="flex-end">
        <NumberInput label={t('backups.retentionDays')} min={1} max={365} value={values.daily} onChange={(v) => setValues({ ...values, daily: Number(v) })} w={160} />
        <NumberInput label={t('backups.retentionWeeks')} min={0} max={520} value={values.weekly} onChange={(v) => setValues({ ...values, weekly: Number(v) })} w={160} />
        <Button
          loading={update.isPending}
          onClick={() => void update.mutateAsync(values).then(() => notify(t, t('backups.retentionSaved')), () => undefined)}
        >
          {t('common.save')}
        </Button>
      </Group>
      {update.error && <ErrorAlert error={update.error} />}
    </Stack>
  );
}
