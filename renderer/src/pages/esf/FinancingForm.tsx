import { DateField } from '../../forms/DateField';
import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/contract';
import { financingEntrySources, type FinancingEntry } from '../../../../shared/domain/esf';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';
import { kronorInputValue } from './format';

interface FinancingFormValues {
  date: string;
  source: string;
  financier: string;
  /** Kronor as typed; the server parses it with the same money schema as a cost. */
  amount: string;
  voucherNumber: string;
  note: string;
}

/* Named like the server's paths, so its messages land on the fields. */
const fieldNames = ['date', 'source', 'financier', 'amount', 'voucherNumber', 'note'] as const;

export type FinancingFields = InputOf<'financing.create'>;

interface Props {
  entry: FinancingEntry | null;
  onSave: (values: FinancingFields) => Promise<unknown>;
  onCancel: () => void;
}

/** One financing entry: cash from the owner or a partner, or another in-kind contribution such as premises lent free. */
export function FinancingForm({ entry, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, control, handleSubmit, setError, getValues, formState, reset } = useForm<FinancingFormValues>({
    defaultValues: {
      date: entry?.date ?? '',
      source: entry?.source ?? 'kontanta_medel',
      financier: entry?.financier ?? '',
      amount: entry ? kronorInputValue(entry.amountOre) : '',
      voucherNumber: entry?.voucherNumber ?? '',
      note: entry?.note ?? '',
    },
  });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fieldNames, (v) =>
    onSave({
      date: v.date,
      source: v.source as FinancingFields['source'],
      financier: v.financier,
      amount: v.amount,
      voucherNumber: v.voucherNumber,
      note: v.note,
    }),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={entry ? t('esf.financing.editEntry') : t('esf.financing.newEntry')}>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField control={control} name="date" label={t('esf.financing.date')} withAsterisk error={fieldError(errors.date)} />
          <NativeSelect
            label={t('esf.financing.source')}
            withAsterisk
            {...register('source')}
            error={fieldError(errors.source)}
            data={financingEntrySources.map((s) => ({ value: s, label: t(`esf.financing.sources.${s}`) }))}
          />
          <TextInput
            label={t('esf.financing.financier')}
            description={t('esf.financing.financierHint')}
            withAsterisk
            {...register('financier')}
            error={fieldError(errors.financier)}
          />
          <TextInput
            label={t('esf.financing.amount')}
            description={t('esf.budget.amountHint')}
            withAsterisk
            inputMode="decimal"
            {...register('amount')}
            error={fieldError(errors.amount)}
          />
          <TextInput
            label={t('esf.financing.voucherNumber')}
            description={t('esf.budget.voucherHint')}
            {...register('voucherNumber')}
            error={fieldError(errors.voucherNumber)}
          />
        </SimpleGrid>
        <Textarea label={t('esf.financing.note')} autosize minRows={2} {...register('note')} error={fieldError(errors.note)} />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
