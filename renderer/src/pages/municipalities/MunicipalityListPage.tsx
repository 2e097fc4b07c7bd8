import { Anchor, Group, Loader, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { countyCodes, type CountyCode } from '../../../../shared/domain/municipalities';
import { formatInteger } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';

function asCountyCode(value: string | null): CountyCode | undefined {
  return countyCodes.find((c) => c === value);
}

/** Kommuner: all municipalities, filtered by county and name; the filters live in the URL. */
export function MunicipalityListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const countyCode = asCountyCode(params.get('lan'));
  const search = params.get('sok') ?? '';

  const counties = useApiQuery('counties.list', {});
  const list = useApiQuery('municipalities.list', { countyCode, search: search.trim() || undefined }, { keepPrevious: true });

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const rows = list.data ?? [];
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('municipalities.title')}</Title>
        <Text c="dimmed">{t('municipalities.intro')}</Text>
      </div>
      <Group align="flex-end">
        <NativeSelect
          label={t('municipalities.county')}
          value={countyCode ?? ''}
          onChange={(e) => setParam('lan', e.currentTarget.value)}
          data={[
            { value: '', label: t('municipalities.allCounties') },
            ...(counties.data ?? []).map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
          ]}
        />
        <TextInput
          type="search"
          label={t('municipalities.search')}
          placeholder={t('municipalities.searchPlaceholder')}
          value={search}
          onChange={(e) => setParam('sok', e.currentTarget.value)}
        />
        <Text role="status" aria-live="polite" pb={6}>
          {list.data ? t('municipalities.count', { count: rows.length }) : ''}
        </Text>
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      {list.error && <ErrorAlert error={list.error} />}
      {list.data && rows.length === 0 && <Text>{t('municipalities.noMatch')}</Text>}
      {rows.length > 0 && (
        <Table striped highlightOnHover aria-label={t('municipalities.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('municipalities.code')}</Table.Th>
              <Table.Th scope="col">{t('municipalities.name')}</Table.Th>
              <Table.Th scope="col">{t('municipalities.county')}</Table.Th>
              <Table.Th scope="col">{t('municipalities.seat')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('municipalities.units')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('municipalities.staff')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((m) => (
              <Table.Tr key={m.code} data-testid="municipality-row">
                <Table.Td ff="monospace">{m.code}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/kommuner/${m.code}`}>
                    {m.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{m.countyName}</Table.Td>
                <Table.Td>{m.seat}</Table.Td>
                <Table.Td ta="right">{formatInteger(m.unitCount)}</Table.Td>
                <Table.Td ta="right">{formatInteger(m.staffCount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
