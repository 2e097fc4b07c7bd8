import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { SurveyRound } from '../../../../shared/domain/surveys';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportModal } from '../../components/import/ImportModal';
import { PageLoading } from '../../components/lazy-page';
import { notify } from '../../components/notify';
import { AnswersTab } from './AnswersTab';
import { AskedForm } from './AskedForm';
import { ImportSample } from './ImportSample';
import { ResultsTab } from './ResultsTab';
import { roundInput, RoundForm, roundValues } from './RoundForm';
import { useDeleteRound, useSetAsked, useSurveyResponsesImport, useUpdateRound } from './api';
import { WordExportButton } from './WordExportButton';
import { percent } from './percent';

const tabs = ['svar', 'import', 'resultat'] as const;
type Tab = (typeof tabs)[number];

/** A survey round: who it goes to and when, asked and answered per county, and its answers, import and results. */
export function RoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const round = useApiQuery('surveyRounds.get', { id });
  const questionnaire = useApiQuery('surveys.get', { id: round.data?.questionnaireId ?? '' }, { enabled: Boolean(round.data) });
  const [search, setSearch] = useSearchParams();
  const tab: Tab = tabs.find((x) => x === search.get('flik')) ?? 'svar';
  if (round.error) return <ErrorAlert error={round.error} />;
  if (questionnaire.error) return <ErrorAlert error={questionnaire.error} />;
  if (!round.data || !questionnaire.data) return <PageLoading />;
  return (
    <Stack>
      <Anchor component={Link} to="/enkater">
        {t('common.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{round.data.name}</Title>
        <WordExportButton label={t('surveyReports.roundReport')} make={(api) => api.call('reports.surveyRound', { id })} />
      </Group>
      <RoundDetails round={round.data} />
      <Tabs value={tab} onChange={(v) => setSearch(v && v !== 'svar' ? { flik: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="svar">{t('surveys.page.tabs.answers')}</Tabs.Tab>
          <Tabs.Tab value="import">{t('surveys.page.tabs.import')}</Tabs.Tab>
          <Tabs.Tab value="resultat">{t('surveys.page.tabs.results')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="svar" pt="md">
          <AnswersTab round={round.data} questionnaire={questionnaire.data} />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <ImportTab round={round.data} />
        </Tabs.Panel>
        <Tabs.Panel value="resultat" pt="md">
          <ResultsTab round={round.data} questionnaire={questionnaire.data} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function RoundDetails({ round }: { round: SurveyRound }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useApiQuery('surveys.list', {});
  const update = useUpdateRound();
  const remove = useDeleteRound();
  const setAsked = useSetAsked();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const rate = (r: number | null) => (r === null ? '–' : t('surveys.page.rate', { rate: percent(r) }));
  const target = round.target === 'aktivitet' ? `${t('surveys.targets.aktivitet')}: ${round.activityName ?? ''}` : round.target === 'lan' ? (round.groups[0]?.countyName ?? '') : t('surveys.targets.alla');
  return (
    <Card withBorder>
      <Group justify="space-between" align="flex-start">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" style={{ flex: 1 }}>
          <Text>
            <b>{t('surveys.page.questionnaire')}:</b>{' '}
            <Anchor component={Link} to={`/enkater/${round.questionnaireId}`}>
              {round.questionnaireName}
            </Anchor>
          </Text>
          <Text>
            <b>{t('surveys.page.target')}:</b> {target}
          </Text>
          <Text>
            <b>{t('surveys.page.opensOn')}:</b> {round.opensOn ? formatIsoDate(round.opensOn) : '–'} · <b>{t('surveys.page.closesOn')}:</b> {round.closesOn ? formatIsoDate(round.closesOn) : '–'}
          </Text>
          <Text>
            <b>{t('surveys.page.compareRound')}:</b> {round.compareRoundName ?? t('surveys.page.noCompare')}
          </Text>
        </SimpleGrid>
        <Group gap="xs">
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('surveys.page.editRound')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
            {t('surveys.page.deleteRound')}
          </Button>
        </Group>
      </Group>
      <Table mt="sm" data-testid="round-groups" style={{ width: 'auto' }}>
        <Table.Caption>{t('surveys.page.askedPerCounty')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveys.page.county')}</Table.Th>
            <Table.Th scope="col">{t('surveys.page.asked')}</Table.Th>
            <Table.Th scope="col">{t('surveys.page.answered')}</Table.Th>
            <Table.Th scope="col">{t('surveys.page.responseRate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {round.groups.map((g) => (
            <Table.Tr key={g.countyCode}>
              <Table.Th scope="row">{g.countyName}</Table.Th>
              <Table.Td>
                <AskedForm key={`${g.countyCode}:${g.asked}`} group={g} onSave={(asked) => setAsked.mutateAsync({ roundId: round.id, countyCode: g.countyCode as '03', asked })} />
              </Table.Td>
              <Table.Td>{formatInteger(g.responses)}</Table.Td>
              <Table.Td>{rate(g.responseRate)}</Table.Td>
            </Table.Tr>
          ))}
          {round.groups.length > 1 && (
            <Table.Tr>
              <Table.Th scope="row">{t('surveys.page.total')}</Table.Th>
              <Table.Td>{formatInteger(round.asked)}</Table.Td>
              <Table.Td>{formatInteger(round.responses)}</Table.Td>
              <Table.Td>{rate(round.responseRate)}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <AppModal opened={editing} onClose={() => setEditing(false)} title={t('surveys.page.editRound')} size="lg">
        {editing && (
          <RoundForm
            round={round}
            questionnaires={list.data ?? []}
            initial={roundValues(round, round.questionnaireId)}
            onCancel={() => setEditing(false)}
            onSave={async (values) => {
              const { name, opensOn, closesOn, compareRoundId } = roundInput(values);
              await update.mutateAsync({ id: round.id, name, opensOn, closesOn, compareRoundId });
              notify(t, t('common.saved'));
              setEditing(false);
            }}
          />
        )}
      </AppModal>
      <ConfirmDeleteModal
        opened={deleting}
        message={t('surveys.page.confirmDeleteRound', { name: round.name })}
        loading={remove.isPending}
        error={remove.error?.message ?? null}
        onCancel={() => setDeleting(false)}
        onConfirm={() => void remove.mutateAsync({ id: round.id }).then(() => navigate('/enkater'))}
      />
    </Card>
  );
}

function ImportTab({ round }: { round: SurveyRound }) {
  const { t } = useTranslation();
  const feature = useSurveyResponsesImport(round.id);
  const [open, setOpen] = useState(false);
  return (
    <Stack align="flex-start">
      <Text size="sm" c="dimmed">
        {t('surveys.page.import.help')}
      </Text>
      <Button onClick={() => setOpen(true)}>{t('surveys.page.import.open')}</Button>
      <ImportModal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('surveys.page.import.title')}
        help={t('surveys.page.import.help')}
        feature={feature}
        done={(r) => t('surveys.page.import.done', r)}
      >
        {(preview) => <ImportSample preview={preview} />}
      </ImportModal>
    </Stack>
  );
}
