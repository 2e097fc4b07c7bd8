import { Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorCount } from '../../../../shared/domain/eu-indicators';
import { formatInteger } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';

/** The ESF+ common indicators of the chosen period (EECO at entry, EECR at exit), by gender, as the kvartalsrapport prints them. */
export function EuIndicatorsSection({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const query = useApiQuery('euIndicators.counts', { from, to }, { keepPrevious: true });
  const data = query.data;
  return (
    <Stack component="section" aria-labelledby="eu-indicators-title" gap="sm" data-testid="eu-indicator-counts">
      <Title order={2} size="h3" id="eu-indicators-title">
        {t('euIndicators.table.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('euIndicators.table.intro')}
      </Text>
      {query.error && <ErrorAlert error={query.error} />}
      {query.isPending && <Loader aria-label={t('common.loading')} />}
      {data && (
        <>
          <CountsTable caption={t('euIndicators.table.outputs')} counts={data.counts.filter((c) => c.code.startsWith('EECO'))} />
          <CountsTable caption={t('euIndicators.table.results')} counts={data.counts.filter((c) => c.code.startsWith('EECR'))} />
          <Text size="sm" role="status">
            {data.missingEntry === 0 && data.missingExit === 0
              ? t('euIndicators.table.complete')
              : [
                  data.missingEntry > 0 ? t('euIndicators.table.missingEntry', { count: data.missingEntry }) : null,
                  data.missingExit > 0 ? t('euIndicators.table.missingExit', { count: data.missingExit }) : null,
                ]
                  .filter(Boolean)
                  .join(' ')}
          </Text>
        </>
      )}
    </Stack>
  );
}

function CountsTable({ caption, counts }: { caption: string; counts: IndicatorCount[] }) {
  const { t } = useTranslation();
  return (
    <Table>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('euIndicators.table.code')}</Table.Th>
          <Table.Th scope="col">{t('euIndicators.table.indicator')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('euIndicators.table.women')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('euIndicators.table.men')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('euIndicators.table.other')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('euIndicators.table.total')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {counts.map((c) => (
          <Table.Tr key={c.code}>
            <Table.Th scope="row">{c.code}</Table.Th>
            <Table.Td>{t(`euIndicators.codes.${c.code}`)}</Table.Td>
            <Table.Td ta="right">{formatInteger(c.women)}</Table.Td>
            <Table.Td ta="right">{formatInteger(c.men)}</Table.Td>
            <Table.Td ta="right">{formatInteger(c.other)}</Table.Td>
            <Table.Td ta="right">{formatInteger(c.total)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
