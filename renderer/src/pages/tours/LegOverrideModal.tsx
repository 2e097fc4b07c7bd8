import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { legOverrideInput } from '../../../../shared/domain/visits';
import { AppModal } from '../../components/AppModal';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';
import { formatDuration, formatKm } from './format';
import { useClearLegOverride, useSetLegOverride } from './api';

/** One leg of the itinerary, with what the app would compute for it when known. */
export interface LegTarget {
  fromCode: string;
  toCode: string;
  from: string;
  to: string;
  km: number;
  minutes: number;
  computed: { km: number; minutes: number } | null;
  overridden: boolean;
}

type Values = z.input<typeof legOverrideInput>;
const fieldNames = ['km', 'minutes'] as const;

function LegForm({ leg, onDone }: { leg: LegTarget; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const set = useSetLegOverride();
  const clear = useClearLegOverride();
  const { register, handleSubmit, setError, getValues, formState, reset } = useForm<Values>({
    resolver: zodResolver(legOverrideInput),
    defaultValues: { fromCode: leg.fromCode, toCode: leg.toCode, km: Math.round(leg.km * 10) / 10, minutes: Math.round(leg.minutes) },
  });
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fieldNames, async (values) => {
    await set.mutateAsync(values);
    onDone(t('tours.legSaved'));
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('tours.legTitle', { from: leg.from, to: leg.to })}>
      <Stack>
        <Text size="sm">{t('tours.legHelp')}</Text>
        <Text size="sm" data-testid="leg-computed">
          {leg.computed
            ? t('tours.computed', { km: formatKm(t, leg.computed.km), time: formatDuration(t, leg.computed.minutes) })
            : t('tours.computedUnknown')}
        </Text>
        <FormError message={formError ?? clear.error?.message ?? null} />
        <Group grow align="flex-start">
          <TextInput
            type="number"
            step={0.1}
            min={0}
            label={t('tours.legKm')}
            {...register('km', { valueAsNumber: true })}
            error={fieldError(formState.errors.km)}
          />
          <TextInput
            type="number"
            step={1}
            min={0}
            label={t('tours.legMinutes')}
            {...register('minutes', { valueAsNumber: true })}
            error={fieldError(formState.errors.minutes)}
          />
        </Group>
        <Group justify="space-between">
          {leg.overridden ? (
            <Button
              variant="subtle"
              loading={clear.isPending}
              onClick={() => clear.mutate({ fromCode: leg.fromCode, toCode: leg.toCode }, { onSuccess: () => onDone(t('tours.legReset')) })}
            >
              {t('tours.resetLeg')}
            </Button>
          ) : (
            <span />
          )}
          <FormActions onCancel={() => onDone('')} submitting={formState.isSubmitting} />
        </Group>
      </Stack>
    </form>
  );
}

/** Change one leg's distance and driving time; the change is remembered for the pair of municipalities. */
export function LegOverrideModal({ leg, onClose, onSaved }: { leg: LegTarget | null; onClose: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={leg !== null} onClose={onClose} title={leg ? t('tours.legTitle', { from: leg.from, to: leg.to }) : ''}>
      {leg && <LegForm leg={leg} onDone={(message) => (message ? onSaved(message) : onClose())} />}
    </AppModal>
  );
}
