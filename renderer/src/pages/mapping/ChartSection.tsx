import { Accordion, Box, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its text alternative: the drawing is one image with a
 * description, and the same numbers are a table one click away (with
 * buttons, so keyboard users reach the notes that the bars only give to a mouse).
 */
export function ChartSection(props: { title: string; intro?: string; alt: string; chart: React.ReactNode; table: React.ReactNode; testId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs" data-testid={props.testId}>
      <Title order={2} size="h3" id={headingId}>
        {props.title}
      </Title>
      {props.intro && <Text c="dimmed">{props.intro}</Text>}
      {/* Focusable so a narrow window can still scroll the chart by keyboard. */}
      <Box role="img" aria-label={props.alt} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
        {props.chart}
      </Box>
      <Accordion variant="contained">
        <Accordion.Item value="table">
          <Accordion.Control>{t('mapping.showTable')}</Accordion.Control>
          <Accordion.Panel>{props.table}</Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
