import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportedFile } from '../../../../shared/contract';
import type { useApi } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { useWordExport } from './api';

/** A button that builds a Word file in the core and downloads it; busy while the document is made, its error under it. */
export function WordExportButton({ label, make }: { label: string; make: (api: ReturnType<typeof useApi>) => Promise<ExportedFile> }) {
  const { t } = useTranslation();
  const exporting = useWordExport(make);
  return (
    <Stack gap="xs" align="flex-end">
      <Button
        variant="default"
        loading={exporting.busy}
        onClick={() =>
          void exporting.run().then((file) => {
            if (file) notify(t, t('surveyReports.exported', { file: file.fileName }));
          })
        }
      >
        {label}
      </Button>
      {exporting.error !== null && <ErrorAlert error={exporting.error} />}
    </Stack>
  );
}
