import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { SettingsForm } from './SettingsForm';
import { useUpdateEsfSettings } from './api';

/** ESF-inställningar: the figures behind co-financing and the reports. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useApiQuery('esf.settings', {});
  const update = useUpdateEsfSettings();
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('esf.settings.title')}</Title>
        <Text c="dimmed">{t('esf.settings.intro')}</Text>
      </div>
      {settings.error && <ErrorAlert error={settings.error} />}
      {settings.isPending && <Loader aria-label={t('common.loading')} />}
      {settings.data && (
        <SettingsForm
          key={JSON.stringify(settings.data)}
          settings={settings.data}
          onSave={async (values) => {
            await update.mutateAsync(values);
            notify(t, t('common.saved'));
          }}
        />
      )}
    </Stack>
  );
}
