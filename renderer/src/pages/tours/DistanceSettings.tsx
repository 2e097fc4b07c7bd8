import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { tourSettingsInput, type TourSettings } from '../../../../shared/domain/visits';
import { useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { notify } from '../../components/notify';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';
import { useUpdateTourSettings } from './api';

type Values = z.input<typeof tourSettingsInput>;
const fieldNames = ['roadFactor', 'speedKmh'] as const;
const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

function DistanceForm({ settings, onSaved, onCancel }: { settings: TourSettings; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const update = useUpdateTourSettings();
  const { register, handleSubmit, setError, getValues, formState, reset } = useForm<Values>({
    resolver: zodResolver(tourSettingsInput),
    defaultValues: settings,
  });
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fieldNames, async (values) => {
    await update.mutateAsync(values);
    onSaved();
  });
  return (
    <form
      // The dialog is opened from inside the plan form; React bubbles a portal's submit to it, which would plan.
      onSubmit={(e) => {
        e.stopPropagation();
        void submit(e);
      }}
      noValidate
      aria-label={t('tours.distanceTitle')}
    >
      <Stack>
        <Text size="sm">{t('tours.distanceHelp')}</Text>
        <FormError message={formError} />
        <Group grow align="flex-start">
          <TextInput
            type="number"
            step={0.05}
            min={1}
            max={3}
            label={t('tours.roadFactor')}
            {...register('roadFactor', { valueAsNumber: true })}
            error={fieldError(formState.errors.roadFactor)}
          />
          <TextInput
            type="number"
            step={5}
            min={20}
            max={130}
            label={t('tours.speed')}
            {...register('speedKmh', { valueAsNumber: true })}
            error={fieldError(formState.errors.speedKmh)}
          />
        </Group>
        <FormActions onCancel={onCancel} submitting={formState.isSubmitting} />
      </Stack>
    </form>
  );
}

/** The line saying how distances are estimated, and the dialog to change that. */
export function DistanceSettings({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const settings = useApiQuery('tourSettings.get', {});
  const [open, setOpen] = useState(false);
  if (!settings.data) return null;
  return (
    <Group gap="sm">
      <Text size="sm" data-testid="distance-settings">
        {t('tours.distance', { factor: decimal.format(settings.data.roadFactor), speed: decimal.format(settings.data.speedKmh) })}
      </Text>
      <Button size="compact-sm" variant="default" onClick={() => setOpen(true)}>
        {t('tours.changeDistance')}
      </Button>
      <AppModal opened={open} onClose={() => setOpen(false)} title={t('tours.distanceTitle')}>
        {open && (
          <DistanceForm
            settings={settings.data}
            onCancel={() => setOpen(false)}
            onSaved={() => {
              setOpen(false);
              notify(t, t('common.saved'));
              onChanged();
            }}
          />
        )}
      </AppModal>
    </Group>
  );
}
