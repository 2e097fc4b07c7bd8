import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { QuestionnaireSummary } from '../../../../shared/domain/surveys';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { useCopyQuestionnaire, useCreateFromTemplate, useCreateRound, useDeleteQuestionnaire } from './api';
import { roundInput, RoundForm, roundValues } from './RoundForm';
import { TemplateForm } from './TemplateForm';

const rate = (r: number | null) => (r === null ? '–' : `${r.toLocaleString('sv-SE')} %`);

/** Enkäter: the questionnaires (new from a template, copy, remove) and every round with its response rate. */
export function SurveysPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useApiQuery('surveys.list', {});
  const templates = useApiQuery('surveys.templates', {});
  const rounds = useApiQuery('surveyRounds.list', {});
  const fromTemplate = useCreateFromTemplate();
  const copy = useCopyQuestionnaire();
  const remove = useDeleteQuestionnaire();
  const createRound = useCreateRound();
  const [choosing, setChoosing] = useState(false);
  const [newRoundFor, setNewRoundFor] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<QuestionnaireSummary | null>(null);
  const questionnaires = list.data ?? [];

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('surveys.title')}</Title>
          <Text c="dimmed">{t('surveys.page.intro')}</Text>
        </div>
        <Group>
          <Button onClick={() => setChoosing(true)} disabled={!templates.data}>
            {t('surveys.page.newFromTemplate')}
          </Button>
          <Button variant="default" onClick={() => setNewRoundFor(questionnaires[0]?.id ?? '')} disabled={questionnaires.length === 0}>
            {t('surveys.page.newRound')}
          </Button>
        </Group>
      </Group>
      {list.error && <ErrorAlert error={list.error} />}
      {copy.error && <ErrorAlert error={copy.error} />}

      <Title order={2}>{t('surveys.page.questionnaires')}</Title>
      {list.data && questionnaires.length === 0 && <Text>{t('surveys.page.noQuestionnaires')}</Text>}
      {questionnaires.length > 0 && (
        <Table data-testid="questionnaire-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.page.name')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.questionCount')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.roundCount')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.responseCount')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {questionnaires.map((q) => (
              <Table.Tr key={q.id}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/enkater/${q.id}`}>
                    {q.name}
                  </Anchor>
                </Table.Th>
                <Table.Td>{q.questionCount}</Table.Td>
                <Table.Td>{q.roundCount}</Table.Td>
                <Table.Td>{formatInteger(q.responseCount)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => setNewRoundFor(q.id)} aria-label={`${t('surveys.page.newRound')}: ${q.name}`}>
                      {t('surveys.page.newRound')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`${t('surveys.page.copy')}: ${q.name}`}
                      loading={copy.isPending && copy.variables.id === q.id}
                      onClick={() => void copy.mutateAsync({ id: q.id }).then((c) => notify(t, t('surveys.page.copied', { name: c.name })))}
                    >
                      {t('surveys.page.copy')}
                    </Button>
                    <Button size="xs" variant="subtle" color="red" aria-label={`${t('common.delete')}: ${q.name}`} onClick={() => setDeleting(q)}>
                      {t('common.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Title order={2}>{t('surveys.page.rounds')}</Title>
      {rounds.error && <ErrorAlert error={rounds.error} />}
      {rounds.data?.length === 0 && <Text>{t('surveys.page.noRounds')}</Text>}
      {rounds.data && rounds.data.length > 0 && (
        <Table data-testid="round-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.page.roundName')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.questionnaire')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.target')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.opensOn')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.answered')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.responseRate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rounds.data.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/enkater/omgang/${r.id}`}>
                    {r.name}
                  </Anchor>
                </Table.Th>
                <Table.Td>{r.questionnaireName}</Table.Td>
                <Table.Td>{r.target === 'lan' ? (r.groups[0]?.countyName ?? '') : r.target === 'aktivitet' ? r.activityName : t(`surveys.targets.${r.target}`)}</Table.Td>
                <Table.Td>{r.opensOn ? formatIsoDate(r.opensOn) : '–'}</Table.Td>
                <Table.Td>
                  {formatInteger(r.responses)} / {formatInteger(r.asked)}
                </Table.Td>
                <Table.Td>{rate(r.responseRate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <AppModal opened={choosing} onClose={() => setChoosing(false)} title={t('surveys.page.newFromTemplate')} size="lg">
        {choosing && templates.data && (
          <TemplateForm
            templates={templates.data}
            onCancel={() => setChoosing(false)}
            onSave={async (values) => {
              const created = await fromTemplate.mutateAsync(values);
              notify(t, t('surveys.page.templateCreated', { name: created.name }));
              setChoosing(false);
            }}
          />
        )}
      </AppModal>
      <AppModal opened={newRoundFor !== null} onClose={() => setNewRoundFor(null)} title={t('surveys.page.newRound')} size="lg">
        {newRoundFor !== null && (
          <RoundForm
            round={null}
            questionnaires={questionnaires}
            initial={roundValues(null, newRoundFor)}
            onCancel={() => setNewRoundFor(null)}
            onSave={async (values) => {
              const round = await createRound.mutateAsync(roundInput(values));
              notify(t, t('surveys.page.roundCreated', { name: round.name }));
              setNewRoundFor(null);
              void navigate(`/enkater/omgang/${round.id}`);
            }}
          />
        )}
      </AppModal>
      <ConfirmDeleteModal
        opened={deleting !== null}
        message={deleting ? t('surveys.page.confirmDelete', { name: deleting.name }) : ''}
        loading={remove.isPending}
        error={remove.error?.message ?? null}
        onCancel={() => {
          remove.reset();
          setDeleting(null);
        }}
        onConfirm={() =>
          void remove.mutateAsync({ id: deleting!.id }).then(() => {
            notify(t, t('surveys.page.deletedQuestionnaire'));
            setDeleting(null);
          })
        }
      />
    </Stack>
  );
}
