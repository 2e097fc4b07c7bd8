import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyCode } from '../../../../shared/domain/municipalities';
import type { SwotDayStatus } from '../../../../shared/domain/swot';
import { useApi } from '../../api/client';
import { saveFile } from '../../components/files';
import { notify } from '../../components/notify';

/** The charts exactly as drawn: their SVG and their text alternative go into the Word compilation. */
export function collectCharts(root: ParentNode = document): { title: string; description: string; svg: string }[] {
  return [...root.querySelectorAll<HTMLElement>('[data-chart-title]')].flatMap((box) => {
    // The chart's own surface: legend icons are small recharts surfaces too.
    const svg = box.querySelector(':scope .recharts-wrapper > svg.recharts-surface');
    if (!svg) return [];
    const copy = svg.cloneNode(true) as SVGElement;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    return [{ title: box.dataset['chartTitle'] ?? '', description: box.getAttribute('aria-label') ?? '', svg: copy.outerHTML }];
  });
}

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
          .call('reports.countyCompilation', { countyCode, statuses, charts: collectCharts() })
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
