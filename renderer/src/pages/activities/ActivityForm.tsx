import { Checkbox, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/contract';
import { activityKinds, activityStatuses, type Activity, type NeedCoverage } from '../../../../shared/domain/activities';
import type { MunicipalitySummary } from '../../../../shared/domain/municipalities';
import type { CompetenceArea } from '../../../../shared/domain/swot';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';
import { activityDefaults, activityFieldNames, toActivityInput, type ActivityFormValues } from './activity-form';
import { NeedPicker } from './NeedPicker';
import { SelectField } from './SelectField';
import { SessionsEditor } from './SessionsEditor';

interface Props {
  activity: Activity | null;
  /** A new activity started from a need on the coverage tab. */
  fromNeed?: NeedCoverage | undefined;
  areas: CompetenceArea[];
  municipalities: MunicipalitySummary[];
  /** The needs the activity already answers (and the one it starts from), named before any search. */
  needs: NeedCoverage[];
  onSave: (input: InputOf<'activities.create'>) => Promise<unknown>;
  onCancel: () => void;
}

/** Creating and changing an activity: its facts, its sessions (date, time, place) and the needs it answers. */
export function ActivityForm({ activity, fromNeed, areas, municipalities, needs, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const tracks = areas.filter((a) => a.isTrack);
  const { register, handleSubmit, setError, getValues, control, formState, reset } = useForm<ActivityFormValues>({
    defaultValues: activityDefaults(activity, fromNeed, new Set(tracks.map((a) => a.id))),
  });
  const { errors, isSubmitting } = formState;
  const trackId = useWatch({ control, name: 'trackId' });
  const sessionCount = useWatch({ control, name: 'sessions' }).length;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, activityFieldNames(sessionCount), (values) =>
    onSave(toActivityInput(values)),
  );
  // A list field's error is the list's own (the server names "needIds", not an element).
  const listError = (e: { message?: string | undefined } | undefined) => fieldError(e?.message ? { type: 'server', message: e.message } : undefined);

  return (
    <form onSubmit={submit} noValidate aria-label={activity ? t('activities.form.editTitle', { name: activity.name }) : t('activities.form.createTitle')}>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('activities.form.name')} withAsterisk {...register('name')} error={fieldError(errors.name)} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <SelectField
            control={control}
            name="kind"
            label={t('activities.form.kind')}
            error={fieldError(errors.kind)}
            data={activityKinds.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
          />
          <SelectField
            control={control}
            name="trackId"
            label={t('activities.form.track')}
            error={fieldError(errors.trackId)}
            data={[{ value: '', label: t('activities.form.noTrack') }, ...tracks.map((a) => ({ value: a.id, label: a.name }))]}
          />
          <SelectField
            control={control}
            name="status"
            label={t('activities.form.status')}
            error={fieldError(errors.status)}
            data={activityStatuses.map((s) => ({ value: s, label: t(`activities.statuses.${s}`) }))}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="areaIds"
          render={({ field }) => (
            <Checkbox.Group label={t('activities.form.areas')} value={field.value} onChange={field.onChange} error={listError(errors.areaIds)}>
              <Group gap="md" mt={6}>
                {areas
                  .filter((a) => a.id !== trackId)
                  .map((a) => (
                    <Checkbox key={a.id} value={a.id} label={a.name} />
                  ))}
              </Group>
            </Checkbox.Group>
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('activities.form.provider')} {...register('provider')} error={fieldError(errors.provider)} />
          <TextInput
            label={t('activities.form.cost')}
            inputMode="decimal"
            {...register('cost')}
            error={fieldError(errors.cost)}
          />
          <TextInput label={t('activities.form.capacity')} inputMode="numeric" {...register('capacity')} error={fieldError(errors.capacity)} />
        </SimpleGrid>
        <Textarea label={t('activities.form.description')} autosize minRows={2} {...register('description')} error={fieldError(errors.description)} />
        <SessionsEditor control={control} register={register} getValues={getValues} errors={errors} municipalities={municipalities} />
        <Controller
          control={control}
          name="needIds"
          render={({ field }) => <NeedPicker value={field.value} onChange={field.onChange} known={needs} error={listError(errors.needIds)} />}
        />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
