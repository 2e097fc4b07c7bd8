import { Alert, Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { QuestionnaireSection, SurveyQuestion } from '../../../../shared/domain/surveys';
import { useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/lazy-page';
import { notify } from '../../components/notify';
import { useDeleteQuestion, useDeleteSection, useMoveQuestion, useSaveQuestion, useSaveSection, useUpdateQuestionnaire } from './api';
import { QuestionForm, questionInput } from './QuestionForm';
import { QuestionnaireForm } from './QuestionnaireForm';
import { SectionForm } from './SectionForm';
import { WordExportButton } from './WordExportButton';

type Editing = { kind: 'question'; section: QuestionnaireSection; question: SurveyQuestion | null } | { kind: 'section'; section: QuestionnaireSection | null } | null;
type Deleting = { kind: 'question'; id: string; label: string } | { kind: 'section'; id: string; label: string } | null;

/** A questionnaire: its name, and its sections and questions in order, each editable. */
export function QuestionnairePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery('surveys.get', { id });
  const update = useUpdateQuestionnaire();
  const saveSection = useSaveSection();
  const saveQuestion = useSaveQuestion();
  const deleteSection = useDeleteSection();
  const deleteQuestion = useDeleteQuestion();
  const moveQuestion = useMoveQuestion();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Deleting>(null);
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return <PageLoading />;
  const questionnaire = query.data;
  const allQuestions = questionnaire.sections.flatMap((s) => s.questions);
  const nextCode = `F${allQuestions.filter((q) => q.background === null).length + 1}`;

  const removing = deleting?.kind === 'section' ? deleteSection : deleteQuestion;

  return (
    <Stack>
      <Anchor component={Link} to="/enkater">
        {t('common.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{questionnaire.name}</Title>
        <WordExportButton label={t('surveyReports.printQuestionnaire')} make={(api) => api.call('reports.questionnaire', { id: questionnaire.id })} />
      </Group>
      <Card withBorder>
        <QuestionnaireForm
          key={questionnaire.updatedAt}
          questionnaire={questionnaire}
          onSave={async (values) => {
            await update.mutateAsync({ ...values, id: questionnaire.id });
            notify(t, t('common.saved'));
          }}
        />
      </Card>
      {questionnaire.hasResponses && <Alert color="blue">{t('surveys.page.hasResponses')}</Alert>}
      {saveQuestion.error && <ErrorAlert error={saveQuestion.error} />}
      {moveQuestion.error && <ErrorAlert error={moveQuestion.error} />}
      <Group justify="space-between">
        <Title order={2}>{t('surveys.page.sections')}</Title>
        <Button variant="default" onClick={() => setEditing({ kind: 'section', section: null })}>
          {t('surveys.page.addSection')}
        </Button>
      </Group>
      {questionnaire.sections.map((section) => (
        <Card withBorder key={section.id} component="section" aria-label={section.title}>
          <Group justify="space-between" mb="xs">
            <Title order={3}>{section.title}</Title>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setEditing({ kind: 'section', section })}>
                {t('surveys.page.editSection')}
              </Button>
              <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting({ kind: 'section', id: section.id, label: t('surveys.page.confirmDeleteSection', { title: section.title }) })}>
                {t('surveys.page.deleteSection')}
              </Button>
              <Button size="xs" onClick={() => setEditing({ kind: 'question', section, question: null })}>
                {t('surveys.page.addQuestion')}
              </Button>
            </Group>
          </Group>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('surveys.page.code')}</Table.Th>
                <Table.Th scope="col">{t('surveys.page.text')}</Table.Th>
                <Table.Th scope="col">{t('surveys.page.kind')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {section.questions.map((q, i) => (
                <Table.Tr key={q.id}>
                  <Table.Th scope="row">{q.code}</Table.Th>
                  <Table.Td>
                    <Text size="sm">{q.text}</Text>
                    {q.options.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {q.options.map((o, i) => `${i + 1} ${o}`).join(' · ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Text size="sm">{t(`surveys.kinds.${q.kind}`)}</Text>
                      {q.background && <Badge variant="light">{t(`surveys.backgrounds.${q.background}`)}</Badge>}
                      {q.required && <Badge variant="outline">{t('surveys.page.requiredMark')}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        disabled={i === 0 || moveQuestion.isPending}
                        onClick={() => moveQuestion.mutate({ id: q.id, direction: 'upp' })}
                        aria-label={t('surveys.page.moveUp', { code: q.code })}
                      >
                        ↑
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        disabled={i === section.questions.length - 1 || moveQuestion.isPending}
                        onClick={() => moveQuestion.mutate({ id: q.id, direction: 'ner' })}
                        aria-label={t('surveys.page.moveDown', { code: q.code })}
                      >
                        ↓
                      </Button>
                      <Button size="compact-xs" variant="default" aria-label={t('surveys.page.editQuestion', { code: q.code })} onClick={() => setEditing({ kind: 'question', section, question: q })}>
                        {t('common.edit')}
                      </Button>
                      <Button size="compact-xs" variant="subtle" color="red" aria-label={`${t('common.delete')}: ${q.code}`} onClick={() => setDeleting({ kind: 'question', id: q.id, label: t('surveys.page.confirmDeleteQuestion', { code: q.code }) })}>
                        {t('common.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
      <AppModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={editing?.kind === 'section' ? t(editing.section ? 'surveys.page.editSection' : 'surveys.page.addSection') : editing?.question ? t('surveys.page.editQuestion', { code: editing.question.code }) : t('surveys.page.addQuestion')}
      >
        {editing?.kind === 'section' && (
          <SectionForm
            title={editing.section?.title ?? ''}
            onCancel={() => setEditing(null)}
            onSave={async (values) => {
              await saveSection.mutateAsync({ ...values, questionnaireId: questionnaire.id, id: editing.section?.id });
              setEditing(null);
            }}
          />
        )}
        {editing?.kind === 'question' && (
          <QuestionForm
            question={editing.question}
            nextCode={nextCode}
            fixed={questionnaire.hasResponses}
            onCancel={() => setEditing(null)}
            onSave={async (values) => {
              await saveQuestion.mutateAsync({ ...questionInput(values), questionnaireId: questionnaire.id, sectionId: editing.section.id, id: editing.question?.id });
              notify(t, t('common.saved'));
              setEditing(null);
            }}
          />
        )}
      </AppModal>
      <ConfirmDeleteModal
        opened={deleting !== null}
        message={deleting?.label ?? ''}
        loading={removing.isPending}
        error={removing.error?.message ?? null}
        onCancel={() => {
          removing.reset();
          setDeleting(null);
        }}
        onConfirm={() => void removing.mutateAsync({ id: deleting!.id }).then(() => setDeleting(null))}
      />
    </Stack>
  );
}
