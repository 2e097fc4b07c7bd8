import { DateField, timeInputProps } from '../../forms/DateField';
import { Button, Fieldset, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useFieldArray, type Control, type FieldErrors, type UseFormGetValues, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MunicipalitySummary } from '../../../../shared/domain/municipalities';
import { useFieldError } from '../../forms/use-field-error';
import { emptySession, type ActivityFormValues } from './activity-form';
import { SelectField } from './SelectField';

interface Props {
  control: Control<ActivityFormValues>;
  register: UseFormRegister<ActivityFormValues>;
  getValues: UseFormGetValues<ActivityFormValues>;
  errors: FieldErrors<ActivityFormValues>;
  municipalities: MunicipalitySummary[];
}

/** The activity's sessions, one fieldset per row, so a server message on `sessions.1.endTime` lands on row 2. */
export function SessionsEditor({ control, register, getValues, errors, municipalities }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { fields, append, remove } = useFieldArray({ control, name: 'sessions' });
  const byCounty = Map.groupBy(municipalities, (m) => m.countyName);
  const municipalityData = [
    { value: '', label: t('activities.form.noMunicipality') },
    ...[...byCounty].map(([county, list]) => ({ group: county, items: list.map((m) => ({ value: m.code, label: m.name })) })),
  ];
  const listError = errors.sessions?.message ?? errors.sessions?.root?.message;

  return (
    <Stack gap="xs" component="section" aria-labelledby="sessions-heading">
      <div>
        <Title order={2} size="h4" id="sessions-heading">
          {t('activities.form.sessions')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('activities.form.sessionsHint')}
        </Text>
      </div>
      {listError && (
        <Text c="red" size="sm" role="alert">
          {fieldError({ type: 'server', message: listError })}
        </Text>
      )}
      {fields.length === 0 && <Text size="sm">{t('activities.form.noSessions')}</Text>}
      {fields.map((field, i) => {
        const rowErrors = errors.sessions?.[i];
        return (
          <Fieldset key={field.id} legend={t('activities.form.sessionLegend', { n: i + 1 })} p="sm" data-testid={`session-row-${i}`}>
            <Group align="flex-start" wrap="nowrap">
              <Grid gap="xs" style={{ flex: 1 }}>
                <Grid.Col span={{ base: 12, sm: 4, lg: 2 }}>
                  <DateField control={control} name={`sessions.${i}.date`} label={t('activities.form.date')} withAsterisk error={fieldError(rowErrors?.date)} />
                </Grid.Col>
                <Grid.Col span={{ base: 6, sm: 4, lg: 2 }}>
                  <TextInput {...timeInputProps} label={t('activities.form.startTime')} withAsterisk {...register(`sessions.${i}.startTime`)} error={fieldError(rowErrors?.startTime)} />
                </Grid.Col>
                <Grid.Col span={{ base: 6, sm: 4, lg: 2 }}>
                  <TextInput {...timeInputProps} label={t('activities.form.endTime')} withAsterisk {...register(`sessions.${i}.endTime`)} error={fieldError(rowErrors?.endTime)} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
                  <TextInput label={t('activities.form.place')} withAsterisk {...register(`sessions.${i}.place`)} error={fieldError(rowErrors?.place)} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
                  <SelectField
                    control={control}
                    name={`sessions.${i}.municipalityCode`}
                    label={t('activities.form.municipality')}
                    error={fieldError(rowErrors?.municipalityCode)}
                    data={municipalityData}
                  />
                </Grid.Col>
              </Grid>
              <Button variant="subtle" color="red" mt={24} onClick={() => remove(i)} aria-label={t('activities.form.removeSession', { n: i + 1 })}>
                {t('common.delete')}
              </Button>
            </Group>
          </Fieldset>
        );
      })}
      <Group>
        <Button variant="light" onClick={() => append(emptySession(getValues('sessions').at(-1)))}>
          {t('activities.form.addSession')}
        </Button>
      </Group>
    </Stack>
  );
}
