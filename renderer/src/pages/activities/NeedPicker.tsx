import { MultiSelect, type ComboboxParsedItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedCoverage } from '../../../../shared/domain/activities';
import { useApiQuery } from '../../api/hooks';
import { needOptions } from './activity-form';

/** How many needs one search shows: a choice, not the plans of the whole country. */
export const needOptionLimit = 30;

interface Props {
  value: string[];
  onChange: (ids: string[]) => void;
  /** The needs already linked (and the one a new activity started from), so their names show before any search. */
  known: NeedCoverage[];
  error?: string | undefined;
}

// The server has filtered: every option it sent is a match.
const serverFiltered = ({ options }: { options: ComboboxParsedItem[] }) => options;

/**
 * "Behov som aktiviteten svarar mot": a type-ahead over the server. What is
 * typed stays in the field; the needs matching it (municipality, area, goal)
 * are asked for once typing rests, a bounded number at a time, unanswered first.
 */
export function NeedPicker({ value, onChange, known, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const found = useApiQuery('activities.coverage', { search: debounced || undefined, limit: needOptionLimit }, { keepPrevious: true });
  // The picked needs with their names, so a pick keeps its label whatever the next search finds.
  const [picked, setPicked] = useState(() => new Map(known.map((n) => [n.planItemId, n])));
  const rows = found.data?.rows;
  const options = useMemo(() => {
    const label = (n: NeedCoverage) => t('activities.form.needLabel', { municipality: n.municipalityName, area: n.areaName, goal: n.goal });
    const shown = new Map((rows ?? []).map((n) => [n.planItemId, n]));
    for (const id of value) {
      const n = picked.get(id);
      if (n) shown.set(id, n);
    }
    return needOptions([...shown.values()], label);
  }, [rows, value, picked, t]);
  const pick = (ids: string[]) => {
    const next = new Map(picked);
    for (const n of rows ?? []) if (ids.includes(n.planItemId)) next.set(n.planItemId, n);
    setPicked(next);
    onChange(ids);
  };

  return (
    <MultiSelect
      label={t('activities.form.needs')}
      description={t('activities.form.needsHint')}
      data={options}
      value={value}
      onChange={pick}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={serverFiltered}
      clearable
      hidePickedOptions
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('activities.form.needsNothingFound')}
      maxDropdownHeight={320}
      error={error}
    />
  );
}
