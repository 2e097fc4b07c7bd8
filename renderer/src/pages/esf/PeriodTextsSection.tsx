import { Button, Group, Loader, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodTextKeys, periodTextLabels, type PeriodTextKey } from '../../../../shared/domain/esf';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';

/** The free texts of the progress report, each saved on its own so a long text is never lost to another's error. */
export function PeriodTextsSection({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const texts = useApiQuery('periodTexts.get', { periodId });
  return (
    <Stack component="section" aria-labelledby="period-texts-title" gap="md" data-testid="period-texts">
      <Title order={2} size="h3" id="period-texts-title">
        {t('esf.reports.texts')}
      </Title>
      {texts.error && <ErrorAlert error={texts.error} />}
      {texts.isPending && <Loader aria-label={t('common.loading')} />}
      {texts.data &&
        periodTextKeys.map((key) => <PeriodTextEditor key={`${periodId}-${key}`} periodId={periodId} textKey={key} initial={texts.data[key]} />)}
    </Stack>
  );
}

function PeriodTextEditor({ periodId, textKey, initial }: { periodId: string; textKey: PeriodTextKey; initial: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const save = useApiMutation('periodTexts.save', ['periodTexts.get']);
  const label = periodTextLabels[textKey];
  return (
    <Stack gap="xs">
      <Textarea label={label} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={4} error={save.error?.message} />
      <Group justify="flex-end">
        <Button
          variant="light"
          aria-label={t('esf.reports.saveText', { label })}
          loading={save.isPending}
          onClick={() => save.mutate({ periodId, key: textKey, text }, { onSuccess: () => notify(t, t('esf.reports.textSaved')) })}
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
