import { Button, Group, Loader, NativeSelect, Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { countyCodes, type CountyCode } from '../../../../shared/domain/municipalities';
import type { ParticipantSort } from '../../../../shared/domain/participants';
import { formatInteger } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportModal } from '../../components/import/ImportModal';
import { useParticipantsImport } from './api';
import { ParticipantImportDetails } from './ParticipantImportDetails';
import { ParticipantModal } from './ParticipantModal';
import { EmptyParticipants, ParticipantTable } from './ParticipantTable';

type Dialog = 'new' | 'import' | null;

export const participantPageSize = 50;
/** How long typing rests before the address and the query follow the search field. */
export const searchDelayMs = 250;

/** The sort columns as the address spells them (?sortera=kommun&ordning=fallande). */
const sortNames: Record<ParticipantSort, string> = { name: 'namn', municipality: 'kommun', startDate: 'start', hours: 'timmar' };
const sortFromName = (name: string | null): ParticipantSort =>
  (Object.entries(sortNames).find(([, n]) => n === name)?.[0] as ParticipantSort | undefined) ?? 'name';

/**
 * Deltagare: one page of participants at a time, sorted, filtered and
 * searched on the server. County, search, sort and page live in the
 * address; the search field keeps what is typed in its own state and the
 * address (and so the query) follows once typing rests, with the previous
 * page on screen meanwhile, so no keystroke waits for the server.
 */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const countyCode = countyCodes.find((c) => c === params.get('lan')) as CountyCode | undefined;
  const search = params.get('sok') ?? '';
  const sort = sortFromName(params.get('sortera'));
  const direction = params.get('ordning') === 'fallande' ? 'desc' : 'asc';
  const page = Math.max(1, Math.floor(Number(params.get('sida'))) || 1);
  const [dialog, setDialog] = useState<Dialog>(null);
  const participantsImport = useParticipantsImport();

  const setParam = (changes: Record<string, string>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };

  // What is typed; the address takes it over when typing rests (or on Enter).
  const [text, setText] = useState(search);
  const written = useRef(search);
  const commitSearch = useDebouncedCallback((value: string) => {
    written.current = value;
    setParam({ sok: value, sida: '' });
  }, searchDelayMs);
  useEffect(() => {
    // The address changed from outside (back, a link): the field shows it.
    if (search !== written.current) {
      written.current = search;
      commitSearch.cancel();
      setText(search);
    }
  }, [search, commitSearch]);

  const counties = useApiQuery('counties.list', {});
  const list = useApiQuery(
    'participants.list',
    { countyCode, search: search.trim() || undefined, sort, direction, offset: (page - 1) * participantPageSize, limit: participantPageSize },
    { keepPrevious: true },
  );

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / participantPageSize));
  useEffect(() => {
    // A narrower filter can leave the page beyond the last one: show the last.
    if (list.data && !list.isPlaceholderData && page > pages) setParam({ sida: pages > 1 ? String(pages) : '' });
  });

  const onSort = (column: ParticipantSort) => {
    const descending = column === sort && direction === 'asc';
    setParam({ sortera: column === 'name' ? '' : sortNames[column], ordning: descending ? 'fallande' : '', sida: '' });
  };

  const rows = list.data?.rows ?? [];
  const from = list.data ? list.data.offset + 1 : 0;
  const pending = text !== search || list.isFetching;
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
          onChange={(e) => setParam({ lan: e.currentTarget.value, sida: '' })}
          data={[{ value: '', label: t('participants.allCounties') }, ...(counties.data ?? []).map((c) => ({ value: c.code, label: c.name }))]}
        />
        <TextInput
          type="search"
          label={t('participants.search')}
          placeholder={t('participants.searchPlaceholder')}
          description={t('participants.searchHint')}
          value={text}
          w={{ base: '100%', sm: 360 }}
          onChange={(e) => {
            setText(e.currentTarget.value);
            commitSearch(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitSearch.flush();
          }}
        />
        <Text role="status" aria-live="polite" pb={6} data-testid="participant-count">
          {list.data ? t('participants.count', { count: total, formattedCount: formatInteger(total) }) : ''}
        </Text>
        {pending && <Loader size="xs" mb={8} aria-label={t('common.loading')} />}
      </Group>
      {list.error && <ErrorAlert error={list.error} />}
      {list.data && total === 0 && <EmptyParticipants filtered={Boolean(countyCode || search.trim())} />}
      {rows.length > 0 && (
        <>
          <ParticipantTable participants={rows} sort={sort} direction={direction} onSort={onSort} caption={t('participants.listCaption', { page, pages })} />
          <Group justify="space-between" align="center">
            <Text size="sm" data-testid="participant-range">
              {t('participants.range', { from: formatInteger(from), to: formatInteger(from + rows.length - 1), total: formatInteger(total) })}
            </Text>
            {pages > 1 && (
              <nav aria-label={t('participants.pages')}>
                <Pagination
                  total={pages}
                  value={Math.min(page, pages)}
                  onChange={(p) => setParam({ sida: p > 1 ? String(p) : '' })}
                  withEdges
                  siblings={1}
                  boundaries={1}
                  getItemProps={(p) => ({ 'aria-label': t('participants.page', { page: p }), 'aria-current': p === page ? 'page' : undefined })}
                  getControlProps={(control) => ({ 'aria-label': t(`participants.${control}Page`) })}
                />
              </nav>
            )}
          </Group>
        </>
      )}
      {dialog === 'new' && <ParticipantModal participant={null} onClose={() => setDialog(null)} />}
      <ImportModal
        opened={dialog === 'import'}
        onClose={() => setDialog(null)}
        title={t('participants.importTitle')}
        help={t('participants.importHelp')}
        feature={participantsImport}
        done={(result) => t('participants.imported', result)}
        size="80rem"
      >
        {(preview, mergeRows, setMergeRows) => <ParticipantImportDetails preview={preview} mergeRows={mergeRows} onChange={setMergeRows} />}
      </ImportModal>
    </Stack>
  );
}
