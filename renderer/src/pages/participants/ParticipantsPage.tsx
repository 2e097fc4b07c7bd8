import { Button, Group, Loader, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { countyCodes, type CountyCode } from '../../../../shared/domain/municipalities';
import { formatInteger } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ParticipantImportModal } from './ParticipantImportModal';
import { ParticipantModal } from './ParticipantModal';
import { EmptyParticipants, ParticipantTable } from './ParticipantTable';

type Dialog = 'new' | 'import' | null;

/** Deltagare: every participant, filtered by county and name; the filters live in the URL. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const countyCode = countyCodes.find((c) => c === params.get('lan')) as CountyCode | undefined;
  const search = params.get('sok') ?? '';
  const [dialog, setDialog] = useState<Dialog>(null);

  const counties = useApiQuery('counties.list', {});
  const list = useApiQuery('participants.list', { countyCode, search: search.trim() || undefined }, { keepPrevious: true });

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const rows = list.data ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('participants.title')}</Title>
          <Text c="dimmed">{t('participants.intro')}</Text>
        </div>
        <Group>
          <Button variant="default" onClick={() => setDialog('import')}>
            {t('participants.importParticipants')}
          </Button>
          <Button onClick={() => setDialog('new')}>{t('participants.newParticipant')}</Button>
        </Group>
      </Group>
      <Group align="flex-end">
        <NativeSelect
          label={t('participants.county')}
          value={countyCode ?? ''}
          onChange={(e) => setParam('lan', e.currentTarget.value)}
          data={[{ value: '', label: t('participants.allCounties') }, ...(counties.data ?? []).map((c) => ({ value: c.code, label: c.name }))]}
        />
        <TextInput
          type="search"
          label={t('participants.search')}
          placeholder={t('participants.searchPlaceholder')}
          value={search}
          onChange={(e) => setParam('sok', e.currentTarget.value)}
        />
        <Text role="status" aria-live="polite" pb={6} data-testid="participant-count">
          {list.data ? t('participants.count', { count: rows.length, formattedCount: formatInteger(rows.length) }) : ''}
        </Text>
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      {list.error && <ErrorAlert error={list.error} />}
      {list.data && rows.length === 0 && <EmptyParticipants filtered={Boolean(countyCode || search.trim())} />}
      {rows.length > 0 && <ParticipantTable participants={rows} />}
      {dialog === 'new' && <ParticipantModal participant={null} onClose={() => setDialog(null)} />}
      <ParticipantImportModal opened={dialog === 'import'} onClose={() => setDialog(null)} />
    </Stack>
  );
}
