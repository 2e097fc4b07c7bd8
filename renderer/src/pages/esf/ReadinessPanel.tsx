import { Alert, Anchor, Button, List, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Readiness, ReadinessItem } from '../../../../shared/domain/readiness';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PERIOD_TEXTS_ANCHOR } from './PeriodTextsSection';

/** The reports made from the Rapporter page; the SCB file has its own check in its section. An ESF+ project's kvartalsrapport comes first. */
const allKinds = ['kvartalsrapport', 'lagesrapport', 'utbetalning', 'slutrapport'] as const;
type Kind = (typeof allKinds)[number];

/** Up to this many examples show at once; more fold behind a button so the list of items stays readable. */
const SHOWN_EXAMPLES = 3;

/**
 * Before the buttons: is each report ready to send, and if not, what to fix
 * and where. All three are checked at once so the switch shows every
 * report's count; the chosen one lists its items.
 */
export function ReadinessPanel({ periodId, esfPlus = false }: { periodId: string; esfPlus?: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const kinds: readonly Kind[] = esfPlus ? allKinds : allKinds.filter((k) => k !== 'kvartalsrapport');
  const [picked, setKind] = useState<Kind>(kinds[0]!);
  const kind = kinds.includes(picked) ? picked : kinds[0]!;
  const results: Record<Kind, UseQueryResult<Readiness, Error>> = {
    kvartalsrapport: useApiQuery('reports.readiness', { kind: 'kvartalsrapport', periodId }, { keepPrevious: true, enabled: esfPlus }),
    lagesrapport: useApiQuery('reports.readiness', { kind: 'lagesrapport', periodId }, { keepPrevious: true }),
    utbetalning: useApiQuery('reports.readiness', { kind: 'utbetalning', periodId }, { keepPrevious: true }),
    // The slutrapport covers the whole project, whichever period is chosen.
    slutrapport: useApiQuery('reports.readiness', { kind: 'slutrapport' }),
  };
  const segmentLabel = (k: Kind) => {
    const name = t(`esf.reports.readinessKinds.${k}`);
    const data = results[k].data;
    if (!data) return name;
    return data.ready ? t('esf.reports.readinessSegmentReady', { kind: name }) : t('esf.reports.readinessSegment', { kind: name, count: data.items.length });
  };
  const chosen = results[kind];
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm" data-testid="readiness">
      <Title order={2} size="h3" id={titleId}>
        {t('esf.reports.readiness')}
      </Title>
      <Text c="dimmed">{t('esf.reports.readinessIntro')}</Text>
      <SegmentedControl
        aria-label={t('esf.reports.readinessKind')}
        value={kind}
        onChange={(v) => setKind(v as Kind)}
        data={kinds.map((k) => ({ value: k, label: segmentLabel(k) }))}
        style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
      />
      {chosen.error && <ErrorAlert error={chosen.error} />}
      {chosen.isPending && <Loader aria-label={t('common.loading')} />}
      {chosen.data && <ReadinessResult readiness={chosen.data} />}
    </Stack>
  );
}

function ReadinessResult({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation();
  const scope = <Text size="sm">{t('esf.reports.readinessScope', { scope: readiness.scope })}</Text>;
  if (readiness.ready) {
    return (
      <Alert color="green" variant="light" title={t('esf.reports.readyToSend')} data-testid="readiness-result">
        {scope}
        <Text size="sm">{t('esf.reports.readyToSendText')}</Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="yellow"
      title={t('esf.reports.toFix', { count: readiness.items.length })}
      data-testid="readiness-result"
      // Mantine's yellow title is too pale on the yellow background (WCAG AA), as on the other warnings.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      {scope}
      <List spacing="sm" mt="xs" data-testid="readiness-items">
        {readiness.items.map((item) => (
          <ReadinessEntry key={item.key} item={item} />
        ))}
      </List>
    </Alert>
  );
}

function ReadinessEntry({ item }: { item: ReadinessItem }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  // Examples the message already names (the missing texts) would only repeat it.
  const examples = item.examples.some((e) => !item.message.includes(e)) ? item.examples : [];
  const many = examples.length > SHOWN_EXAMPLES;
  // The service sends at most ten examples; the count says how many there are in all.
  const more = Math.max(0, item.count - examples.length);
  // The period texts are on this page: without the anchor the click would only reselect the period and seem to do nothing.
  const to = item.key === 'periodTexts' && !item.link.includes('#') ? `${item.link}#${PERIOD_TEXTS_ANCHOR}` : item.link;
  return (
    <List.Item data-testid={`readiness-${item.key}`}>
      <Stack gap={4} align="flex-start">
        <Text size="sm">{item.message}</Text>
        {many && (
          <Button variant="subtle" size="compact-sm" px={0} aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded((e) => !e)}>
            {expanded ? t('esf.reports.hideExamples') : t('esf.reports.showExamples', { count: examples.length })}
          </Button>
        )}
        {examples.length > 0 && (
          <List
            id={listId}
            hidden={many && !expanded}
            size="sm"
            withPadding
            listStyleType="disc"
            aria-label={t('esf.reports.examplesOf', { message: item.message })}
          >
            {examples.map((example, i) => (
              // Two examples may read the same (two costs on one day from one supplier).
              <List.Item key={i}>{example}</List.Item>
            ))}
            {more > 0 && <List.Item>{t('esf.reports.moreExamples', { count: more })}</List.Item>}
          </List>
        )}
        <Anchor component={Link} to={to} size="sm" fw={600}>
          {item.linkLabel}
        </Anchor>
      </Stack>
    </List.Item>
  );
}
