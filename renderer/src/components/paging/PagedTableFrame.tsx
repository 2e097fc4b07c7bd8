import { Box, Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** Below this width the table scrolls sideways inside its own area, never the page. */
  minWidth: number;
  caption: string;
  /** The next page is loading: the rows on screen are the previous page's. */
  busy?: boolean;
  testId?: string;
  striped?: boolean;
  highlightOnHover?: boolean;
  /** <Table.Thead> and <Table.Tbody>. */
  children: ReactNode;
}

/**
 * A page of rows in its own scroll area with a sticky header: tall enough for
 * the 1366×768 laptop to show the header, the filters and a screenful of rows,
 * wide tables scrolling sideways inside it.
 */
export function PagedTableFrame({ minWidth, caption, busy = false, testId, striped = true, highlightOnHover = false, children }: Props) {
  return (
    <Table.ScrollContainer minWidth={minWidth} maxHeight="max(22rem, calc(100vh - 16rem))" type="native">
      <Box aria-busy={busy || undefined} style={{ opacity: busy ? 0.7 : 1, transition: 'opacity 120ms' }}>
        <Table stickyHeader striped={striped} highlightOnHover={highlightOnHover} data-testid={testId}>
          <Table.Caption>{caption}</Table.Caption>
          {children}
        </Table>
      </Box>
    </Table.ScrollContainer>
  );
}
