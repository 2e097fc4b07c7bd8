import { ActionIcon, Alert, Button, Group, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countyCodes } from '../../../../shared/domain/municipalities';
import { formatInteger } from '../../../../shared/format';
import { useApi } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { ListPager, ListSearchField, useLastPageGuard, useListState } from '../../components/paging';
import { SwedishDates } from '../../forms/DateField';
import { formatMonth } from '../participants/format';
import { useDownloads } from './api';
import { isMonth, shiftMonth } from './months';
import { ParticipantMonthTable } from './ParticipantMonthTable';
import { SignAllButton } from './SignAllButton';

export const signingPageSize = 50;
const shows = ['alla', 'osignerade', 'signerade'] as const;

/**
 * The participants with attendance in a month: chosen month, county and
 * signed state in the address (?manad=2025-03&lan=20&visa=osignerade, as
 * readiness links to it), searched and paged on the server, each row
 * signed with a click; all of them at once, and their närvarointyg in Word.
 */
export function ParticipantMonthsSection({ defaultMonth }: { defaultMonth: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const titleId = useId();
  const list = useListState<'name'>({ sortNames: { name: 'namn' }, defaultSort: 'name', pageSize: signingPageSize });
  const chosenMonth = list.filter('manad');
  const month = isMonth(chosenMonth) ? chosenMonth : defaultMonth;
  const countyCode = countyCodes.find((c) => c === list.filter('lan'));
  const show = shows.find((s) => s === list.filter('visa')) ?? 'alla';
  const search = list.search || undefined;
  const counties = useApiQuery('counties.list', {});
  const query = useApiQuery('signatures.participantMonths', { month, countyCode, search, show, offset: list.offset, limit: list.limit }, { keepPrevious: true });
  // "Markera alla" signs the whole month of the county whatever is searched: its count is asked without the search.
  const unsearched = useApiQuery('signatures.participantMonths', { month, countyCode, limit: 1 }, { enabled: Boolean(search) });
  useLastPageGuard(list, query.data?.total, Boolean(query.data) && !query.isPlaceholderData);
  const downloads = useDownloads();
  const [refusal, setRefusal] = useState<string | null>(null);

  const data = query.data?.month === month ? query.data : undefined;
  const countyName = counties.data?.find((c) => c.code === countyCode)?.name;
  const monthWords = formatMonth(month);
  const setMonth = (next: string) => list.setFilter('manad', next === defaultMonth ? null : next);
  const showLabel = (s: (typeof shows)[number]) => {
    const label = t(`signatures.shows.${s}`);
    if (!data || s === 'alla') return label;
    return t('listPaging.withCount', { label, count: formatInteger(s === 'signerade' ? data.signedCount : data.unsignedCount) });
  };
  const toSign = search ? unsearched.data?.unsignedCount : data?.unsignedCount;

  const countyCertificates = async () => {
    if (!countyCode) return;
    if (await downloads.download('county', () => api.call('certificates.month', { month, countyCode }))) notify(t, t('signatures.countyCertificatesSaved'));
  };

  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={2} size="h3" id={titleId}>
        {t('signatures.participants')}
      </Title>
      <Group align="flex-end" gap="md" wrap="wrap">
        <Group align="flex-end" gap={4} wrap="nowrap">
          <ActionIcon variant="default" size={36} aria-label={t('signatures.previousMonth')} onClick={() => setMonth(shiftMonth(month, -1))}>
            ‹
          </ActionIcon>
          <SwedishDates>
            <MonthPickerInput
              label={t('signatures.month')}
              value={`${month}-01`}
              onChange={(value) => value && setMonth(value.slice(0, 7))}
              valueFormat="MMMM YYYY"
              w={170}
              popoverProps={{ withinPortal: true }}
              // The calendar's arrows named for a screen reader, as on every date field (Mantine leaves them unnamed).
              ariaLabels={{ previousYear: t('signatures.previousYear'), nextYear: t('signatures.nextYear'), previousDecade: t('signatures.previousDecade'), nextDecade: t('signatures.nextDecade') }}
              data-testid="signing-month"
            />
          </SwedishDates>
          <ActionIcon variant="default" size={36} aria-label={t('signatures.nextMonth')} onClick={() => setMonth(shiftMonth(month, 1))}>
            ›
          </ActionIcon>
        </Group>
        <NativeSelect
          label={t('signatures.county')}
          value={countyCode ?? ''}
          onChange={(e) => list.setFilter('lan', e.currentTarget.value || null)}
          data={[{ value: '', label: t('signatures.allCounties') }, ...(counties.data ?? []).map((c) => ({ value: c.code, label: c.name }))]}
        />
        <Stack gap={4}>
          <Text component="span" size="sm" fw={500} id={`${titleId}-show`}>
            {t('signatures.show')}
          </Text>
          <SegmentedControl
            aria-labelledby={`${titleId}-show`}
            value={show}
            onChange={(v) => list.setFilter('visa', v === 'alla' ? null : v)}
            data={shows.map((s) => ({ value: s, label: showLabel(s) }))}
          />
        </Stack>
        <ListSearchField label={t('signatures.search')} placeholder={t('signatures.searchPlaceholder')} value={list.search} onSearch={list.setSearch} w={240} />
      </Group>
      <Group gap="sm" wrap="wrap">
        <SignAllButton month={month} countyCode={countyCode} countyName={countyName} count={toSign} />
        <Button variant="light" disabled={!countyCode} loading={downloads.busy === 'county'} onClick={() => void countyCertificates()}>
          {t('signatures.countyCertificates')}
        </Button>
        {!countyCode && (
          <Text size="sm" c="dimmed">
            {t('signatures.countyCertificatesHint')}
          </Text>
        )}
      </Group>
      {query.error && <ErrorAlert error={query.error} />}
      {downloads.error !== null && <ErrorAlert error={downloads.error} />}
      {refusal && (
        <Alert color="red" role="alert" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setRefusal(null)}>
          {refusal}
        </Alert>
      )}
      {data && data.signedCount + data.unsignedCount === 0 && !search ? (
        <Text data-testid="signing-empty">{t('signatures.empty', { month: monthWords })}</Text>
      ) : (
        data && (
          <>
            <ListPager
              label={t('signatures.pagerLabel')}
              page={list.page}
              pageSize={list.pageSize}
              total={data.total}
              shown={data.rows.length}
              loading={query.isPlaceholderData}
              onPage={list.setPage}
              testId="signing-pager"
            />
            <ParticipantMonthTable
              page={data}
              busy={query.isPlaceholderData}
              caption={t('signatures.caption', { month: monthWords })}
              downloading={downloads.busy}
              onCertificate={(row) =>
                void downloads
                  .download(`participant:${row.participantId}`, () => api.call('certificates.participantMonth', { participantId: row.participantId, month }))
                  .then((saved) => saved && notify(t, t('signatures.certificateSaved')))
              }
              onRefused={setRefusal}
            />
          </>
        )
      )}
    </Stack>
  );
}
