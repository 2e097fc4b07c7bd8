import { List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionResult } from '../../../../shared/domain/surveys';
import { useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListPager } from '../../components/paging';

const pageSize = 20;

/** The free-text answers to one question, a page at a time. */
export function FreeTextModal({ roundId, question, onClose }: { roundId: string; question: QuestionResult | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={question !== null} onClose={onClose} title={question ? t('surveys.page.results.freeTextTitle', { code: question.code }) : ''} size="lg">
      {question && <FreeTextList key={question.questionId} roundId={roundId} questionId={question.questionId} />}
    </AppModal>
  );
}

function FreeTextList({ roundId, questionId }: { roundId: string; questionId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useApiQuery('surveyRounds.freeText', { roundId, questionId, offset: (page - 1) * pageSize, limit: pageSize }, { keepPrevious: true });
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return null;
  if (query.data.tooFew) return <Text>{t('surveys.results.tooFew')}</Text>;
  return (
    <Stack>
      {query.data.total === 0 && <Text>{t('surveys.page.results.freeTextNone')}</Text>}
      <List spacing="xs" data-testid="free-text-answers">
        {query.data.rows.map((r) => (
          <List.Item key={r.responseId}>{r.text}</List.Item>
        ))}
      </List>
      <ListPager label={t('surveys.page.results.freeTextList')} page={page} pageSize={pageSize} total={query.data.total} shown={query.data.rows.length} loading={query.isFetching} onPage={setPage} />
    </Stack>
  );
}
