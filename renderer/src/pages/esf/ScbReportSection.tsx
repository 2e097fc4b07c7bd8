import { Alert, Anchor, Button, Group, List, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { scbExportInput } from '../../../../shared/domain/esf';
import type { ReportingPeriod } from '../../../../shared/domain/project';
import type { ScbMonthPreview, ScbPersonWithoutNumber, ScbStatus } from '../../../../shared/domain/scb';
import { formatInteger, formatTimestamp } from '../../../../shared/format';
import { ApiFailure } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/files';
import { notify } from '../../components/notify';
import { formatMonth } from '../participants/format';
import { monthOf } from './format';
import { useExportScbParticipants } from './api';

/** How many people the warning names before "och X till": enough to act on, short enough to read. */
const NAMED_LIMIT = 20;

const monthSchema = scbExportInput.shape.month;

interface MissingPerson {
  participantId: string;
  name: string;
  municipalityName: string;
  reasons: ScbPersonWithoutNumber['reason'][];
}

/** The preview has one entry per row of the file; the warning names each person once, with both reasons when they start and end in the month. */
function byPerson(rows: readonly ScbPersonWithoutNumber[]): MissingPerson[] {
  const people = new Map<string, MissingPerson>();
  for (const r of rows) {
    const person = people.get(r.participantId);
    if (person) person.reasons.push(r.reason);
    else people.set(r.participantId, { participantId: r.participantId, name: r.name, municipalityName: r.municipalityName, reasons: [r.reason] });
  }
  return [...people.values()];
}

/** The month field's message from the server, when the error is about it. */
function monthFieldError(error: unknown): string | undefined {
  return error instanceof ApiFailure ? error.error.fieldErrors?.month : undefined;
}

/**
 * The SCB monthly participant report: pick a month, see what the file will
 * hold and who in it lacks a personnummer, export, and keep track of which
 * months were sent and which must be sent again after a correction.
 */
export function ScbReportSection({ period }: { period: ReportingPeriod }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [month, setMonth] = useState(monthOf(period.endDate));
  // A half-typed month is not wrong yet; it is once the field is left or the user tries to export.
  const [touched, setTouched] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const trimmed = month.trim();
  const parsed = monthSchema.safeParse(trimmed);
  const preview = useApiQuery('reports.scbPreview', { month: trimmed }, { enabled: parsed.success });
  const status = useApiQuery('reports.scbStatus', {});
  const exportFile = useExportScbParticipants();

  const clientError = !parsed.success && (touched || trimmed.length >= 7) ? t(parsed.error.issues[0]?.message ?? 'validation.month') : undefined;
  const serverError = monthFieldError(preview.error) ?? monthFieldError(exportFile.error);
  const fieldError = clientError ?? serverError;
  const otherErrors = [preview.error, exportFile.error].filter((e) => e && !monthFieldError(e));

  const changeMonth = (value: string) => {
    setMonth(value);
    setTouched(false);
    // An old export error belongs to the month it was about.
    exportFile.reset();
  };

  const run = async () => {
    setTouched(true);
    if (!parsed.success) {
      input.current?.focus();
      return;
    }
    try {
      const file = await exportFile.mutateAsync({ month: trimmed });
      saveFile(file);
      // The log has the counts of the file as written; the refresh above has already fetched it.
      const logged = queryClient.getQueryData<ScbStatus>(['reports.scbStatus', {}])?.exports.find((e) => e.month === trimmed);
      const rows = logged?.rows ?? preview.data?.rows ?? 0;
      const without = logged?.withoutPersonnummer ?? preview.data?.withoutPersonnummer.length ?? 0;
      notify(t, savedMessage(t, trimmed, rows, without));
    } catch {
      // Shown from the mutation's error, on the field when it is about the month.
    }
  };

  const data = parsed.success ? preview.data : undefined;
  const missing = data ? byPerson(data.withoutPersonnummer) : [];

  return (
    <Stack component="section" aria-labelledby="scb-title" gap="md" data-testid="scb-report">
      <Title order={2} size="h3" id="scb-title">
        {t('scb.title')}
      </Title>
      <Text>{t('scb.intro')}</Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <Stack gap="sm">
          <Group align="flex-start">
            <TextInput
              ref={input}
              label={t('scb.month')}
              description={t('scb.monthHint')}
              placeholder="ÅÅÅÅ-MM"
              value={month}
              onChange={(e) => changeMonth(e.currentTarget.value)}
              onBlur={() => setTouched(true)}
              error={fieldError}
              autoComplete="off"
              w={240}
            />
          </Group>
          {parsed.success && preview.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
          {data && <MonthPreview preview={data} missing={missing} />}
          {otherErrors.map((e, i) => (
            <ErrorAlert key={i} error={e} />
          ))}
          <Group>
            <Button type="submit" loading={exportFile.isPending} disabled={parsed.success && preview.isPending}>
              {missing.length > 0 ? t('scb.exportAnyway') : t('scb.export')}
            </Button>
          </Group>
        </Stack>
      </form>
      {status.error && <ErrorAlert error={status.error} />}
      {status.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {status.data && <ScbStatusView status={status.data} onChoose={changeMonth} />}
    </Stack>
  );
}

function savedMessage(t: TFunction, month: string, rows: number, without: number): string {
  const saved = t('scb.saved', { count: rows, formatted: formatInteger(rows), month: formatMonth(month) });
  const numbers = without > 0 ? t('scb.savedWithout', { count: without, formatted: formatInteger(without) }) : t('scb.savedAllNumbered');
  return `${saved} ${numbers}`;
}

function MonthPreview({ preview, missing }: { preview: ScbMonthPreview; missing: MissingPerson[] }) {
  const { t } = useTranslation();
  const month = formatMonth(preview.month);
  const [latest] = preview.exportedAt;
  const named = missing.slice(0, NAMED_LIMIT);
  const more = missing.length - named.length;
  return (
    <Stack gap="xs" data-testid="scb-preview" aria-live="polite">
      <Text>
        {preview.rows === 0
          ? t('scb.empty', { month })
          : t('scb.summary', {
              count: preview.rows,
              formatted: formatInteger(preview.rows),
              starting: formatInteger(preview.starting),
              ending: formatInteger(preview.ending),
              month,
            })}
      </Text>
      {latest !== undefined && (
        <Text>{t('scb.exportedBefore', { count: preview.exportedAt.length, formatted: formatInteger(preview.exportedAt.length), when: formatTimestamp(latest) })}</Text>
      )}
      {missing.length > 0 && (
        <Alert
          color="yellow"
          title={t('scb.missingTitle')}
          data-testid="scb-missing"
          // Mantine's yellow title is too pale on the yellow background (WCAG AA), as on the other warnings.
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          <Stack gap="xs">
            <Text>{t('scb.missing', { count: missing.length, formatted: formatInteger(missing.length) })}</Text>
            <List spacing={2}>
              {named.map((p) => (
                <List.Item key={p.participantId}>
                  <Anchor component={Link} to={`/deltagare/${p.participantId}`}>
                    {t('scb.missingPerson', {
                      name: p.name || t('scb.unnamed'),
                      municipality: p.municipalityName,
                      reasons: p.reasons.map((r) => t(`scb.reasons.${r}`)).join(', '),
                    })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
            {more > 0 && <Text>{t('scb.moreMissing', { count: more, formatted: formatInteger(more) })}</Text>}
            <Text size="sm">{t('scb.missingHint')}</Text>
            <Anchor component={Link} to="/deltagare">
              {t('scb.toParticipants')}
            </Anchor>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

function ScbStatusView({ status, onChoose }: { status: ScbStatus; onChoose: (month: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Stack gap="xs" component="section" aria-labelledby="scb-resend-title" data-testid="scb-resend">
        <Title order={3} size="h4" id="scb-resend-title">
          {t('scb.resend.title')}
        </Title>
        <Text size="sm">{t('scb.resend.intro')}</Text>
        {status.resend.length === 0 ? (
          <Text>{t('scb.resend.none')}</Text>
        ) : (
          <List spacing="xs">
            {status.resend.map((r) => (
              <List.Item key={r.month}>
                <Group gap="sm" wrap="nowrap">
                  <Text>
                    {t('scb.resend.item', {
                      count: r.participants,
                      formatted: formatInteger(r.participants),
                      month: formatMonth(r.month),
                      exportedAt: formatTimestamp(r.lastExportedAt),
                      changedAt: formatTimestamp(r.changedSince),
                    })}
                  </Text>
                  <Button size="compact-sm" variant="light" onClick={() => onChoose(r.month)}>
                    {t('scb.resend.choose', { month: formatMonth(r.month) })}
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="scb-log-title">
        <Title order={3} size="h4" id="scb-log-title">
          {t('scb.log.title')}
        </Title>
        {status.exports.length === 0 ? (
          <Text>{t('scb.log.empty')}</Text>
        ) : (
          <Table data-testid="scb-log" striped>
            <Table.Caption>{t('scb.log.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('scb.log.month')}</Table.Th>
                <Table.Th scope="col">{t('scb.log.exportedAt')}</Table.Th>
                <Table.Th scope="col">{t('scb.log.rows')}</Table.Th>
                <Table.Th scope="col">{t('scb.log.without')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {status.exports.map((e, i) => (
                <Table.Tr key={`${e.exportedAt}-${i}`}>
                  <Table.Th scope="row">{formatMonth(e.month)}</Table.Th>
                  <Table.Td>{formatTimestamp(e.exportedAt)}</Table.Td>
                  <Table.Td>{formatInteger(e.rows)}</Table.Td>
                  <Table.Td>{formatInteger(e.withoutPersonnummer)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </>
  );
}
