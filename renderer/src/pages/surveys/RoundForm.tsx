import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { createRoundInput, roundTargets, type QuestionnaireSummary, type SurveyRound } from '../../../../shared/domain/surveys';
import { useApiQuery } from '../../api/hooks';
import { DateField } from '../../forms/DateField';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

/* The selects hold '' for "none"; the server's schema takes null there, so the form checks the rest and `roundInput` maps them. */
const roundFormSchema = createRoundInput.extend({ countyCode: z.string(), activityId: z.string(), compareRoundId: z.string() });
export type RoundValues = z.input<typeof roundFormSchema>;

export function roundInput(values: RoundValues) {
  const orNull = (s: string) => (s === '' ? null : s);
  return {
    ...values,
    countyCode: values.target === 'lan' ? (orNull(values.countyCode) as z.input<typeof createRoundInput>['countyCode']) : null,
    activityId: values.target === 'aktivitet' ? orNull(values.activityId) : null,
    compareRoundId: orNull(values.compareRoundId),
  };
}

interface Props {
  /** The round being edited; null for a new one (then target, county and activity can be chosen). */
  round: SurveyRound | null;
  questionnaires: QuestionnaireSummary[];
  initial: RoundValues;
  onSave: (values: RoundValues) => Promise<unknown>;
  onCancel: () => void;
}

const fields = ['questionnaireId', 'name', 'target', 'countyCode', 'activityId', 'opensOn', 'closesOn', 'compareRoundId'] as const;

/** A survey round: to whom, when, and the earlier round it is the "after" of. Who it goes to is fixed once created. */
export function RoundForm({ round, questionnaires, initial, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, formState, reset, control } = useForm<RoundValues>({
    resolver: zodResolver(roundFormSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fields, onSave);
  const questionnaireId = useWatch({ control, name: 'questionnaireId' });
  const target = useWatch({ control, name: 'target' });
  const counties = useApiQuery('counties.list', {});
  const activities = useApiQuery('activities.list', { limit: 500 }, { enabled: round === null && target === 'aktivitet' });
  const rounds = useApiQuery('surveyRounds.list', { questionnaireId }, { enabled: Boolean(questionnaireId) });
  const earlier = (rounds.data ?? []).filter((r) => r.id !== round?.id);
  const fixed = round !== null;
  return (
    <form onSubmit={submit} noValidate aria-label={round ? t('surveys.page.editRound') : t('surveys.page.newRound')}>
      <Stack>
        <FormError message={formError} />
        <NativeSelect
          label={t('surveys.page.questionnaire')}
          disabled={fixed}
          {...register('questionnaireId')}
          error={fieldError(errors.questionnaireId)}
          data={questionnaires.map((q) => ({ value: q.id, label: q.name }))}
        />
        <TextInput label={t('surveys.page.roundName')} withAsterisk {...register('name')} error={fieldError(errors.name)} />
        <SimpleGrid cols={2}>
          <NativeSelect
            label={t('surveys.page.target')}
            disabled={fixed}
            {...register('target')}
            error={fieldError(errors.target)}
            data={roundTargets.map((r) => ({ value: r, label: t(`surveys.targets.${r}`) }))}
          />
          {target === 'lan' && (
            <NativeSelect
              label={t('surveys.page.county')}
              disabled={fixed}
              {...register('countyCode')}
              error={fieldError(errors.countyCode)}
              data={[{ value: '', label: '' }, ...(counties.data ?? []).map((c) => ({ value: c.code, label: c.name }))]}
            />
          )}
          {target === 'aktivitet' && (
            <NativeSelect
              label={t('surveys.page.activity')}
              disabled={fixed}
              {...register('activityId')}
              error={fieldError(errors.activityId)}
              data={[
                { value: '', label: fixed ? (round.activityName ?? '') : t('surveys.page.chooseActivity') },
                ...(activities.data?.rows ?? []).map((a) => ({ value: a.id, label: a.name })),
              ]}
            />
          )}
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <DateField control={control} name="opensOn" label={t('surveys.page.opensOn')} error={fieldError(errors.opensOn)} />
          <DateField control={control} name="closesOn" label={t('surveys.page.closesOn')} error={fieldError(errors.closesOn)} />
        </SimpleGrid>
        <NativeSelect
          label={t('surveys.page.compareRound')}
          {...register('compareRoundId')}
          error={fieldError(errors.compareRoundId)}
          data={[{ value: '', label: t('surveys.page.noCompare') }, ...earlier.map((r) => ({ value: r.id, label: r.name }))]}
        />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}

/** The form's values of a round, or of a new one of a questionnaire. */
export function roundValues(round: SurveyRound | null, questionnaireId: string): RoundValues {
  return {
    questionnaireId: round?.questionnaireId ?? questionnaireId,
    name: round?.name ?? '',
    target: round?.target ?? 'lan',
    countyCode: round?.countyCode ?? '',
    activityId: round?.activityId ?? '',
    opensOn: round?.opensOn ?? '',
    closesOn: round?.closesOn ?? '',
    compareRoundId: round?.compareRoundId ?? '',
  };
}
