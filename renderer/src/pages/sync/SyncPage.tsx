import { Alert, Button, Code, Group, List, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SyncResult, SyncStatus } from '../../../../shared/domain/sync';
import { formatInteger, formatTimestamp } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';
import { useConfigureSync, useRunSync } from './api';

function SettingsForm({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const configure = useConfigureSync();
  const { register, handleSubmit, setError, getValues, formState, reset } = useForm({ defaultValues: { folder: status.folder ?? '', person: status.person } });
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, ['folder', 'person'], async (values) => {
    await configure.mutateAsync(values);
    notify(t, t('sync.saved'));
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('sync.settings')}>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('sync.folder')} description={t('sync.folderHint')} withAsterisk {...register('folder')} error={fieldError(formState.errors.folder)} />
        <TextInput label={t('sync.person')} description={t('sync.personHint')} withAsterisk {...register('person')} error={fieldError(formState.errors.person)} />
        <Group>
          <Button type="submit" loading={formState.isSubmitting}>
            {t('sync.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ResultView({ result }: { result: SyncResult }) {
  const { t } = useTranslation();
  return (
    <Stack data-testid="sync-result">
      <Title order={2} size="h3">
        {t('sync.result')}
      </Title>
      <Text>
        {t('sync.written', { count: result.written, formatted: formatInteger(result.written) })} {t('sync.filesRead', { count: result.filesRead, formatted: formatInteger(result.filesRead) })}
      </Text>
      <Title order={3} size="h4">
        {t('sync.incoming')}
      </Title>
      {result.applied.length === 0 ? (
        <Text>{t('sync.nothingIncoming')}</Text>
      ) : (
        <Table striped data-testid="sync-applied">
          <Table.Caption>{t('sync.incoming')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sync.personCol')}</Table.Th>
              <Table.Th scope="col">{t('sync.area')}</Table.Th>
              <Table.Th scope="col">{t('sync.rows')}</Table.Th>
              <Table.Th scope="col">{t('sync.fields')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.applied.map((a) => (
              <Table.Tr key={`${a.site}-${a.area}`}>
                <Table.Td>{a.person}</Table.Td>
                <Table.Td>{a.area}</Table.Td>
                <Table.Td>{a.rows}</Table.Td>
                <Table.Td>{a.fields}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {result.warnings.length > 0 && (
        <Alert color="yellow" title={<Text fw={700}>{t('sync.warnings')}</Text>}>
          <List size="sm">
            {result.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {result.conflicts.length > 0 && (
        <Table striped data-testid="sync-conflicts">
          <Table.Caption>{t('sync.conflicts')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sync.area')}</Table.Th>
              <Table.Th scope="col">{t('sync.field')}</Table.Th>
              <Table.Th scope="col">{t('sync.localValue')}</Table.Th>
              <Table.Th scope="col">{t('sync.remoteValue')}</Table.Th>
              <Table.Th scope="col">{t('sync.winner')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.conflicts.map((c) => (
              <Table.Tr key={`${c.tbl}-${c.rowId}-${c.field}`}>
                <Table.Td>{c.area}</Table.Td>
                <Table.Td>
                  <Code>{c.field}</Code>
                </Table.Td>
                <Table.Td>{String(c.localValue ?? '–')}</Table.Td>
                <Table.Td>{String(c.remoteValue ?? '–')}</Table.Td>
                <Table.Td>{c.winner === 'local' ? t('sync.winnerLocal') : t('sync.winnerRemote', { person: c.remotePerson })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** Synkronisering: the shared folder, this computer's name, and a sync with what came in. */
export function SyncPage() {
  const { t } = useTranslation();
  const status = useApiQuery('sync.status', {});
  const run = useRunSync();
  const [result, setResult] = useState<SyncResult | null>(null);

  if (status.error) return <ErrorAlert error={status.error} />;
  if (!status.data) return <Loader aria-label={t('common.loading')} />;
  const s = status.data;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('sync.title')}</Title>
        <Text c="dimmed">{t('sync.intro')}</Text>
      </div>
      <Title order={2} size="h3">
        {t('sync.status')}
      </Title>
      <Text>
        {t('sync.siteId')}: {s.siteId ? <Code>{s.siteId}</Code> : t('sync.siteIdPending')}
      </Text>
      <Text>
        {t('sync.lastSync')}: {s.lastSync ? formatTimestamp(s.lastSync) : t('sync.never')}
      </Text>
      <Text data-testid="sync-pending">{t('sync.pending', { count: s.pending, formatted: formatInteger(s.pending) })}</Text>
      <Group>
        <Button
          loading={run.isPending}
          disabled={!s.folder}
          onClick={async () => {
            setResult(await run.mutateAsync({}));
          }}
        >
          {t('sync.run')}
        </Button>
        {!s.folder && <Text c="dimmed">{t('sync.noFolder')}</Text>}
        {run.isPending && <Text role="status">{t('sync.running')}</Text>}
      </Group>
      {run.error && <ErrorAlert error={run.error} />}
      {result && <ResultView result={result} />}
      <Title order={2} size="h3">
        {t('sync.settings')}
      </Title>
      <SettingsForm status={s} />
    </Stack>
  );
}
