import { Anchor, Badge, List, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeerLearningMunicipality, SwotMappingFilter } from '../../../../shared/domain/mapping';
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
  const label = (m: PeerLearningMunicipality) => t('mapping.peerCount', { name: m.name, count: m.noteCount });
  const municipality = (m: PeerLearningMunicipality) => (
    <Anchor component={Link} to={`/kommuner/${m.code}`}>
      {label(m)}
    </Anchor>
  );
  const areas = (peers.data?.areas ?? []).filter((a) => a.strong.length > 0 && a.needing.length > 0);

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
                  </Table.Th>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <List size="sm" listStyleType="none" spacing={2}>
                      {a.strong.map((m) => (
                        <List.Item key={m.code}>{municipality(m)}</List.Item>
                      ))}
                    </List>
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
