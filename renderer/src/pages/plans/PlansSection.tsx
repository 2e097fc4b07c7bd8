import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MunicipalityDetail } from '../../../../shared/domain/municipalities';
import type { IndividualPlan, PlanItem } from '../../../../shared/domain/plans';
import { useApiQuery } from '../../api/hooks';
import { RowEditorDialogs } from '../../components/RowEditorDialogs';
import { RowActions } from '../../components/RowActions';
import { useRowEditor } from '../../components/use-row-editor';
import { IndividualPlanForm } from './IndividualPlanForm';
import { PlanItemForm } from './PlanItemForm';
import { useCreateIndividualPlan, useCreatePlanItem, useDeleteIndividualPlan, useDeletePlanItem, useUpdateIndividualPlan, useUpdatePlanItem } from './api';
import { ColumnHeads } from '../../components/ColumnHeads';

/** The municipality's competence-development plan and its individual plans. */
export function PlansSection({ municipality }: { municipality: MunicipalityDetail }) {
  const { t } = useTranslation();
  const code = municipality.code;
  const plans = useApiQuery('plans.get', { municipalityCode: code });
  const areas = useApiQuery('areas.list', {});
  // This municipality's counts only, counted on the server (not the country's mapping cut down here).
  const mapping = useApiQuery('swotMapping.get', { municipalityCode: code });
  const items = useRowEditor<PlanItem>();
  const people = useRowEditor<IndividualPlan>();
  const createItem = useCreatePlanItem();
  const updateItem = useUpdatePlanItem();
  const deleteItem = useDeletePlanItem();
  const createPerson = useCreateIndividualPlan();
  const updatePerson = useUpdateIndividualPlan();
  const deletePerson = useDeleteIndividualPlan();

  const areaName = (id: string) => areas.data?.find((a) => a.id === id)?.name ?? '';
  // Taxonomy order, not the order the boxes were ticked in.
  const namesInOrder = (ids: string[]) => (areas.data ?? []).filter((a) => ids.includes(a.id)).map((a) => a.name).join(', ');
  const swotCounts = new Map((mapping.data?.heatmap ?? []).filter((c) => c.municipalityCode === code).map((c) => [c.areaId, c.noteCount]));

  return (
    <Stack component="section" aria-labelledby="plan-heading" gap="sm">
      <Group justify="space-between">
        <div>
          <Title order={2} id="plan-heading">
            {t('plans.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('plans.intro')}
          </Text>
        </div>
        <Button onClick={items.openNew}>{t('plans.add')}</Button>
      </Group>
      {plans.data?.items.length === 0 && <Text>{t('plans.empty')}</Text>}
      {plans.data && plans.data.items.length > 0 && (
        <Table aria-labelledby="plan-heading" data-testid="plan-table">
          <ColumnHeads labels={[t('plans.need'), t('plans.goal'), t('plans.activity'), t('plans.responsible'), t('plans.status')]} actions />
          <Table.Tbody>
            {plans.data.items.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{areaName(i.areaId)}</Table.Td>
                <Table.Td>{i.goal}</Table.Td>
                <Table.Td>
                  <PlanTarget item={i} />
                </Table.Td>
                <Table.Td>{i.responsible ?? t('common.none')}</Table.Td>
                <Table.Td>{t(`plans.statuses.${i.status}`)}</Table.Td>
                <Table.Td>
                  <RowActions name={areaName(i.areaId)} onEdit={() => items.openEdit(i)} onDelete={() => items.askDelete(i)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Group justify="space-between" mt="md">
        <Title order={3} id="individual-heading">
          {t('plans.individualTitle')}
        </Title>
        <Button variant="default" onClick={people.openNew}>
          {t('plans.individualAdd')}
        </Button>
      </Group>
      {plans.data?.individual.length === 0 && <Text>{t('plans.individualEmpty')}</Text>}
      {plans.data && plans.data.individual.length > 0 && (
        <Table aria-labelledby="individual-heading" data-testid="individual-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('plans.staffName')}</Table.Th>
              <Table.Th scope="col">{t('plans.areas')}</Table.Th>
              <Table.Th scope="col">{t('plans.goals')}</Table.Th>
              <Table.Th scope="col">{t('plans.status')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('common.actions')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.data.individual.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.staffName}</Table.Td>
                <Table.Td>{namesInOrder(p.areaIds) || t('common.none')}</Table.Td>
                <Table.Td>{p.goals}</Table.Td>
                <Table.Td>{t(`plans.statuses.${p.status}`)}</Table.Td>
                <Table.Td>
                  <RowActions name={p.staffName} onEdit={() => people.openEdit(p)} onDelete={() => people.askDelete(p)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <RowEditorDialogs
        editor={items}
        addTitle={t('plans.addTitle')}
        editTitle={t('plans.editTitle')}
        deleteMessage={(i) => t('plans.confirmDelete', { name: areaName(i.areaId) })}
        remove={deleteItem}
        renderForm={(item, saved) => (
          <PlanItemForm
            item={item}
            areas={areas.data ?? []}
            swotCounts={swotCounts}
            onCancel={items.close}
            onSave={async (values) => {
              if (item === null) await createItem.mutateAsync({ ...values, municipalityCode: code });
              else await updateItem.mutateAsync({ ...values, id: item.id });
              saved();
            }}
          />
        )}
      />
      <RowEditorDialogs
        editor={people}
        addTitle={t('plans.individualAddTitle')}
        editTitle={t('plans.individualEditTitle')}
        deleteMessage={(p) => t('plans.confirmDeleteIndividual', { name: p.staffName })}
        remove={deletePerson}
        renderForm={(plan, saved) => (
          <IndividualPlanForm
            plan={plan}
            areas={areas.data ?? []}
            units={municipality.units}
            onCancel={people.close}
            onSave={async (values) => {
              if (plan === null) await createPerson.mutateAsync({ ...values, municipalityCode: code });
              else await updatePerson.mutateAsync({ ...values, id: plan.id });
              saved();
            }}
          />
        )}
      />
    </Stack>
  );
}

/** What answers the need: the picked activity (a link) or the track, the other linked activities, and the note. */
function PlanTarget({ item }: { item: PlanItem }) {
  const { t } = useTranslation();
  const more = item.otherActivityCount > 0 ? t(item.activityId ? 'plans.moreActivities' : 'plans.linkedActivities', { count: item.otherActivityCount }) : null;
  // The note written before the links existed often is the activity's name itself: saying it twice helps no one.
  const note = item.activity && item.activity.trim().toLocaleLowerCase('sv') !== (item.activityName ?? item.trackName ?? '').toLocaleLowerCase('sv') ? item.activity : null;
  const target =
    item.activityId && item.activityName ? (
      <Anchor component={Link} to={`/aktiviteter/${item.activityId}`}>
        {item.activityName}
      </Anchor>
    ) : item.trackName ? (
      t('plans.trackOnly', { track: item.trackName })
    ) : null;
  if (!target && !more && !note) return <>{t('common.none')}</>;
  return (
    <Stack gap={2}>
      {(target ?? more) && (
        <div>
          {target}
          {target && more ? ' ' : null}
          {more}
        </div>
      )}
      {note && (
        <Text size="sm" c="dimmed">
          {note}
        </Text>
      )}
    </Stack>
  );
}
