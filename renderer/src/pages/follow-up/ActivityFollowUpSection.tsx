import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/domain/activities';
import type { ActivityFollowUpRow, FollowUp } from '../../../../shared/domain/follow-up';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { ListPager } from '../../components/paging';
import { ImportModal } from '../../components/import/ImportModal';
import { FollowUpForm } from './FollowUpForm';
import { FollowUpImportSample } from './FollowUpImportSample';
import { useCreateFollowUps, useFollowUpImport, useUpdateFollowUp } from './api';
import { ColumnHeads } from '../../components/ColumnHeads';

/** Participants per page of the loop: an activity's participants are tens, a large one a few hundred. */
const pageSize = 100;

/** The values of a follow-up as the update takes them (the whole row, one field changed). */
function editable(f: FollowUp) {
  return { id: f.id, expectedBenefit: f.expectedBenefit, sharingPlan: f.sharingPlan, taskDate: f.taskDate, responsible: f.responsible, status: f.status, note: f.note };
}

/**
 * Uppföljning on the activity page: each participant's loop — before filled
 * in, the APT feedback planned, done — with the totals, the button that
 * gives every registered participant a follow-up, and an editor per row.
 */
export function ActivityFollowUpSection({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useApiQuery('followUps.forActivity', { activityId: activity.id, offset: (page - 1) * pageSize, limit: pageSize }, { keepPrevious: true, enabled: activity.kind !== 'swot_dag' });
  const create = useCreateFollowUps();
  const update = useUpdateFollowUp();
  const [editing, setEditing] = useState<ActivityFollowUpRow | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const beforeForms = useFollowUpImport(activity.id);

  if (activity.kind === 'swot_dag') return null;
  const data = query.data;
  const createAll = () => {
    setMessage(null);
    create.mutate(
      { activityId: activity.id },
      {
        onSuccess: (result) => {
          if (result.created > 0) notify(t, t('followUp.created', { count: result.created }));
          else setMessage(result.existing > 0 ? t('followUp.noneCreated') : t('followUp.noParticipants'));
        },
      },
    );
  };
  const markDone = (row: ActivityFollowUpRow, followUp: FollowUp) =>
    update.mutate({ ...editable(followUp), status: 'genomford' }, { onSuccess: () => notify(t, t('followUp.markedDone', { name: row.participantName })) });

  return (
    <Stack component="section" aria-labelledby="follow-up-heading" gap="sm" data-testid="activity-follow-up">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} id="follow-up-heading">
            {t('followUp.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('followUp.intro')}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" onClick={() => setImporting(true)}>
            {t('followUp.import.open')}
          </Button>
          <Button onClick={createAll} loading={create.isPending}>
            {t('followUp.createForParticipants')}
          </Button>
        </Group>
      </Group>
      <ImportModal
        opened={importing}
        onClose={() => setImporting(false)}
        title={t('followUp.import.title')}
        help={t('followUp.import.help')}
        feature={beforeForms}
        done={(result) => t('followUp.import.done', result)}
      >
        {(preview) => <FollowUpImportSample sample={preview.sample} />}
      </ImportModal>
      {query.error && <ErrorAlert error={query.error} />}
      {create.error && <ErrorAlert error={create.error} />}
      {update.error && editing === null && <ErrorAlert error={update.error} />}
      {message && (
        <Alert color="gray" role="status">
          {message}
        </Alert>
      )}
      {data && (
        <Text data-testid="follow-up-totals">
          {t('followUp.totals', {
            participants: formatInteger(data.totals.participants),
            withFollowUp: formatInteger(data.totals.withFollowUp),
            beforeFilled: formatInteger(data.totals.beforeFilled),
            taskPlanned: formatInteger(data.totals.taskPlanned),
            done: formatInteger(data.totals.done),
          })}
        </Text>
      )}
      {data && data.rows.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table aria-labelledby="follow-up-heading" data-testid="follow-up-table">
              <ColumnHeads labels={[t('followUp.participant'), t('followUp.municipality'), t('followUp.beforeFilled'), t('followUp.taskPlanned'), t('followUp.status')]} actions />
              <Table.Tbody>
                {data.rows.map((row) => {
                  const f = row.followUp;
                  return (
                    <Table.Tr key={row.participantId} data-participant-id={row.participantId}>
                      <Table.Th scope="row" fw={400}>
                        {row.participantName}
                      </Table.Th>
                      <Table.Td>{row.municipalityName}</Table.Td>
                      <Table.Td>{f ? (row.loop.beforeFilled ? t('followUp.yes') : t('followUp.no')) : t('common.none')}</Table.Td>
                      <Table.Td>{f?.taskDate ? formatIsoDate(f.taskDate) : f ? t('followUp.no') : t('common.none')}</Table.Td>
                      <Table.Td data-testid="follow-up-status">{f ? t(`followUp.statuses.${f.status}`) : t('followUp.noFollowUp')}</Table.Td>
                      <Table.Td>
                        {f && (
                          <Group gap="xs" justify="flex-end" wrap="nowrap">
                            <Button size="compact-sm" variant="default" onClick={() => setEditing(row)} aria-label={t('followUp.editLabel', { name: row.participantName })}>
                              {t('followUp.edit')}
                            </Button>
                            {f.status === 'planerad' && (
                              <Button
                                size="compact-sm"
                                variant="light"
                                onClick={() => markDone(row, f)}
                                disabled={update.isPending}
                                aria-label={t('followUp.markDoneLabel', { name: row.participantName })}
                              >
                                {t('followUp.markDone')}
                              </Button>
                            )}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPager label={t('followUp.title')} page={page} pageSize={pageSize} total={data.total} shown={data.rows.length} loading={query.isFetching} onPage={setPage} />
        </>
      )}
      <AppModal opened={editing !== null} onClose={() => setEditing(null)} title={editing ? t('followUp.editTitle', { name: editing.participantName }) : ''} size="lg">
        {editing?.followUp && (
          <FollowUpForm
            followUp={editing.followUp}
            onCancel={() => setEditing(null)}
            onSave={async (values) => {
              await update.mutateAsync({ ...values, id: editing.followUp!.id });
              notify(t, t('common.saved'));
              setEditing(null);
            }}
          />
        )}
      </AppModal>
    </Stack>
  );
}
