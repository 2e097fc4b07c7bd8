import { Group, Loader, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { employmentStatuses, exitSituations, iscedLevels, type ParticipantIndicators } from '../../../../shared/domain/eu-indicators';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';
import { useSetEuIndicators } from './api';

/* Selects hold text: '' is "uppgift saknas", sent as null. */
interface Values {
  employmentStatus: string;
  iscedLevel: string;
  exitSituation: string;
  employedAfterSixMonths: string;
}
const fields = ['employmentStatus', 'iscedLevel', 'exitSituation', 'employedAfterSixMonths'] as const;

const toValues = (i: ParticipantIndicators): Values => ({
  employmentStatus: i.employmentStatus ?? '',
  iscedLevel: i.iscedLevel ?? '',
  exitSituation: i.exitSituation ?? '',
  employedAfterSixMonths: i.employedAfterSixMonths === null ? '' : i.employedAfterSixMonths ? 'ja' : 'nej',
});

/** The participant's answers to the ESF+ common indicators, at entry and at exit: every one optional. */
export function EuIndicatorsSection({ participantId, erased }: { participantId: string; erased: boolean }) {
  const { t } = useTranslation();
  const settings = useApiQuery('esf.settings', {});
  // Asked only under ESF+ 2021–2027: a 2012 project reports no EU indicators.
  const esfPlus = settings.data?.ruleSet === 'esf_plus_2021_2027';
  const query = useApiQuery('euIndicators.get', { id: participantId }, { enabled: esfPlus && !erased });
  if (!esfPlus) return null;
  return (
    <section aria-labelledby="participant-eu-indicators" data-testid="eu-indicators">
      <Title order={2} size="h3" id="participant-eu-indicators" mb="xs">
        {t('euIndicators.title')}
      </Title>
      {erased ? (
        <Text c="dimmed">{t('euIndicators.erased')}</Text>
      ) : (
        <Stack gap="sm">
          <Text c="dimmed" size="sm">
            {t('euIndicators.intro')}
          </Text>
          {query.isPending && <Loader aria-label={t('common.loading')} />}
          {query.error && <ErrorAlert error={query.error} />}
          {/* Keyed by the saved answers' time, so a save elsewhere (another tab, a peer) starts the form afresh. */}
          {query.data && <IndicatorsForm key={query.data.updatedAt ?? 'new'} indicators={query.data} />}
        </Stack>
      )}
    </section>
  );
}

function IndicatorsForm({ indicators }: { indicators: ParticipantIndicators }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const save = useSetEuIndicators();
  const { register, handleSubmit, setError, getValues, formState, reset } = useForm<Values>({ defaultValues: toValues(indicators) });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fields, async (v) => {
    const or = <T extends string>(s: string) => (s === '' ? null : (s as T));
    await save.mutateAsync({
      participantId: indicators.participantId,
      employmentStatus: or(v.employmentStatus),
      iscedLevel: or(v.iscedLevel),
      exitSituation: or(v.exitSituation),
      employedAfterSixMonths: v.employedAfterSixMonths === '' ? null : v.employedAfterSixMonths === 'ja',
    });
    notify(t, t('euIndicators.saved'));
  }, { guardLabel: t('euIndicators.title') });
  const none = { value: '', label: t('euIndicators.notAnswered') };
  return (
    <form onSubmit={submit} noValidate aria-label={t('euIndicators.title')}>
      <Stack gap="sm">
        <FormError message={formError} />
        <Title order={3} size="h5">
          {t('euIndicators.atEntry')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('euIndicators.employmentStatus')}
            {...register('employmentStatus')}
            error={fieldError(errors.employmentStatus)}
            data={[none, ...employmentStatuses.map((s) => ({ value: s, label: t(`euIndicators.employmentStatuses.${s}`) }))]}
          />
          <NativeSelect
            label={t('euIndicators.iscedLevel')}
            {...register('iscedLevel')}
            error={fieldError(errors.iscedLevel)}
            data={[none, ...iscedLevels.map((s) => ({ value: s, label: t(`euIndicators.iscedLevels.${s}`) }))]}
          />
        </SimpleGrid>
        <Title order={3} size="h5">
          {t('euIndicators.atExit')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('euIndicators.exitSituation')}
            {...register('exitSituation')}
            error={fieldError(errors.exitSituation)}
            data={[none, ...exitSituations.map((s) => ({ value: s, label: t(`euIndicators.exitSituations.${s}`) }))]}
          />
          <NativeSelect
            label={t('euIndicators.employedAfterSixMonths')}
            {...register('employedAfterSixMonths')}
            error={fieldError(errors.employedAfterSixMonths)}
            data={[none, { value: 'ja', label: t('euIndicators.yes') }, { value: 'nej', label: t('euIndicators.no') }]}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <FormActions submitting={isSubmitting} />
        </Group>
      </Stack>
    </form>
  );
}
