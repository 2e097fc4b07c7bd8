import { Anchor, Box, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity, NeedCoverage } from '../../../../shared/domain/activities';
import type { MunicipalitySummary } from '../../../../shared/domain/municipalities';
import type { CompetenceArea } from '../../../../shared/domain/swot';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { formatHours, sessionLength } from './attendance-grid';

const money = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

interface Props {
  activity: Activity;
  areas: CompetenceArea[];
  municipalities: MunicipalitySummary[];
  needs: NeedCoverage[];
}

/** The activity's facts, its sessions and the needs it answers, read-only. */
export function ActivityDetails({ activity, areas, municipalities, needs }: Props) {
  const { t } = useTranslation();
  const none = t('common.none');
  const areaNames = areas.filter((a) => activity.areaIds.includes(a.id)).map((a) => a.name);
  const municipalityName = (code: string | null) => municipalities.find((m) => m.code === code)?.name ?? none;
  const linked = needs.filter((n) => activity.needIds.includes(n.planItemId));
  const facts: [string, string][] = [
    [t('activities.form.provider'), activity.provider ?? none],
    [t('activities.page.cost'), activity.cost === null ? none : `${money.format(activity.cost)} ${t('activities.form.costUnit')}`],
    [t('activities.form.capacity'), activity.capacity === null ? none : formatInteger(activity.capacity)],
    [t('activities.page.areas'), areaNames.join(', ') || none],
  ];

  return (
    <Stack gap="lg">
      <section aria-labelledby="facts-heading">
        <Title order={2} id="facts-heading" mb="xs">
          {t('activities.page.facts')}
        </Title>
        <Box component="dl" style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 24, rowGap: 4, margin: 0 }}>
          {facts.map(([label, value]) => (
            <Box key={label} style={{ display: 'contents' }}>
              <Text component="dt" fw={600}>
                {label}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </Box>
          ))}
        </Box>
        {activity.description && (
          <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {activity.description}
          </Text>
        )}
      </section>

      <section aria-labelledby="session-list-heading">
        <Title order={2} id="session-list-heading" mb="xs">
          {t('activities.form.sessions')}
        </Title>
        {activity.sessions.length === 0 ? (
          <Text>{t('activities.form.noSessions')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table striped data-testid="session-list">
              <Table.Caption>{t('activities.page.sessionsCaption', { name: activity.name })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('activities.form.date')}</Table.Th>
                  <Table.Th scope="col">{t('activities.page.time')}</Table.Th>
                  <Table.Th scope="col">{t('activities.form.place')}</Table.Th>
                  <Table.Th scope="col">{t('activities.form.municipality')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {activity.sessions.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{formatIsoDate(s.date)}</Table.Td>
                    <Table.Td>{`${s.startTime}–${s.endTime} (${t('activities.page.hours', { hours: formatHours(sessionLength(s)) })})`}</Table.Td>
                    <Table.Td>{s.place}</Table.Td>
                    <Table.Td>{municipalityName(s.municipalityCode)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>

      <section aria-labelledby="needs-heading">
        <Title order={2} id="needs-heading" mb="xs">
          {t('activities.page.needs')}
        </Title>
        {linked.length === 0 ? (
          <Text>{t('activities.page.noNeeds')}</Text>
        ) : (
          <List data-testid="linked-needs">
            {linked.map((n) => (
              <List.Item key={n.planItemId}>
                <Anchor component={Link} to={`/kommuner/${n.municipalityCode}`}>
                  {n.municipalityName}
                </Anchor>
                {` – ${n.areaName}: ${n.goal}`}
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </Stack>
  );
}
