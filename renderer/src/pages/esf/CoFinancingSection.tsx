import { Badge, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDecimal, formatKronor } from './format';

/** The participants' time as co-financing: totals, per county, and per participant with missing salaries flagged. */
export function CoFinancingSection({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const query = useApiQuery('esf.coFinancing', { from, to }, { keepPrevious: true });
  const data = query.data;
  return (
    <Stack component="section" aria-labelledby="cofinancing-title" gap="sm" data-testid="cofinancing">
      <Title order={2} size="h3" id="cofinancing-title">
        {t('esf.reports.coFinancing')}
      </Title>
      {query.error && <ErrorAlert error={query.error} />}
      {query.isPending && <Loader aria-label={t('common.loading')} />}
      {data && (
        <>
          <Group gap="xl" data-testid="cofinancing-totals">
            <Text>
              {`${t('esf.reports.totalAmount')}: `}
              <strong data-testid="cofinancing-total">{formatKronor(data.totalOre)}</strong>
            </Text>
            <Text>{`${t('esf.reports.totalHours')}: ${formatDecimal(data.totalHours)}`}</Text>
            <Text c={data.missingSalary > 0 ? 'red.8' : undefined}>{`${t('esf.reports.missingSalary')}: ${formatInteger(data.missingSalary)}`}</Text>
          </Group>
          <Table data-testid="cofinancing-counties">
            <Table.Caption>{t('esf.reports.byCounty')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('esf.reports.county')}</Table.Th>
                <Table.Th scope="col">{t('esf.reports.hours')}</Table.Th>
                <Table.Th scope="col">{t('esf.reports.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.byCounty.map((c) => (
                <Table.Tr key={c.code}>
                  <Table.Th scope="row">{c.name}</Table.Th>
                  <Table.Td>{formatDecimal(c.hours)}</Table.Td>
                  <Table.Td>{formatKronor(c.amountOre)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.rows.length === 0 ? (
            <Text>{t('esf.reports.noRows')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table data-testid="cofinancing-rows" striped>
                <Table.Caption>{t('esf.reports.rows')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('esf.reports.name')}</Table.Th>
                    <Table.Th scope="col">{t('esf.reports.municipality')}</Table.Th>
                    <Table.Th scope="col">{t('esf.reports.hours')}</Table.Th>
                    <Table.Th scope="col">{t('esf.reports.countedHours')}</Table.Th>
                    <Table.Th scope="col">{t('esf.reports.hourlyCost')}</Table.Th>
                    <Table.Th scope="col">{t('esf.reports.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.rows.map((r) => (
                    <Table.Tr key={r.participantId}>
                      <Table.Th scope="row">{r.name}</Table.Th>
                      <Table.Td>{r.municipalityName}</Table.Td>
                      <Table.Td>{formatDecimal(r.hours)}</Table.Td>
                      <Table.Td>{formatDecimal(r.countedHours)}</Table.Td>
                      <Table.Td>{r.hourlyCostOre === null ? t('common.none') : formatKronor(r.hourlyCostOre)}</Table.Td>
                      <Table.Td>
                        {r.amountOre === null ? (
                          <Badge color="red" variant="light">
                            {t('esf.reports.salaryMissing')}
                          </Badge>
                        ) : (
                          formatKronor(r.amountOre)
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}
