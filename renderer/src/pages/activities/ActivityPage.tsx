import { Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { maxPageSize } from '../../../../shared/domain/paging';
import { useApiQuery } from '../../api/hooks';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { ActivityDetails } from './ActivityDetails';
import { ActivityForm } from './ActivityForm';
import { AttendanceSection } from './AttendanceSection';
import { ActivityFollowUpSection } from '../follow-up/ActivityFollowUpSection';
import { useDeleteActivity, useUpdateActivity } from './api';

/** One activity: facts, sessions and needs (or the form while editing), then the attendance grid. */
export function ActivityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useApiQuery('activities.get', { id });
  const areas = useApiQuery('areas.list', {});
  const municipalities = useApiQuery('municipalities.list', {});
  // The needs this activity answers, by id: never every need in the plans.
  const needs = useApiQuery('activities.coverage', { planItemIds: query.data?.needIds ?? [], limit: maxPageSize }, { enabled: Boolean(query.data), keepPrevious: true });
  const update = useUpdateActivity();
  const remove = useDeleteActivity();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const error = query.error ?? areas.error ?? municipalities.error ?? needs.error;
  if (error) return <ErrorAlert error={error} />;
  if (!query.data || !areas.data || !municipalities.data || !needs.data) return <Loader aria-label={t('common.loading')} />;
  const activity = query.data;
  const track = areas.data.find((a) => a.id === activity.trackId);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/aktiviteter">
        ← {t('activities.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{activity.name}</Title>
          <Group gap="xs" mt={4}>
            <Text>{[t(`activities.kinds.${activity.kind}`), track?.name].filter(Boolean).join(' · ')}</Text>
            <Badge variant="light" c="dark" tt="none">
              {t(`activities.statuses.${activity.status}`)}
            </Badge>
          </Group>
        </div>
        {!editing && (
          <Group>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <Button
              variant="subtle"
              color="red"
              onClick={() => {
                remove.reset();
                setConfirmDelete(true);
              }}
            >
              {t('activities.page.deleteActivity')}
            </Button>
          </Group>
        )}
      </Group>
      {editing ? (
        <Paper withBorder p="md">
          <ActivityForm
            key={activity.updatedAt}
            activity={activity}
            areas={areas.data}
            municipalities={municipalities.data}
            needs={needs.data.rows}
            onCancel={() => setEditing(false)}
            onSave={async (input) => {
              await update.mutateAsync({ ...input, id: activity.id });
              notify(t, t('common.saved'));
              setEditing(false);
            }}
          />
        </Paper>
      ) : (
        <ActivityDetails activity={activity} areas={areas.data} municipalities={municipalities.data} needs={needs.data.rows} />
      )}
      <AttendanceSection key={activity.id} activity={activity} />
      <ActivityFollowUpSection key={`follow-up-${activity.id}`} activity={activity} />
      <ConfirmDeleteModal
        opened={confirmDelete}
        message={t('activities.page.deleteConfirm', { name: activity.name })}
        loading={remove.isPending}
        error={remove.error?.message ?? null}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() =>
          remove.mutate(
            { id: activity.id },
            {
              onSuccess: () => {
                notify(t, t('activities.page.deleted'));
                void navigate('/aktiviteter', { replace: true });
              },
            },
          )
        }
      />
    </Stack>
  );
}
