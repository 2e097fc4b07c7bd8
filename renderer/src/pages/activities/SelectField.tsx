import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues> = { control: Control<T>; name: Path<T> } & Omit<NativeSelectProps, 'name' | 'value' | 'onChange' | 'onBlur'>;

/**
 * A native select bound as a controlled field. Registered uncontrolled, a
 * select given a stored value other than its first option came up showing
 * the first one (and saved it); a controlled value cannot drift.
 */
export function SelectField<T extends FieldValues>({ control, name, ...props }: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NativeSelect {...props} name={field.name} ref={field.ref} value={String(field.value ?? '')} onChange={field.onChange} onBlur={field.onBlur} />
      )}
    />
  );
}
