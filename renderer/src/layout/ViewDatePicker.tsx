import { Button, Group, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../../shared/domain/fields';
import { useApiQuery } from '../api/hooks';
import { useSetViewDate } from '../pages/timeline/api';

/**
 * "Visa läget per" in the top bar: the day Översikt, Tidsplan and the overdue marks are shown as of,
 * today unless a day is chosen. Saved at once (one small write), so there is nothing unsaved to guard.
 */
export function ViewDatePicker() {
  const { t } = useTranslation();
  const inputId = useId();
  const view = useApiQuery('project.viewDate', {});
  const save = useSetViewDate();
  const chosen = view.data?.asOf ?? null;

  // Said in a notification: the 60 px top bar has no room for an error line under the field.
  const failed = () => notifications.show({ message: t('overview.viewDate.failed'), color: 'red', closeButtonProps: { 'aria-label': t('common.close') } });

  const choose = (value: string | null) => {
    // Only a whole, real day is saved: DateInput reports nothing while the user is between digits.
    if (!value || !isoDate.safeParse(value).success || value === chosen) return;
    // Picking today while following today changes nothing; saving it would pin the pages to this day.
    if (!chosen && value === view.data?.today) return;
    save.mutate({ asOf: value }, { onError: failed });
  };

  return (
    <Group gap={6} wrap="nowrap" data-testid="view-date">
      <Text component="label" htmlFor={inputId} size="sm" fw={500} visibleFrom="md">
        {t('overview.viewDate.label')}
      </Text>
      {/* Mantine's DateInput in the app's Swedish date settings, as every date field: a native date input follows the browser's language. */}
      <DateInput
        id={inputId}
        size="xs"
        w={130}
        aria-label={t('overview.viewDate.label')}
        value={view.data?.date ?? null}
        disabled={!view.data}
        onChange={choose}
        valueFormat="YYYY-MM-DD"
        dateParser={(text) => (isoDate.safeParse(text.trim()).success ? text.trim() : null)}
        placeholder="ÅÅÅÅ-MM-DD"
        popoverProps={{ withinPortal: true }}
        // A chosen day is marked so it is not mistaken for today.
        styles={chosen ? { input: { borderColor: 'var(--mantine-color-yellow-8)', borderWidth: 2, fontWeight: 600 } } : undefined}
      />
      <Button size="xs" variant={chosen ? 'filled' : 'default'} disabled={!chosen || save.isPending} title={t('overview.viewDate.todayHint')} onClick={() => save.mutate({ asOf: null }, { onError: failed })}>
        {t('overview.viewDate.today')}
      </Button>
    </Group>
  );
}
