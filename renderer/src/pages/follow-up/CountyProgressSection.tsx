import { Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';

const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

/** Översikt: the share of development-process steps klar per county, as bars and the same numbers as a table. */
export function CountyProgressSection() {
  const { t } = useTranslation();
  const query = useApiQuery('processes.countyProgress', {});
  const shareText = (share: number | null) => (share === null ? t('followUp.noShare') : percent.format(share));
  return (
    <Stack component="section" aria-labelledby="overview-processes" gap="xs" data-testid="overview-processes">
      <Title order={2} size="h3" id="overview-processes">
        {t('followUp.countyTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('followUp.countyIntro')}
      </Text>
      {query.error && <ErrorAlert error={query.error} />}
      {query.data && (
        <>
          {query.data.map((c) => {
            const label = t('followUp.countyBarLabel', { county: c.countyName, share: shareText(c.share) });
            return (
              <div key={c.countyCode}>
                <Text size="sm">{label}</Text>
                <Progress value={(c.share ?? 0) * 100} aria-label={label} size="md" />
              </div>
            );
          })}
          <Table data-testid="overview-processes-table">
            <Table.Caption>{t('followUp.countyTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('followUp.county')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('followUp.countyMunicipalities')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('followUp.countyProcesses')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('followUp.countySteps')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('followUp.countyDone')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('followUp.countyShare')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.map((c) => (
                <Table.Tr key={c.countyCode} data-county={c.countyCode}>
                  <Table.Th scope="row" fw={400}>
                    {c.countyName}
                  </Table.Th>
                  <Table.Td ta="right">{formatInteger(c.municipalities)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(c.processes)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(c.steps)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(c.done)}</Table.Td>
                  <Table.Td ta="right">{shareText(c.share)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
