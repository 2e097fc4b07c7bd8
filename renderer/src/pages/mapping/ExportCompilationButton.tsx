import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyCode } from '../../../../shared/domain/municipalities';
import type { SwotDayStatus } from '../../../../shared/domain/swot';
import { useApi } from '../../api/client';
import { saveFile } from '../../components/files';
import { notify } from '../../components/notify';

/** Only the page's filter is sent: the core draws the charts from the same mapping, so no SVG crosses the API. */
export function ExportCompilationButton({ countyCode, statuses }: { countyCode: CountyCode | undefined; statuses: SwotDayStatus[] | undefined }) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      loading={busy}
      onClick={() => {
        setBusy(true);
        void api
          .call('reports.countyCompilation', { countyCode, statuses })
          .then((file) => {
            saveFile(file);
            notify(t, t('swot.exported', { file: file.fileName }));
          })
          .catch((error: unknown) => notify(t, error instanceof Error ? error.message : String(error), 'gray'))
          .finally(() => setBusy(false));
      }}
    >
      {t('mapping.exportWord')}
    </Button>
  );
}
