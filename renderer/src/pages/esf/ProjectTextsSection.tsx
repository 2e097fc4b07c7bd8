import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { projectTextKeys } from '../../../../shared/domain/esf';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { TextEditor } from './TextEditor';
import { useScrollToHash } from './use-scroll-to-hash';
import { useSaveProjectTexts } from './api';

/** The anchor readiness links to ("/rapporter#slutrapport"). */
export const PROJECT_TEXTS_ANCHOR = 'slutrapport';

/** The slutrapport's own texts, written once for the whole project, each saved on its own. */
export function ProjectTextsSection() {
  const { t } = useTranslation();
  const texts = useApiQuery('projectTexts.get', {});
  const save = useSaveProjectTexts();
  const section = useScrollToHash<HTMLDivElement>(PROJECT_TEXTS_ANCHOR, texts.data !== undefined);
  return (
    <Stack component="section" ref={section} id={PROJECT_TEXTS_ANCHOR} aria-labelledby="project-texts-title" gap="md" data-testid="project-texts">
      <Title order={2} size="h3" id="project-texts-title">
        {t('esf.reports.projectTexts')}
      </Title>
      <Text c="dimmed">{t('esf.reports.projectTextsIntro')}</Text>
      {texts.error && <ErrorAlert error={texts.error} />}
      {texts.isPending && <Loader aria-label={t('common.loading')} />}
      {texts.data &&
        projectTextKeys.map((key) => (
          <TextEditor
            key={key}
            label={t(`esf.projectTexts.${key}`)}
            initial={texts.data[key]}
            onSave={async (text) => {
              await save.mutateAsync({ key, text });
              notify(t, t('esf.reports.textSaved'));
            }}
          />
        ))}
    </Stack>
  );
}
