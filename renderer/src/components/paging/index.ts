/* A paged list's building blocks: state in the address, a search field that never blocks, sortable headers, the pager and the frame. */
export { ListPager } from './ListPager';
export { ListSearchField, listSearchDelayMs } from './ListSearchField';
export { PagedTableFrame } from './PagedTableFrame';
export { SortableTh } from './SortableTh';
export { useLastPageGuard, useListState, type ListState, type ListStateOptions, type SortDirection } from './use-list-state';
