import { NativeSelect, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { breakdownKinds, type BreakdownKind, type SurveyRound } from '../../../../shared/domain/surveys';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ChartLegend } from '../mapping/ChartLegend';
import { ChartSection } from '../mapping/ChartSection';
import { percent, signedPoints } from './percent';

/* Both fills reach 3:1 against white; the legend and the table carry the meaning too. */
const beforeFill = '#868E96';
const afterFill = '#1C7ED6';

/** Before/after: the share agreeing in the compare round and this one, per question (and group), with the change in percentage points. */
export function CompareSection({ round }: { round: SurveyRound }) {
  const { t } = useTranslation();
  const [by, setBy] = useState<BreakdownKind>('total');
  const query = useApiQuery('surveyRounds.compare', { roundId: round.id, by });
  const rows = query.data?.rows ?? [];
  const shown = rows.flatMap((r) => (r.tooFew ? [] : [{ ...r, label: by === 'total' ? r.code : `${r.code} ${r.label}` }]));
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('surveys.page.compare.by')}
        value={by}
        onChange={(e) => setBy(e.currentTarget.value as BreakdownKind)}
        data={breakdownKinds.map((b) => ({ value: b, label: b === 'total' ? t('surveys.results.allResponses') : t(`surveys.backgrounds.${b}`) }))}
        w={220}
      />
      {query.error && <ErrorAlert error={query.error} />}
      <ChartSection
        testId="compare-chart"
        title={t('surveys.page.compare.title')}
        intro={t('surveys.page.compare.intro', { before: round.compareRoundName ?? '' })}
        alt={t('surveys.page.compare.alt', { summary: shown.map((r) => `${r.label}: ${percent(r.before)} → ${percent(r.after)} %`).join(', ') })}
        chart={
          <BarChart width={820} height={260} data={shown} accessibilityLayer={false} margin={{ top: 16, left: 8, right: 16 }}>
            <CartesianGrid vertical={false} stroke="#dee2e6" />
            <XAxis dataKey="label" tick={{ fill: '#212529', fontSize: 12 }} />
            <YAxis domain={[0, 100]} unit=" %" tick={{ fill: '#212529' }} />
            <Tooltip itemStyle={{ color: '#212529' }} />
            <ChartLegend />
            <Bar dataKey="before" name={t('surveys.page.compare.before')} fill={beforeFill} isAnimationActive={false} />
            <Bar dataKey="after" name={t('surveys.page.compare.after')} fill={afterFill} isAnimationActive={false} />
          </BarChart>
        }
        table={
          <Table data-testid="compare-table">
            <Table.Caption>{t('surveys.page.compare.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('surveys.page.results.question')}</Table.Th>
                {by !== 'total' && <Table.Th scope="col">{t('surveys.page.results.group')}</Table.Th>}
                <Table.Th scope="col">{t('surveys.page.compare.before')}</Table.Th>
                <Table.Th scope="col">{t('surveys.page.compare.after')}</Table.Th>
                <Table.Th scope="col">{t('surveys.page.compare.change')}</Table.Th>
                <Table.Th scope="col">{t('surveys.page.compare.direction')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={`${r.questionId}:${r.key}`}>
                  <Table.Th scope="row" title={r.text}>
                    {r.code}
                  </Table.Th>
                  {by !== 'total' && <Table.Td>{r.label}</Table.Td>}
                  {r.tooFew ? (
                    <Table.Td colSpan={4}>{t('surveys.results.tooFew')}</Table.Td>
                  ) : (
                    <>
                      <Table.Td>{percent(r.before)} % (n = {r.nBefore})</Table.Td>
                      <Table.Td>{percent(r.after)} % (n = {r.nAfter})</Table.Td>
                      <Table.Td>{t('surveys.page.compare.changePoints', { change: signedPoints(r.change) })}</Table.Td>
                      <Table.Td>{t(`surveys.directions.${r.direction}`)}</Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
    </Stack>
  );
}
