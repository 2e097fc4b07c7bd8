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
  // The regions of the app's counties come first in the ESF+ co-financing table.
  const counties = useApiQuery('counties.list', {});
  const update = useUpdateEsfSettings();
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('esf.settings.title')}</Title>
        <Text c="dimmed">{t('esf.settings.intro')}</Text>
      </div>
      {(settings.error ?? counties.error) && <ErrorAlert error={settings.error ?? counties.error} />}
      {(settings.isPending || counties.isPending) && <Loader aria-label={t('common.loading')} />}
      {settings.data && counties.data && (
        <SettingsForm
          key={JSON.stringify(settings.data)}
          settings={settings.data}
          counties={counties.data}
          onSave={async (values) => {
            await update.mutateAsync(values);
            notify(t, t('common.saved'));
          }}
        />
      )}
    </Stack>
  );
}
