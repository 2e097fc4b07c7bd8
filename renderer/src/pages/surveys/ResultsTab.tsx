import { Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Questionnaire, QuestionResult, RoundResults, SurveyRound } from '../../../../shared/domain/surveys';
import { formatInteger } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ChartSection } from '../mapping/ChartSection';
import { CompareSection } from './CompareSection';
import { FreeTextModal } from './FreeTextModal';
import { percent } from './percent';

type By = 'lan' | 'kommun' | 'roll';
const barFill = '#1C7ED6';

/** Resultat: each question's share agreeing with n and the response rate, its distribution, a breakdown, free text, and before/after. */
export function ResultsTab({ round, questionnaire }: { round: SurveyRound; questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const results = useApiQuery('surveyRounds.results', { roundId: round.id });
  const [by, setBy] = useState<By | ''>('');
  const [freeText, setFreeText] = useState<QuestionResult | null>(null);
  if (results.error) return <ErrorAlert error={results.error} />;
  if (!results.data) return null;
  const data = results.data;
  const background = new Set(questionnaire.sections.flatMap((s) => s.questions).filter((q) => q.background !== null).map((q) => q.id));
  // A background question shows its distribution when it has one; its free text (municipality names) and a county left unanswered
  // (the round's own county) are the breakdowns' business, not results of their own.
  const shown = (q: QuestionResult) => !background.has(q.questionId) || (!q.tooFew && q.kind !== 'fritext');
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Text data-testid="results-summary">
          {t('surveys.page.results.summary', { responses: formatInteger(data.responses), asked: formatInteger(data.asked) })} · {rateText(t, data.responseRate)}
        </Text>
        <NativeSelect
          label={t('surveys.page.results.breakdown')}
          value={by}
          onChange={(e) => setBy(e.currentTarget.value as By | '')}
          data={[{ value: '', label: t('surveys.results.allResponses') }, ...(['lan', 'kommun', 'roll'] as const).map((b) => ({ value: b, label: t(`surveys.backgrounds.${b}`) }))]}
        />
      </Group>
      {data.responses === 0 && <Text>{t('surveys.page.results.noResponses')}</Text>}
      {data.questions
        .filter((q) => shown(q) && (q.kind !== 'fritext' || data.responses > 0))
        .map((q) => (
          <QuestionCard key={q.questionId} q={q} results={data} by={by} roundId={round.id} onFreeText={() => setFreeText(q)} />
        ))}
      {round.compareRoundId && <CompareSection round={round} />}
      {!round.compareRoundId && (
        <Text c="dimmed" size="sm">
          {t('surveys.page.compare.none')}
        </Text>
      )}
      <FreeTextModal roundId={round.id} question={freeText} onClose={() => setFreeText(null)} />
    </Stack>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function rateText(t: T, rate: number | null) {
  return rate === null ? `${t('surveys.page.responseRate')} –` : t('surveys.results.responseRate', { rate: percent(rate) });
}

function QuestionCard({ q, results, by, roundId, onFreeText }: { q: QuestionResult; results: RoundResults; by: By | ''; roundId: string; onFreeText: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-label={`${q.code} ${q.text}`} data-testid={`result-${q.code}`}>
      <Title order={3} size="h3">
        {q.code}. {q.text}
      </Title>
      {q.kind === 'fritext' ? (
        <Group mt="xs">
          <Button size="xs" variant="default" onClick={onFreeText}>
            {t('surveys.page.results.freeText')}
          </Button>
        </Group>
      ) : q.tooFew ? (
        <Text mt="xs" fw={700}>
          {t('surveys.results.tooFew')} <Text span c="dimmed" size="sm">{t('surveys.results.tooFewExplained')}</Text>
        </Text>
      ) : (
        <Stack gap="xs" mt="xs">
          <Group gap="lg">
            {q.agreeShare !== null && (
              <Text fw={700} size="lg">
                {t('surveys.results.agree', { share: percent(q.agreeShare) })}
              </Text>
            )}
            {q.mean !== null && <Text fw={700}>{t('surveys.page.results.mean', { mean: percent(q.mean) })}</Text>}
            <Text>{t('surveys.results.n', { n: formatInteger(q.n) })}</Text>
            <Text>{rateText(t, results.responseRate)}</Text>
            {q.dontKnow > 0 && <Text c="dimmed">{t('surveys.page.results.dontKnow', { count: q.dontKnow })}</Text>}
          </Group>
          {q.distribution.length > 0 && <Distribution q={q} />}
        </Stack>
      )}
      {by && q.kind === 'skala' && <Breakdown roundId={roundId} questionId={q.questionId} code={q.code} by={by} />}
    </Card>
  );
}

function stepLabel(t: T, q: QuestionResult, value: string) {
  return q.kind === 'skala' ? `${value} ${t(`surveys.scale.s${value}`)}` : value;
}

function Distribution({ q }: { q: Extract<QuestionResult, { tooFew: false }> }) {
  const { t } = useTranslation();
  const data = q.distribution.map((d) => ({ ...d, label: q.kind === 'skala' ? d.value : d.value }));
  return (
    <ChartSection
      testId={`distribution-${q.code}`}
      title={t('surveys.page.results.distribution', { code: q.code })}
      alt={t('surveys.page.results.distributionAlt', { code: q.code, summary: q.distribution.map((d) => `${stepLabel(t, q, d.value)}: ${d.count}`).join(', ') })}
      chart={
        <BarChart width={620} height={200} data={data} accessibilityLayer={false} margin={{ top: 16, left: 8, right: 16 }}>
          <CartesianGrid vertical={false} stroke="#dee2e6" />
          <XAxis dataKey="label" tick={{ fill: '#212529', fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fill: '#212529' }} />
          <Tooltip itemStyle={{ color: '#212529' }} />
          <Bar dataKey="count" name={t('surveys.page.results.count')} fill={barFill} isAnimationActive={false} />
        </BarChart>
      }
      table={
        <Table data-testid={`distribution-table-${q.code}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.page.results.step')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.results.count')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.results.share')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.distribution.map((d) => (
              <Table.Tr key={d.value}>
                <Table.Th scope="row">{stepLabel(t, q, d.value)}</Table.Th>
                <Table.Td>{d.count}</Table.Td>
                <Table.Td>{percent(d.share)} %</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}

function Breakdown({ roundId, questionId, code, by }: { roundId: string; questionId: string; code: string; by: By }) {
  const { t } = useTranslation();
  const query = useApiQuery('surveyRounds.breakdown', { roundId, questionId, by });
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return null;
  return (
    <Table mt="sm" data-testid={`breakdown-${code}`}>
      <Table.Caption>{t('surveys.page.results.breakdownTitle', { code, by: t(`surveys.backgrounds.${by}`) })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('surveys.page.results.group')}</Table.Th>
          <Table.Th scope="col">{t('surveys.page.results.agreeShare')}</Table.Th>
          <Table.Th scope="col">{t('surveys.page.results.n')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {query.data.groups.map((g) => (
          <Table.Tr key={g.key}>
            <Table.Th scope="row">{g.label}</Table.Th>
            {g.tooFew ? (
              <Table.Td colSpan={2}>{t('surveys.results.tooFew')}</Table.Td>
            ) : (
              <>
                <Table.Td>{g.agreeShare === null ? '–' : `${percent(g.agreeShare)} %`}</Table.Td>
                <Table.Td>{g.n}</Table.Td>
              </>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
