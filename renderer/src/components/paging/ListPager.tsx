import { Group, Loader, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../../../shared/format';

interface Props {
  /** The list's name, for the page buttons' group ("Sidor i besökslistan"). */
  label: string;
  page: number;
  pageSize: number;
  /** Rows in all pages together. */
  total: number;
  /** Rows on this page. */
  shown: number;
  /** The next page is on its way (the previous one stays on screen meanwhile). */
  loading?: boolean;
  onPage: (page: number) => void;
  testId?: string;
}

/** "Visar 51–100 av 1 234" (sv-SE digit grouping) and the page buttons, named in Swedish. */
export function ListPager({ label, page, pageSize, total, shown, loading = false, onPage, testId }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  const summary =
    total === 0 || shown === 0
      ? t('listPaging.showingNone')
      : t('listPaging.showing', { from: formatInteger(from), to: formatInteger(from + shown - 1), total: formatInteger(total) });
  return (
    <Group justify="space-between" gap="sm" wrap="wrap" data-testid={testId}>
      <Group gap="xs">
        <Text size="sm" role="status" data-testid={testId ? `${testId}-summary` : undefined}>
          {summary}
        </Text>
        {loading && <Loader size="xs" aria-label={t('listPaging.loading')} />}
      </Group>
      {pages > 1 && (
        <nav aria-label={`${t('listPaging.pages')}: ${label}`}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPage}
            size="sm"
            siblings={1}
            boundaries={1}
            withEdges
            getItemProps={(n) => ({ 'aria-label': t('listPaging.page', { page: n }), 'aria-current': n === page ? 'page' : undefined })}
            getControlProps={(control) => ({ 'aria-label': t(`listPaging.${control}`) })}
          />
        </nav>
      )}
    </Group>
  );
}
