import { Checkbox, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { countyCodes, type CountyCode } from '../../../../shared/domain/municipalities';
import { swotDayStatuses, type SwotDayStatus } from '../../../../shared/domain/swot';
import { formatInteger } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BalanceChart } from './BalanceChart';
import { ExportCompilationButton } from './ExportCompilationButton';
import { Heatmap } from './Heatmap';
import { MappingNotesModal, type NotesSelection } from './MappingNotesModal';
import { NeedsChart } from './NeedsChart';
import { PeerLearningSection } from './PeerLearningSection';

function asCountyCode(value: string | null): CountyCode | undefined {
  return countyCodes.find((c) => c === value);
}

/** No parameter means every status; an empty one means the user unticked them all. */
function asStatuses(value: string | null): SwotDayStatus[] | undefined {
  if (value === null) return undefined;
  return swotDayStatuses.filter((s) => value.split(',').includes(s));
}

/** Kartläggning: the needs from every SWOT day across counties, municipalities and areas; filters live in the URL. */
export function MappingPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const countyCode = asCountyCode(params.get('lan'));
  const statuses = asStatuses(params.get('status'));
  const filter = { countyCode, statuses };
  const [selection, setSelection] = useState<NotesSelection | null>(null);

  const counties = useApiQuery('counties.list', {});
  const mapping = useApiQuery('swotMapping.get', filter, { keepPrevious: true });

  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const setStatuses = (values: string[]) => update('status', values.length === swotDayStatuses.length ? null : values.join(','));

  const shownCounties = (counties.data ?? []).filter((c) => !countyCode || c.code === countyCode);
  const data = mapping.data;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('mapping.title')}</Title>
          <Text c="dimmed">{t('mapping.intro')}</Text>
          <Text c="dimmed" data-testid="needs-rule">
            {t('mapping.needsRule')}
          </Text>
        </div>
        <ExportCompilationButton countyCode={countyCode} statuses={statuses} />
      </Group>
      <Group align="flex-end" gap="xl">
        <NativeSelect
          label={t('mapping.county')}
          value={countyCode ?? ''}
          onChange={(e) => update('lan', e.currentTarget.value || null)}
          data={[
            { value: '', label: t('mapping.allCounties') },
            ...(counties.data ?? []).map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
          ]}
        />
        <Checkbox.Group label={t('mapping.status')} value={statuses ?? [...swotDayStatuses]} onChange={setStatuses}>
          <Group gap="md" mt={8} mb={6}>
            {swotDayStatuses.map((s) => (
              <Checkbox key={s} value={s} label={t(`swot.statuses.${s}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        {mapping.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      <Text role="status" aria-live="polite" fw={500} data-testid="mapping-totals">
        {data
          ? t('mapping.totals', {
              days: formatInteger(data.totals.swotDays),
              notes: formatInteger(data.totals.notes),
              withoutArea: formatInteger(data.totals.notesWithoutArea),
            })
          : ''}
      </Text>
      {statuses?.length === 0 && <Text>{t('mapping.noStatus')}</Text>}
      {mapping.error && <ErrorAlert error={mapping.error} />}
      {data && (
        <>
          <NeedsChart mapping={data} counties={shownCounties} onSelect={setSelection} />
          <NeedsChart mapping={data} counties={shownCounties} onSelect={setSelection} kind="styrka" />
          <BalanceChart mapping={data} onSelect={setSelection} />
          <Heatmap mapping={data} onSelect={setSelection} />
        </>
      )}
      {/* Asked for at once, beside the mapping, not after it has been drawn. */}
      <PeerLearningSection filter={filter} />
      <MappingNotesModal selection={selection} pageFilter={filter} onClose={() => setSelection(null)} />
    </Stack>
  );
}
