import { Anchor, Badge, Button, Loader, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countyCodes, type CountyCode } from '../../../../shared/domain/municipalities';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  countyCode: CountyCode | undefined;
  onCounty: (code: string | null) => void;
}

/** Every need in the municipality plans with its number of activities; the unanswered ones first, marked in words. */
export function CoverageTab({ countyCode, onCounty }: Props) {
  const { t } = useTranslation();
  const counties = useApiQuery('counties.list', {});
  const coverage = useApiQuery('activities.coverage', { countyCode }, { keepPrevious: true });
  // Stable sort: the server's municipality and area order stays within each half.
  const needs = [...(coverage.data ?? [])].sort((a, b) => Number(a.activityCount > 0) - Number(b.activityCount > 0));
  const uncovered = needs.filter((n) => n.activityCount === 0).length;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('activities.coverage.intro')}
      </Text>
      <NativeSelect
        label={t('activities.coverage.county')}
        maw={260}
        value={countyCode ?? ''}
        onChange={(e) => onCounty(countyCodes.find((c) => c === e.currentTarget.value) ?? null)}
        data={[{ value: '', label: t('activities.coverage.allCounties') }, ...(counties.data ?? []).map((c) => ({ value: c.code, label: c.name }))]}
      />
      {coverage.error && <ErrorAlert error={coverage.error} />}
      {coverage.isPending && <Loader aria-label={t('common.loading')} />}
      {coverage.data && needs.length === 0 && <Text>{t('activities.coverage.empty')}</Text>}
      {needs.length > 0 && (
        <>
          <Text fw={600} role="status">
            {t('activities.coverage.summary', { uncovered, total: needs.length })}
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table striped data-testid="coverage-table">
              <Table.Caption>{t('activities.coverage.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('activities.coverage.municipality')}</Table.Th>
                  <Table.Th scope="col">{t('activities.coverage.area')}</Table.Th>
                  <Table.Th scope="col">{t('activities.coverage.goal')}</Table.Th>
                  <Table.Th scope="col">{t('activities.coverage.activities')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {needs.map((n) => {
                  const need = t('activities.form.needLabel', { municipality: n.municipalityName, area: n.areaName, goal: n.goal });
                  return (
                    <Table.Tr key={n.planItemId} data-need-id={n.planItemId} data-covered={n.activityCount > 0}>
                      <Table.Td>
                        <Anchor component={Link} to={`/kommuner/${n.municipalityCode}`}>
                          {n.municipalityName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{n.areaName}</Table.Td>
                      <Table.Td>{n.goal}</Table.Td>
                      <Table.Td>
                        {n.activityCount === 0 ? (
                          <Stack gap={2} align="flex-start">
                            <Badge color="orange" variant="light" c="dark">
                              {`⚠ ${t('activities.coverage.uncovered')}`}
                            </Badge>
                            {/* The plan may already name the track the activity is to come from. */}
                            {n.trackName && <Text size="sm">{t('plans.trackOnly', { track: n.trackName })}</Text>}
                          </Stack>
                        ) : (
                          <Stack gap={2}>
                            <span>{t('activities.coverage.covered', { count: n.activityCount })}</span>
                            <Text size="sm" c="dimmed">
                              {n.activityNames.join(', ')}
                            </Text>
                          </Stack>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          component={Link}
                          to={`/aktiviteter/ny?behov=${n.planItemId}`}
                          size="compact-sm"
                          variant={n.activityCount === 0 ? 'light' : 'subtle'}
                          aria-label={t('activities.coverage.createLabel', { need })}
                        >
                          {t('activities.coverage.create')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
