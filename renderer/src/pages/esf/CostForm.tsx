import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateField } from '../../forms/DateField';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/contract';
import { typedCostCategories, type Cost } from '../../../../shared/domain/esf';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';
import { kronorInputValue } from './format';

interface CostFormValues {
  date: string;
  category: string;
  /** Kronor as typed, "12 500,50"; the server parses it, so its message lands on this field. */
  amount: string;
  supplier: string;
  voucherNumber: string;
  note: string;
}

const fieldNames = ['date', 'category', 'amount', 'supplier', 'voucherNumber', 'note'] as const;

export type CostFields = InputOf<'costs.create'>;

interface Props {
  cost: Cost | null;
  onSave: (values: CostFields) => Promise<unknown>;
  onCancel: () => void;
}

export function CostForm({ cost, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, control, handleSubmit, setError, getValues, formState, reset } = useForm<CostFormValues>({
    defaultValues: {
      date: cost?.date ?? '',
      category: cost?.category ?? 'lon_personal',
      amount: cost ? kronorInputValue(cost.amountOre) : '',
      supplier: cost?.supplier ?? '',
      voucherNumber: cost?.voucherNumber ?? '',
      note: cost?.note ?? '',
    },
  });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fieldNames, (v) =>
    onSave({ date: v.date, category: v.category as CostFields['category'], amount: v.amount, supplier: v.supplier, voucherNumber: v.voucherNumber, note: v.note }),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={cost ? t('esf.budget.editCost') : t('esf.budget.newCost')}>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField control={control} name="date" label={t('esf.budget.date')} withAsterisk error={fieldError(errors.date)} />
          <NativeSelect
            label={t('esf.budget.category')}
            description={t('esf.budget.categoryHint')}
            withAsterisk
            {...register('category')}
            error={fieldError(errors.category)}
            // Only what is a cost: kontanta medel is financing, and the in-kind line is computed from the attendance.
            data={typedCostCategories.map((c) => ({ value: c, label: t(`esf.costCategories.${c}`) }))}
          />
          <TextInput
            label={t('esf.budget.amount')}
            description={t('esf.budget.amountHint')}
            withAsterisk
            inputMode="decimal"
            {...register('amount')}
            error={fieldError(errors.amount)}
          />
          <TextInput label={t('esf.budget.supplier')} {...register('supplier')} error={fieldError(errors.supplier)} />
          <TextInput
            label={t('esf.budget.voucherNumber')}
            description={t('esf.budget.voucherHint')}
            {...register('voucherNumber')}
            error={fieldError(errors.voucherNumber)}
          />
        </SimpleGrid>
        <Textarea label={t('esf.budget.note')} autosize minRows={2} {...register('note')} error={fieldError(errors.note)} />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
