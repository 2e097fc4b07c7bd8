import { Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatCoordinate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ContactsSection } from './ContactsSection';
import { PlansSection } from '../plans/PlansSection';
import { OpenFollowUpsSection } from '../follow-up/OpenFollowUpsSection';
import { ProcessSection } from '../follow-up/ProcessSection';
import { SwotDaysSection } from '../swot/SwotDaysSection';
import { LibraryUnitsSection } from './LibraryUnitsSection';
import { MunicipalityVisitsSection } from './MunicipalityVisitsSection';

/** One municipality: its facts, library units, contacts, SWOT days beside its visits, and plans. */
export function MunicipalityPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const query = useApiQuery('municipalities.get', { code });

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/kommuner">
        ← {t('nav.municipalities')}
      </Anchor>
      {query.isPending && <Loader aria-label={t('common.loading')} />}
      {query.error && <ErrorAlert error={query.error} />}
      {query.data && (
        <>
          <div>
            <Group gap="sm" align="center">
              <Title order={1}>{query.data.name}</Title>
              <Badge variant="outline" color="gray.7" size="lg" ff="monospace">
                {t('municipalities.code')} {query.data.code}
              </Badge>
            </Group>
            <Text>
              {query.data.countyName} · {t('municipalities.seat')}: {query.data.seat} ·{' '}
              {t('municipalities.countyLibrary', { seat: query.data.countyLibrarySeat })}
            </Text>
            <Text c="dimmed" size="sm">
              {t('municipalities.coordinates')}: {formatCoordinate(query.data.lat)} N, {formatCoordinate(query.data.lon)} E
            </Text>
          </div>
          <LibraryUnitsSection municipality={query.data} />
          <ContactsSection municipality={query.data} />
          <SwotDaysSection municipality={query.data} />
          <MunicipalityVisitsSection municipality={query.data} />
          <PlansSection municipality={query.data} />
          <OpenFollowUpsSection municipality={query.data} />
          <ProcessSection municipality={query.data} />
        </>
      )}
    </Stack>
  );
}
