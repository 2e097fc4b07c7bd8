import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MunicipalityDetail } from '../../../../shared/domain/municipalities';
import { formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListPager } from '../../components/paging';

const pageSize = 50;

/** Öppna uppföljningar on the municipality page: its participants' planned APT feedback, each linked to its activity. */
export function OpenFollowUpsSection({ municipality }: { municipality: MunicipalityDetail }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useApiQuery('followUps.openForMunicipality', { municipalityCode: municipality.code, offset: (page - 1) * pageSize, limit: pageSize }, { keepPrevious: true });
  const data = query.data;
  return (
    <Stack component="section" aria-labelledby="open-follow-ups-heading" gap="sm" data-testid="open-follow-ups">
      <div>
        <Title order={2} id="open-follow-ups-heading">
          {t('followUp.openTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('followUp.openIntro')}
        </Text>
      </div>
      {query.error && <ErrorAlert error={query.error} />}
      {data?.total === 0 && <Text>{t('followUp.openEmpty')}</Text>}
      {data && data.rows.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table aria-labelledby="open-follow-ups-heading" data-testid="open-follow-ups-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('followUp.participant')}</Table.Th>
                  <Table.Th scope="col">{t('followUp.activity')}</Table.Th>
                  <Table.Th scope="col">{t('followUp.taskDate')}</Table.Th>
                  <Table.Th scope="col">{t('followUp.responsible')}</Table.Th>
                  <Table.Th scope="col">{t('followUp.beforeFilled')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((f) => (
                  <Table.Tr key={f.id} data-follow-up-id={f.id}>
                    <Table.Th scope="row" fw={400}>
                      {f.participantName}
                    </Table.Th>
                    <Table.Td>
                      <Anchor component={Link} to={`/aktiviteter/${f.activityId}`}>
                        {f.activityName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.taskDate ? formatIsoDate(f.taskDate) : t('followUp.noDate')}</Table.Td>
                    <Table.Td>{f.responsible ?? t('common.none')}</Table.Td>
                    <Table.Td>{f.expectedBenefit && f.sharingPlan ? t('followUp.yes') : t('followUp.no')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPager label={t('followUp.openTitle')} page={page} pageSize={pageSize} total={data.total} shown={data.rows.length} loading={query.isFetching} onPage={setPage} />
        </>
      )}
    </Stack>
  );
}
