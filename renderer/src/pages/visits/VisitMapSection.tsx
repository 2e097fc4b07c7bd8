import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitProgress } from '../../../../shared/domain/visits';
import { CountyMap } from '../../map/CountyMap';

/** Every municipality coloured by where its visit stands; one county when the filter says so. */
export function VisitMapSection({ progress, countyCode, countyName }: { progress: VisitProgress; countyCode?: string; countyName?: string }) {
  const { t } = useTranslation();
  const statusByCode = Object.fromEntries(progress.municipalities.map((m) => [m.code, m.state]));
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('visits.mapTitle')}
      </Title>
      <CountyMap
        width={720}
        height={720}
        countyCodes={countyCode ? [countyCode] : undefined}
        statusByCode={statusByCode}
        title={t('visits.mapDescription', { what: countyName ?? t('visits.fourCounties') })}
      />
    </Stack>
  );
}
