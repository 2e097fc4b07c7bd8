import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Questionnaire, SurveyRound } from '../../../../shared/domain/surveys';
import { formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { ListPager } from '../../components/paging';
import { useUnsavedChanges } from '../../forms/unsaved-changes';
import { useDeleteResponses, useSaveResponses } from './api';
import { gridColumns, summarise, type DraftRow } from './entry-grid';
import { EntryGrid } from './EntryGrid';

const pageSize = 25;

/** Svar: the grid for paper answers (saved in one call) and the saved responses, paged, each removable. */
export function AnswersTab({ round, questionnaire }: { round: SurveyRound; questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const columns = useMemo(() => gridColumns(questionnaire), [questionnaire]);
  const [rows, setRows] = useState<DraftRow[]>([]);
  const [attempted, setAttempted] = useState(false);
  const save = useSaveResponses();
  const summary = useMemo(() => summarise(rows, columns, null), [rows, columns]);

  const submit = async () => {
    setAttempted(true);
    if (summary.invalid.size > 0 || summary.filled === 0) throw new Error('not saved');
    const result = await save.mutateAsync({ roundId: round.id, responses: summary.responses });
    setRows([]);
    setAttempted(false);
    notify(t, t('surveys.page.grid.saved', { count: result.saved }));
  };
  useUnsavedChanges(summary.filled > 0, t('surveys.page.grid.guardLabel', { count: summary.filled }), submit);

  return (
    <Stack>
      <Title order={2} size="h3">
        {t('surveys.page.grid.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('surveys.page.grid.help')}
      </Text>
      <Paper withBorder p="xs">
        <Group justify="space-between">
          <Text role="status" fw={summary.filled > 0 ? 700 : undefined} data-testid="grid-status">
            {summary.filled > 0 ? t('surveys.page.grid.unsaved', { count: summary.filled }) : t('surveys.page.grid.noChanges')}
          </Text>
          <Group gap="xs">
            <Button variant="default" disabled={summary.filled === 0 || save.isPending} onClick={() => setRows([])}>
              {t('surveys.page.grid.discard')}
            </Button>
            <Button onClick={() => void submit().catch(() => undefined)} loading={save.isPending} disabled={summary.filled === 0}>
              {t('surveys.page.grid.save')}
            </Button>
          </Group>
        </Group>
      </Paper>
      {attempted && summary.invalid.size > 0 && (
        <Alert color="red" role="alert">
          {t('surveys.page.grid.invalid', { count: summary.invalid.size })}
        </Alert>
      )}
      {save.error && <ErrorAlert error={save.error} />}
      <EntryGrid columns={columns} rows={rows} invalid={attempted ? summary.invalid : noCells} onChange={setRows} />
      <SavedResponses round={round} />
    </Stack>
  );
}

const noCells: ReadonlySet<string> = new Set();

function SavedResponses({ round }: { round: SurveyRound }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useApiQuery('surveyResponses.list', { roundId: round.id, offset: (page - 1) * pageSize, limit: pageSize }, { keepPrevious: true });
  const remove = useDeleteResponses();
  const [deleting, setDeleting] = useState<string | null>(null);
  const rows = list.data?.rows ?? [];
  return (
    <Stack gap="xs" component="section" aria-label={t('surveys.page.responses.title')}>
      <Title order={2} size="h3">
        {t('surveys.page.responses.title')}
      </Title>
      {list.error && <ErrorAlert error={list.error} />}
      {list.data && list.data.total === 0 && <Text>{t('surveys.page.responses.none')}</Text>}
      {rows.length > 0 && (
        <Table data-testid="saved-responses">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">#</Table.Th>
              <Table.Th scope="col">{t('surveys.page.responses.place')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.responses.role')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.responses.source')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.responses.answeredOn')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.responses.answers')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => {
              const n = (page - 1) * pageSize + i + 1;
              return (
                <Table.Tr key={r.id}>
                  <Table.Td>{n}</Table.Td>
                  <Table.Td>{[r.countyName, r.municipalityName].filter(Boolean).join(', ') || '–'}</Table.Td>
                  <Table.Td>{r.role ?? '–'}</Table.Td>
                  <Table.Td>{t(`surveys.sources.${r.source}`)}</Table.Td>
                  <Table.Td>{r.answeredOn ? formatIsoDate(r.answeredOn) : '–'}</Table.Td>
                  <Table.Td>{r.answers.length}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" color="red" aria-label={t('surveys.page.responses.delete', { row: n })} onClick={() => setDeleting(r.id)}>
                      {t('common.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {list.data && list.data.total > 0 && (
        <ListPager label={t('surveys.page.responses.list')} page={page} pageSize={pageSize} total={list.data.total} shown={rows.length} loading={list.isFetching} onPage={setPage} testId="responses-pager" />
      )}
      <ConfirmDeleteModal
        opened={deleting !== null}
        message={t('surveys.page.responses.confirmDelete')}
        loading={remove.isPending}
        error={remove.error?.message ?? null}
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          void remove.mutateAsync({ ids: [deleting!] }).then(() => {
            notify(t, t('surveys.page.responses.deleted'));
            setDeleting(null);
          })
        }
      />
    </Stack>
  );
}
