import { Button, Card, Group, NativeSelect, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepStatuses, type DevelopmentProcess, type ProcessStep, type StepStatus } from '../../../../shared/domain/follow-up';
import type { MunicipalityDetail } from '../../../../shared/domain/municipalities';
import { formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { RowEditorDialogs } from '../../components/RowEditorDialogs';
import { useRowEditor } from '../../components/use-row-editor';
import { ProcessForm, type ProcessValues } from './ProcessForm';
import { StepForm } from './StepForm';
import { useAddStep, useCreateProcess, useDeleteProcess, useDeleteStep, useMoveStep, useRenameProcess, useUpdateStep } from './api';
import { ColumnHeads } from '../../components/ColumnHeads';

/** Utvecklingsprocess on the municipality page: each process as a checklist with its progress, and a new one from the template or empty. */
export function ProcessSection({ municipality }: { municipality: MunicipalityDetail }) {
  const { t } = useTranslation();
  const query = useApiQuery('processes.list', { municipalityCode: municipality.code });
  const create = useCreateProcess();
  const [creating, setCreating] = useState<ProcessValues | null>(null);
  const fromTemplate = (): ProcessValues => ({ name: t('followUp.templates.digital_malbild.name'), templateKey: 'digital_malbild', startedOn: '' });

  return (
    <Stack component="section" aria-labelledby="process-heading" gap="sm" data-testid="development-process">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} id="process-heading">
            {t('followUp.processTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('followUp.processIntro')}
          </Text>
        </div>
        <Group>
          <Button onClick={() => setCreating(fromTemplate())}>{t('followUp.createFromTemplate')}</Button>
          <Button variant="default" onClick={() => setCreating({ name: '', templateKey: '', startedOn: '' })}>
            {t('followUp.createEmpty')}
          </Button>
        </Group>
      </Group>
      {query.error && <ErrorAlert error={query.error} />}
      {query.data?.length === 0 && <Text>{t('followUp.processEmpty')}</Text>}
      {query.data?.map((process) => <ProcessCard key={process.id} process={process} />)}
      <AppModal opened={creating !== null} onClose={() => setCreating(null)} title={t('followUp.newProcessTitle')} size="lg">
        {creating && (
          <ProcessForm
            initial={creating}
            onCancel={() => setCreating(null)}
            onSave={async (values) => {
              await create.mutateAsync({ ...values, municipalityCode: municipality.code });
              notify(t, t('common.saved'));
              setCreating(null);
            }}
          />
        )}
      </AppModal>
    </Stack>
  );
}

function ProcessCard({ process }: { process: DevelopmentProcess }) {
  const { t } = useTranslation();
  const rename = useRenameProcess();
  const remove = useDeleteProcess();
  const addStep = useAddStep();
  const updateStep = useUpdateStep();
  const moveStep = useMoveStep();
  const deleteStep = useDeleteStep();
  const steps = useRowEditor<ProcessStep>();
  const [renaming, setRenaming] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const headingId = `process-${process.id}`;
  const percent = process.total > 0 ? Math.round((process.done / process.total) * 100) : 0;
  const progressText = t('followUp.progress', { done: process.done, total: process.total });
  const setStatus = (step: ProcessStep, status: StepStatus) =>
    updateStep.mutate({ id: step.id, title: step.title, owner: step.owner, dueDate: step.dueDate, status, note: step.note });
  const actionError = updateStep.error ?? moveStep.error ?? rename.error;

  return (
    <Card withBorder component="article" aria-labelledby={headingId} data-process-id={process.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} id={headingId}>
              {process.name}
            </Title>
            {process.startedOn && (
              <Text size="sm" c="dimmed">
                {`${t('followUp.startedOn')}: ${formatIsoDate(process.startedOn)}`}
              </Text>
            )}
          </div>
          <Group gap="xs">
            <Button size="compact-sm" variant="default" onClick={() => setRenaming(true)}>
              {t('followUp.rename')}
            </Button>
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
              {t('followUp.deleteProcess')}
            </Button>
          </Group>
        </Group>
        <div>
          <Text size="sm" data-testid="process-progress">
            {progressText}
          </Text>
          <Progress value={percent} aria-label={t('followUp.progressLabel', { name: process.name })} />
        </div>
        {actionError && <ErrorAlert error={actionError} />}
        {process.steps.length === 0 ? (
          <Text>{t('followUp.noSteps')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table aria-labelledby={headingId} data-testid="process-steps">
              <ColumnHeads labels={[t('followUp.position'), t('followUp.step'), t('followUp.stepStatus'), t('followUp.owner'), t('followUp.dueDate'), t('followUp.stepNote')]} actions />
              <Table.Tbody>
                {process.steps.map((step, i) => (
                  <Table.Tr key={step.id} data-step-id={step.id}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Th scope="row" fw={400}>
                      {step.title}
                    </Table.Th>
                    <Table.Td>
                      <NativeSelect
                        size="xs"
                        w={130}
                        aria-label={t('followUp.statusFor', { title: step.title })}
                        value={step.status}
                        onChange={(e) => setStatus(step, e.currentTarget.value as StepStatus)}
                        data={stepStatuses.map((s) => ({ value: s, label: t(`followUp.stepStatuses.${s}`) }))}
                      />
                    </Table.Td>
                    <Table.Td>{step.owner ?? t('common.none')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{step.dueDate ? formatIsoDate(step.dueDate) : t('common.none')}</Table.Td>
                    <Table.Td>{step.note ?? ''}</Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          disabled={i === 0 || moveStep.isPending}
                          onClick={() => moveStep.mutate({ id: step.id, direction: 'upp' })}
                          aria-label={t('followUp.moveUp', { title: step.title })}
                        >
                          ↑
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          disabled={i === process.steps.length - 1 || moveStep.isPending}
                          onClick={() => moveStep.mutate({ id: step.id, direction: 'ner' })}
                          aria-label={t('followUp.moveDown', { title: step.title })}
                        >
                          ↓
                        </Button>
                        <Button size="compact-sm" variant="default" onClick={() => steps.openEdit(step)} aria-label={`${t('common.edit')} ${step.title}`}>
                          {t('common.edit')}
                        </Button>
                        <Button size="compact-sm" variant="subtle" color="red" onClick={() => steps.askDelete(step)} aria-label={`${t('common.delete')} ${step.title}`}>
                          {t('common.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group>
          <Button size="compact-sm" variant="default" onClick={steps.openNew}>
            {t('followUp.addStep')}
          </Button>
        </Group>
      </Stack>
      <RowEditorDialogs
        editor={steps}
        addTitle={t('followUp.addStepTitle')}
        editTitle={t('followUp.editStepTitle')}
        deleteMessage={(s) => t('followUp.confirmDeleteStep', { name: s.title })}
        remove={deleteStep}
        renderForm={(step, saved) => (
          <StepForm
            step={step}
            onCancel={steps.close}
            onSave={async (values) => {
              if (step === null) await addStep.mutateAsync({ ...values, processId: process.id });
              else await updateStep.mutateAsync({ ...values, id: step.id });
              saved();
            }}
          />
        )}
      />
      <AppModal opened={renaming} onClose={() => setRenaming(false)} title={t('followUp.renameTitle')}>
        {renaming && (
          <ProcessForm
            nameOnly
            initial={{ name: process.name, templateKey: process.templateKey ?? '', startedOn: process.startedOn ?? '' }}
            onCancel={() => setRenaming(false)}
            onSave={async (values) => {
              await rename.mutateAsync({ id: process.id, name: values.name });
              notify(t, t('common.saved'));
              setRenaming(false);
            }}
          />
        )}
      </AppModal>
      <ConfirmDeleteModal
        opened={confirmDelete}
        message={t('followUp.confirmDeleteProcess', { name: process.name })}
        loading={remove.isPending}
        error={remove.error?.message ?? null}
        onCancel={() => {
          remove.reset();
          setConfirmDelete(false);
        }}
        onConfirm={() => remove.mutate({ id: process.id }, { onSuccess: () => setConfirmDelete(false) })}
      />
    </Card>
  );
}
