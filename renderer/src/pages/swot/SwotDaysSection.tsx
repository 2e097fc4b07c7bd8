import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { MunicipalityDetail } from '../../../../shared/domain/municipalities';
import { formatIsoDate } from '../../../../shared/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { SwotDayForm } from './SwotDayForm';

/** The municipality's SWOT days, and the way to plan a new one. */
export function SwotDaysSection({ municipality }: { municipality: MunicipalityDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const days = useApiQuery('swotDays.list', { municipalityCode: municipality.code });
  const create = useApiMutation('swotDays.create', ['swotDays.list']);

  return (
    <Stack component="section" aria-labelledby="swot-days-heading" gap="sm">
      <Group justify="space-between">
        <Title order={2} id="swot-days-heading">
          {t('swot.daysTitle')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('swot.newDay')}</Button>
      </Group>
      {days.data?.length === 0 && <Text>{t('swot.noDays')}</Text>}
      {days.data && days.data.length > 0 && (
        <Table aria-labelledby="swot-days-heading" data-testid="swot-days-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('swot.date')}</Table.Th>
              <Table.Th scope="col">{t('swot.status')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('swot.notes')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.data.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/swot/${d.id}`}>
                    {formatIsoDate(d.date)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`swot.statuses.${d.status}`)}</Table.Td>
                <Table.Td ta="right">{d.noteCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AppModal opened={creating} onClose={() => setCreating(false)} title={t('swot.newDay')} size="lg">
        {creating && (
          <SwotDayForm
            day={null}
            units={municipality.units}
            compact
            onCancel={() => setCreating(false)}
            onSave={async (values) => {
              const day = await create.mutateAsync({ ...values, municipalityCode: municipality.code });
              setCreating(false);
              await navigate(`/swot/${day.id}`);
            }}
          />
        )}
      </AppModal>
    </Stack>
  );
}
