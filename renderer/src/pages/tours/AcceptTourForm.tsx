import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TourDetail, TourPlan } from '../../../../shared/domain/visits';
import { ApiFailure } from '../../api/client';
import { FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';
import { splitNames } from './format';
import type { PlanInput } from './plan-form';
import { useAcceptTour } from './api';

interface Values {
  name: string;
  coordinators: string;
  status: 'forslag' | 'bokad';
}
const fieldNames = ['name', 'coordinators', 'status'] as const;

/** A message about one coordinator ("coordinators.2") belongs on the one text field that holds them all. */
function onCoordinatorField(error: unknown): unknown {
  if (!(error instanceof ApiFailure) || !error.error.fieldErrors) return error;
  const fieldErrors: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.error.fieldErrors)) {
    fieldErrors[path.startsWith('coordinators.') ? 'coordinators' : path] ??= message;
  }
  return new ApiFailure({ ...error.error, fieldErrors });
}

interface Props {
  /** The input the shown plan was made from. */
  input: PlanInput;
  plan: TourPlan;
  defaultName: string;
  onAccepted: (detail: TourDetail) => void;
}

/** Books the tour exactly as shown: the stops in the shown order, the same dates and rules. */
export function AcceptTourForm({ input, plan, defaultName, onAccepted }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const accept = useAcceptTour();
  const { register, handleSubmit, setError, getValues, formState, reset } = useForm<Values>({
    defaultValues: { name: defaultName, coordinators: '', status: 'forslag' },
  });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fieldNames, async (values) => {
    try {
      const detail = await accept.mutateAsync({
        ...input,
        municipalityCodes: plan.stops.map((s) => s.code),
        keepOrder: true,
        name: values.name,
        coordinators: splitNames(values.coordinators),
        status: values.status,
      });
      onAccepted(detail);
    } catch (error) {
      throw onCoordinatorField(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('tours.accept')}>
      <Stack>
        <Text size="sm">{t('tours.acceptIntro')}</Text>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('tours.tourName')} withAsterisk {...register('name')} error={fieldError(errors.name)} />
          <TextInput
            label={t('tours.coordinators')}
            description={t('tours.coordinatorsHint')}
            // The hint below the field keeps the three inputs on one line.
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...register('coordinators')}
            error={fieldError(errors.coordinators)}
          />
          <NativeSelect
            label={t('tours.status')}
            {...register('status')}
            error={fieldError(errors.status)}
            data={(['forslag', 'bokad'] as const).map((s) => ({ value: s, label: t(`tours.statuses.${s}`) }))}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={isSubmitting}>
            {t('tours.accept')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
