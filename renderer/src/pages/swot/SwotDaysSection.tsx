import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { InputOf } from '../../../../shared/contract';
import type { MunicipalityDetail } from '../../../../shared/domain/municipalities';
import { maxPageSize } from '../../../../shared/domain/paging';
import { type SwotDayCreateCheck } from '../../../../shared/domain/visits';
import { formatIsoDate } from '../../../../shared/format';
import { useApi } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { SwotDayForm } from './SwotDayForm';
import { useCreateSwotDay } from './api';

type NewDay = Omit<InputOf<'swotDays.create'>, 'municipalityCode'>;

/**
 * The municipality's SWOT days with the visit each belongs to, and the way
 * to plan a new one. A new day on the date of a booked SWOT-day visit
 * becomes that visit's day (the server links them); a second day in the
 * municipality is made only after the user is asked.
 */
export function SwotDaysSection({ municipality }: { municipality: MunicipalityDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [asking, setAsking] = useState<{ values: NewDay; check: SwotDayCreateCheck } | null>(null);
  const days = useApiQuery('swotDays.list', { municipalityCode: municipality.code });
  const visits = useApiQuery('visits.list', { municipalityCode: municipality.code, limit: maxPageSize });
  const create = useCreateSwotDay();

  const liveVisits = (visits.data?.rows ?? []).filter((v) => v.status !== 'installd');
  const visitOf = (dayId: string) => liveVisits.find((v) => v.swotDayId === dayId);
  // A booked SWOT-day visit is a planned SWOT day even before its day record exists.
  const bookedWithoutDay = liveVisits.filter((v) => v.kind === 'swot_dag' && !(days.data ?? []).some((d) => d.id === v.swotDayId));

  const make = async (values: NewDay, check: SwotDayCreateCheck) => {
    const day = await create.mutateAsync({ ...values, municipalityCode: municipality.code });
    if (check.visit) notify(t, t('municipalities.swotDays.linkedToVisit', { date: formatIsoDate(check.visit.date), status: t(`visits.statuses.${check.visit.status}`) }));
    setCreating(false);
    setAsking(null);
    await navigate(`/swot/${day.id}`);
  };

  return (
    <Stack component="section" aria-labelledby="swot-days-heading" gap="sm">
      <Group justify="space-between">
        <Title order={2} id="swot-days-heading">
          {t('swot.daysTitle')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('swot.newDay')}</Button>
      </Group>
      {days.data?.length === 0 && visits.data && (
        <Text data-testid="swot-days-empty">
          {bookedWithoutDay.length > 0
            ? t('municipalities.swotDays.bookedNoDay', {
                visits: bookedWithoutDay.map((v) => `${formatIsoDate(v.date)} (${t(`visits.statuses.${v.status}`)})`).join(', '),
              })
            : t('swot.noDays')}
        </Text>
      )}
      {days.data && days.data.length > 0 && (
        <Table aria-labelledby="swot-days-heading" data-testid="swot-days-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('swot.date')}</Table.Th>
              <Table.Th scope="col">{t('swot.status')}</Table.Th>
              <Table.Th scope="col">{t('municipalities.swotDays.visit')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('swot.notes')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.data.map((d) => {
              const visit = visitOf(d.id);
              return (
                <Table.Tr key={d.id} data-swot-day-id={d.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/swot/${d.id}`}>
                      {formatIsoDate(d.date)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`swot.statuses.${d.status}`)}</Table.Td>
                  <Table.Td>
                    {visit
                      ? t('municipalities.swotDays.visitState', { status: t(`visits.statuses.${visit.status}`), date: formatIsoDate(visit.date) })
                      : t('municipalities.swotDays.noVisit')}
                  </Table.Td>
                  <Table.Td ta="right">{d.noteCount}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <AppModal opened={creating && asking === null} onClose={() => setCreating(false)} title={t('swot.newDay')} size="lg">
        {creating && asking === null && (
          <SwotDayForm
            day={null}
            units={municipality.units}
            compact
            onCancel={() => setCreating(false)}
            onSave={async (values) => {
              const check = await api.call('swotDays.createCheck', { municipalityCode: municipality.code, date: values.date });
              if (check.existing.length > 0) setAsking({ values, check });
              else await make(values, check);
            }}
          />
        )}
      </AppModal>
      <AppModal
        opened={asking !== null}
        onClose={() => {
          create.reset();
          setAsking(null);
          setCreating(false);
        }}
        title={t('municipalities.swotDays.secondTitle')}
        guarded={false}
        centered
      >
        {asking && (
          <Stack>
            <Text>
              {t('municipalities.swotDays.secondAsk', {
                municipality: asking.check.municipalityName,
                dates: asking.check.existing.map((d) => formatIsoDate(d.date)).join(', '),
              })}
            </Text>
            {create.error && <ErrorAlert error={create.error} />}
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  create.reset();
                  setAsking(null);
                  setCreating(false);
                }}
              >
                {t('common.cancel')}
              </Button>
              <Button loading={create.isPending} onClick={() => void make(asking.values, asking.check).catch(() => undefined)}>
                {t('municipalities.swotDays.createAnother')}
              </Button>
            </Group>
          </Stack>
        )}
      </AppModal>
    </Stack>
  );
}
