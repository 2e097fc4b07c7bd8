import { Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { lagesrapportTextKeys, type PeriodTextKey } from '../../../../shared/domain/esf';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { TextEditor } from './TextEditor';
import { useScrollToHash } from './use-scroll-to-hash';
import { useSavePeriodTexts } from './api';

/** The anchor of the period texts; readiness adds it to its link so the click lands on them. */
export const PERIOD_TEXTS_ANCHOR = 'texter';

/**
 * The free texts of the progress report for one period (chosen on the page,
 * `?period=<id>` in the address, which is where readiness links to): the
 * texts the project's reports print (an ESF+ kvartalsrapport's five).
 */
export function PeriodTextsSection({ periodId, keys = lagesrapportTextKeys }: { periodId: string; keys?: readonly PeriodTextKey[] }) {
  const { t } = useTranslation();
  const texts = useApiQuery('periodTexts.get', { periodId });
  const save = useSavePeriodTexts();
  const section = useScrollToHash<HTMLDivElement>(PERIOD_TEXTS_ANCHOR, texts.data !== undefined);
  return (
    <Stack component="section" aria-labelledby="period-texts-title" gap="md" data-testid="period-texts" id={PERIOD_TEXTS_ANCHOR} ref={section}>
      <Title order={2} size="h3" id="period-texts-title">
        {t(keys === lagesrapportTextKeys ? 'esf.reports.texts' : 'esf.reports.quarterlyTexts')}
      </Title>
      {texts.error && <ErrorAlert error={texts.error} />}
      {texts.isPending && <Loader aria-label={t('common.loading')} />}
      {texts.data &&
        keys.map((key) => (
          <TextEditor
            key={`${periodId}-${key}`}
            label={t(`esf.periodTexts.${key}`)}
            initial={texts.data[key]}
            onSave={async (text) => {
              await save.mutateAsync({ periodId, key, text });
              notify(t, t('esf.reports.textSaved'));
            }}
          />
        ))}
    </Stack>
  );
}
