import { Anchor, Badge, Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeerLearningArea, PeerLearningMunicipality, SwotMappingFilter } from '../../../../shared/domain/mapping';
import { formatInteger } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * "Lära av varandra": for each area, who is strong in it and who needs it,
 * so the project can pair libraries for peer learning. Shown as a table (one
 * row per area) — it is read and compared, not looked at as a picture.
 */
export function PeerLearningSection({ filter }: { filter: SwotMappingFilter }) {
  const { t } = useTranslation();
  const headingId = useId();
  const peers = useApiQuery('swotMapping.peerLearning', filter, { keepPrevious: true });
  // The first read holds the strongest and neediest few per area; one area's whole lists come when asked for.
  const [openArea, setOpenArea] = useState<string | null>(null);
  const whole = useApiQuery('swotMapping.peerLearning', { ...filter, areaId: openArea ?? undefined }, { enabled: openArea !== null });
  const shown = (a: PeerLearningArea) => (a.areaId === openArea ? (whole.data?.areas.find((w) => w.areaId === a.areaId) ?? a) : a);
  const more = (count: number) =>
    count > 0 && (
      <Text size="xs" c="dimmed" component="div">
        {t('mapping.peerMore', { count: formatInteger(count) })}
      </Text>
    );
  const label = (m: PeerLearningMunicipality) => t('mapping.peerCount', { name: m.name, count: m.noteCount });
  const municipality = (m: PeerLearningMunicipality) => (
    <Anchor component={Link} to={`/kommuner/${m.code}`}>
      {label(m)}
    </Anchor>
  );
  const areas = (peers.data?.areas ?? []).filter((a) => a.strongCount > 0 && a.needingCount > 0).map(shown);

  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs" data-testid="peer-learning">
      <Title order={2} size="h3" id={headingId}>
        {t('mapping.peerTitle')}
      </Title>
      <Text c="dimmed">{t('mapping.peerIntro')}</Text>
      {peers.error && <ErrorAlert error={peers.error} />}
      {peers.data && areas.length === 0 && <Text>{t('mapping.peerEmpty')}</Text>}
      {areas.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table withTableBorder verticalSpacing="xs" aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('mapping.area')}</Table.Th>
                <Table.Th scope="col">{t('mapping.peerStrong')}</Table.Th>
                <Table.Th scope="col">{t('mapping.peerNeeding')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {areas.map((a) => (
                <Table.Tr key={a.areaId}>
                  <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                    {a.areaName}
                    {(a.strongCount > a.strong.length || a.needingCount > a.pairs.length || a.areaId === openArea) && (
                      <Button
                        variant="subtle"
                        size="compact-xs"
                        display="block"
                        mt={4}
                        loading={a.areaId === openArea && whole.isFetching}
                        onClick={() => setOpenArea(a.areaId === openArea ? null : a.areaId)}
                      >
                        {t(a.areaId === openArea ? 'mapping.peerShowFewer' : 'mapping.peerShowAll', { area: a.areaName })}
                      </Button>
                    )}
                  </Table.Th>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <List size="sm" listStyleType="none" spacing={2}>
                      {a.strong.map((m) => (
                        <List.Item key={m.code}>{municipality(m)}</List.Item>
                      ))}
                    </List>
                    {more(a.strongCount - a.strong.length)}
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <List size="sm" listStyleType="none" spacing={6}>
                      {a.pairs.map((p) => (
                        <List.Item key={p.need.code}>
                          {municipality(p.need)}
                          <Text size="xs" c="dimmed" component="div">
                            {p.partners.length === 0
                              ? t('mapping.peerNoPartner')
                              : `${t('mapping.peerPartners')}: `}
                            {p.partners.map((partner, i) => (
                              <span key={partner.code}>
                                {i > 0 && ', '}
                                {partner.name}
                                {partner.sameCounty && (
                                  <Badge size="xs" variant="light" ml={4} color="teal.9">
                                    {t('mapping.peerSameCounty')}
                                  </Badge>
                                )}
                              </span>
                            ))}
                          </Text>
                        </List.Item>
                      ))}
                    </List>
                    {more(a.needingCount - a.pairs.length)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
