import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import 'dayjs/locale/sv';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/*
 * Dates in Swedish whatever the browser's language: a native <input
 * type="date"> follows the browser (04/16/2012 in an English Chromium), so
 * every date field is Mantine's DateInput with the sv locale — ISO dates
 * (2012-04-16, the Swedish short form), weeks from Monday, Swedish month
 * names in the calendar — and takes a typed date as it is written.
 */

dayjs.extend(customParseFormat);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Only a complete, real date is a value; anything else stays text for the schema to refuse with its message. */
function parseIso(text: string): string | null {
  const trimmed = text.trim();
  return isoDate.test(trimmed) && dayjs(trimmed, 'YYYY-MM-DD', true).isValid() ? trimmed : null;
}

/** The app's date settings for every calendar: Swedish, Monday first. */
export function SwedishDates({ children }: { children: React.ReactNode }) {
  return <DatesProvider settings={{ locale: 'sv', firstDayOfWeek: 1, weekendDays: [0, 6] }}>{children}</DatesProvider>;
}

/** The calendar's arrows, named for a screen reader (Mantine leaves them unnamed); its headings are named by their visible text. */
const calendarLabels = {
  previousMonth: 'Föregående månad',
  nextMonth: 'Nästa månad',
  previousYear: 'Föregående år',
  nextYear: 'Nästa år',
  previousDecade: 'Föregående årtionde',
  nextDecade: 'Nästa årtionde',
};

type Props<T extends FieldValues> = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue' | 'name'> & { control: Control<T>; name: FieldPath<T> };

/** A react-hook-form date field: the form holds `YYYY-MM-DD` (or '' when empty), as the API's schemas expect. */
export function DateField<T extends FieldValues>({ control, name, ...props }: Props<T>) {
  const {
    field: { ref, value: raw, onChange, onBlur, name: fieldName },
  } = useController({ control, name });
  const value = typeof raw === 'string' && raw !== '' ? raw : null;
  return (
    <DateInput
      {...props}
      name={fieldName}
      ref={ref}
      value={value}
      onChange={(next) => onChange(next ?? '')}
      onBlur={onBlur}
      valueFormat="YYYY-MM-DD"
      dateParser={parseIso}
      placeholder={props.placeholder ?? 'ÅÅÅÅ-MM-DD'}
      clearable={props.clearable ?? !props.withAsterisk}
      clearButtonProps={{ 'aria-label': 'Töm datumet' }}
      popoverProps={{ withinPortal: true }}
      ariaLabels={calendarLabels}
    />
  );
}

/** Times are written 24-hour style, "09:30", in every browser: a plain text field the schema checks. */
export const timeInputProps = { placeholder: 'TT:MM', inputMode: 'numeric', maxLength: 5, autoComplete: 'off' } as const;
