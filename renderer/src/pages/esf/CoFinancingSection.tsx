import { Accordion, Badge, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoFinancingPage, CoFinancingSort } from '../../../../shared/domain/cofinancing';
import { formatInteger } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListPager, PagedTableFrame, SortableTh } from '../../components/paging';
import { formatDecimal, formatKronor } from './format';

/** Rows per page of the participant table: a screenful or two, never the whole period. */
export const coFinancingPageSize = 50;

interface Order {
  sort: CoFinancingSort;
  direction: 'asc' | 'desc';
}

/** The period's totals per municipality, drawn only when opened (up to every municipality of the country). */
function MunicipalityTotals({ data }: { data: CoFinancingPage }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Accordion variant="contained" value={open} onChange={setOpen}>
      <Accordion.Item value="kommuner">
        <Accordion.Control>{t('esf.reports.byMunicipalityCount', { count: data.byMunicipality.length })}</Accordion.Control>
        <Accordion.Panel>
          {open === 'kommuner' && (
            <Table data-testid="cofinancing-municipalities">
              <Table.Caption>{t('esf.reports.byMunicipality')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('esf.reports.municipality')}</Table.Th>
                  <Table.Th scope="col">{t('esf.reports.hours')}</Table.Th>
                  <Table.Th scope="col">{t('esf.reports.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.byMunicipality.map((m) => (
                  <Table.Tr key={m.code}>
                    <Table.Th scope="row">{m.name}</Table.Th>
                    <Table.Td>{formatDecimal(m.hours)}</Table.Td>
                    <Table.Td>{formatKronor(m.amountOre)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

/**
 * The participants' time as co-financing: the totals for the period, per
 * county and per municipality (computed on the server), and the
 * participants one page at a time, sorted on the server, with missing
 * salaries flagged.
 */
export function CoFinancingSection({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<Order>({ sort: 'municipality', direction: 'asc' });
  const [pageState, setPageState] = useState({ key: '', page: 1 });
  // Another period or order starts again on the first page.
  const key = `${from}/${to}/${order.sort}/${order.direction}`;
  const page = pageState.key === key ? pageState.page : 1;
  const query = useApiQuery(
    'esf.coFinancing',
    { from, to, sort: order.sort, direction: order.direction, offset: (page - 1) * coFinancingPageSize, limit: coFinancingPageSize },
    { keepPrevious: true },
  );
  const data = query.data;
  // The first click on a column sorts it ascending, the next one the other way.
  const onSort = (column: CoFinancingSort) =>
    setOrder((o) => ({ sort: column, direction: o.sort === column && o.direction === 'asc' ? 'desc' : 'asc' }));
  const sortHeader = (column: CoFinancingSort, label: string) => (
    <SortableTh column={column} sort={order.sort} direction={order.direction} onSort={onSort}>
      {label}
    </SortableTh>
  );
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
          {data.byMunicipality.length > 0 && <MunicipalityTotals data={data} />}
          {data.total === 0 ? (
            <Text>{t('esf.reports.noRows')}</Text>
          ) : (
            <>
              <PagedTableFrame minWidth={700} caption={t('esf.reports.rows')} busy={query.isPlaceholderData} testId="cofinancing-rows">
                <Table.Thead>
                  <Table.Tr>
                    {sortHeader('name', t('esf.reports.name'))}
                    {sortHeader('municipality', t('esf.reports.municipality'))}
                    {sortHeader('hours', t('esf.reports.hours'))}
                    <Table.Th scope="col">{t('esf.reports.countedHours')}</Table.Th>
                    <Table.Th scope="col">{t('esf.reports.hourlyCost')}</Table.Th>
                    {sortHeader('amount', t('esf.reports.amount'))}
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
              </PagedTableFrame>
              <ListPager
                label={t('esf.reports.rows')}
                page={page}
                pageSize={coFinancingPageSize}
                total={data.total}
                shown={data.rows.length}
                loading={query.isPlaceholderData}
                onPage={(p) => setPageState({ key, page: p })}
                testId="cofinancing-pager"
              />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
