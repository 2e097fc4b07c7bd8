import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatIsoDate } from '../../../../shared/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { SwotBoard } from './SwotBoard';
import { SwotDayForm } from './SwotDayForm';

/** One SWOT day: the facts and preparation, then the board. */
export function SwotDayPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery('swotDays.get', { id });
  const code = query.data?.day.municipalityCode ?? '';
  const municipality = useApiQuery('municipalities.get', { code: code || '0000' });
  const update = useApiMutation('swotDays.update', ['swotDays.get', 'swotDays.list']);

  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data || !municipality.data) return <Loader aria-label={t('common.loading')} />;
  const { day, notes } = query.data;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/kommuner/${day.municipalityCode}`}>
        ← {municipality.data.name}
      </Anchor>
      <div>
        <Title order={1}>{t('swot.pageTitle', { municipality: municipality.data.name })}</Title>
        <Text>
          {formatIsoDate(day.date)} · {t(`swot.statuses.${day.status}`)}
        </Text>
      </div>
      <SwotDayForm
        key={day.updatedAt}
        day={day}
        units={municipality.data.units}
        onSave={async (values) => {
          await update.mutateAsync({ ...values, id: day.id });
          notify(t, t('common.saved'));
        }}
      />
      <SwotBoard dayId={day.id} notes={notes} />
    </Stack>
  );
}
