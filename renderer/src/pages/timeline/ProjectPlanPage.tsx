import { Checkbox, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Milestone, ProjectPhase, ReportingPeriod } from '../../../../shared/domain/project';
import { formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MilestoneForm } from './MilestoneForm';
import { PlanSection } from './PlanSection';
import { RangeForm } from './RangeForm';
import { useCreateMilestone, useCreatePeriod, useCreatePhase, useDeleteMilestone, useDeletePeriod, useDeletePhase, useUpdateMilestone, useUpdatePeriod, useUpdatePhase } from './api';

/** Projektplan: the phases, milestones and reporting periods the Tidsplan draws, as editable tables. */
export function ProjectPlanPage() {
  const { t } = useTranslation();
  const plan = useApiQuery('project.get', {});
  const createPhase = useCreatePhase();
  const updatePhase = useUpdatePhase();
  const removePhase = useDeletePhase();
  const createMilestone = useCreateMilestone();
  const updateMilestone = useUpdateMilestone();
  const removeMilestone = useDeleteMilestone();
  const createPeriod = useCreatePeriod();
  const updatePeriod = useUpdatePeriod();
  const removePeriod = useDeletePeriod();

  const date = (iso: string) => formatIsoDate(iso);
  const toggleDone = (m: Milestone) => updateMilestone.mutate({ id: m.id, name: m.name, date: m.date, done: !m.done, note: m.note });

  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('timeline.project.title')}</Title>
        <Text c="dimmed">{t('timeline.project.intro')}</Text>
      </div>
      {plan.error && <ErrorAlert error={plan.error} />}
      {plan.isPending && <Loader aria-label={t('common.loading')} />}
      {plan.data && (
        <>
          <PlanSection<ProjectPhase>
            testId="phases-section"
            title={t('timeline.project.phases')}
            addLabel={t('timeline.project.addPhase')}
            addTitle={t('timeline.project.newPhase')}
            editTitle={t('timeline.project.editPhase')}
            empty={t('timeline.project.emptyPhases')}
            rows={plan.data.phases}
            nameHeader={t('timeline.project.name')}
            columns={[
              { header: t('timeline.project.startDate'), cell: (p) => date(p.startDate) },
              { header: t('timeline.project.endDate'), cell: (p) => date(p.endDate) },
            ]}
            deleteMessage={(p) => t('timeline.project.confirmDeletePhase', { name: p.name })}
            remove={removePhase}
            renderForm={(phase, saved, close) => (
              <RangeForm
                initial={phase}
                withDueDate={false}
                label={phase ? t('timeline.project.editPhase') : t('timeline.project.newPhase')}
                onCancel={close}
                onSave={async ({ name, startDate, endDate }) => {
                  if (phase) await updatePhase.mutateAsync({ id: phase.id, name, startDate, endDate });
                  else await createPhase.mutateAsync({ name, startDate, endDate });
                  saved();
                }}
              />
            )}
          />
          {updateMilestone.error && <ErrorAlert error={updateMilestone.error} />}
          <PlanSection<Milestone>
            testId="milestones-section"
            title={t('timeline.project.milestones')}
            addLabel={t('timeline.project.addMilestone')}
            addTitle={t('timeline.project.newMilestone')}
            editTitle={t('timeline.project.editMilestone')}
            empty={t('timeline.project.emptyMilestones')}
            rows={plan.data.milestones}
            nameHeader={t('timeline.project.name')}
            columns={[
              { header: t('timeline.project.date'), cell: (m) => date(m.date) },
              {
                header: t('timeline.project.done'),
                cell: (m) => (
                  <Checkbox
                    checked={m.done}
                    onChange={() => toggleDone(m)}
                    disabled={updateMilestone.isPending}
                    aria-label={t('timeline.project.doneLabel', { name: m.name })}
                  />
                ),
              },
              { header: t('timeline.project.note'), cell: (m) => m.note ?? t('common.none') },
            ]}
            deleteMessage={(m) => t('timeline.project.confirmDeleteMilestone', { name: m.name })}
            remove={removeMilestone}
            renderForm={(milestone, saved, close) => (
              <MilestoneForm
                milestone={milestone}
                onCancel={close}
                onSave={async (values) => {
                  if (milestone) await updateMilestone.mutateAsync({ ...values, id: milestone.id });
                  else await createMilestone.mutateAsync(values);
                  saved();
                }}
              />
            )}
          />
          <PlanSection<ReportingPeriod>
            testId="periods-section"
            title={t('timeline.project.periods')}
            addLabel={t('timeline.project.addPeriod')}
            addTitle={t('timeline.project.newPeriod')}
            editTitle={t('timeline.project.editPeriod')}
            empty={t('timeline.project.emptyPeriods')}
            rows={plan.data.periods}
            nameHeader={t('timeline.project.name')}
            columns={[
              { header: t('timeline.project.startDate'), cell: (p) => date(p.startDate) },
              { header: t('timeline.project.endDate'), cell: (p) => date(p.endDate) },
              { header: t('timeline.project.dueDate'), cell: (p) => date(p.dueDate) },
            ]}
            deleteMessage={(p) => t('timeline.project.confirmDeletePeriod', { name: p.name })}
            remove={removePeriod}
            renderForm={(period, saved, close) => (
              <RangeForm
                initial={period}
                withDueDate
                label={period ? t('timeline.project.editPeriod') : t('timeline.project.newPeriod')}
                onCancel={close}
                onSave={async (values) => {
                  if (period) await updatePeriod.mutateAsync({ ...values, id: period.id });
                  else await createPeriod.mutateAsync(values);
                  saved();
                }}
              />
            )}
          />
        </>
      )}
    </Stack>
  );
}
