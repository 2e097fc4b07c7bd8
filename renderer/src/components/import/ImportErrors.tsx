import { List, ScrollArea, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewSummary } from '../../../../shared/domain/imports';

/**
 * The rows that will not be imported, each message naming its row. A preview
 * lists the first problems only, so the rows left out are counted: the count
 * of rows with errors is always whole.
 */
export function ImportErrors({ preview }: { preview: ImportPreviewSummary }) {
  const { t } = useTranslation();
  const headingId = useId();
  const listedRows = new Set(preview.errors.map((e) => e.row)).size;
  const more = preview.invalidRows - listedRows;
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        {t('imports.modal.errors')}
      </Title>
      {/* Up to 500 problems: the list scrolls inside the dialog, and by keyboard too. */}
      <ScrollArea.Autosize mah={240} type="auto" viewportProps={{ tabIndex: 0, 'aria-labelledby': headingId }}>
        <List size="sm" data-testid="import-errors">
          {preview.errors.map((e, i) => (
            <List.Item key={`${i}-${e.row}`}>{e.message}</List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
      {more > 0 && (
        <Text size="sm" mt={4} data-testid="import-errors-more">
          {t('imports.modal.more', { count: more })}
        </Text>
      )}
    </section>
  );
}
