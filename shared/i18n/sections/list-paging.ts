/* Strings of the paged lists' building blocks (renderer/src/components/paging). */
export const listPagingSv = {
  showing: 'Visar {{from}}–{{to}} av {{total}}',
  showingNone: 'Inga rader',
  pages: 'Sidor',
  page: 'Sida {{page}}',
  previous: 'Föregående sida',
  next: 'Nästa sida',
  first: 'Första sidan',
  last: 'Sista sidan',
  search: 'Sök',
  loading: 'Hämtar …',
  sortBy: 'Sortera efter {{column}}',
  all: 'Alla',
  withCount: '{{label}} ({{count}})',
  calendarTruncated: 'Kalendern visar {{shown}} av {{total}} besök i perioden. Välj ett län eller veckovy för att se alla.',
};

export const listPagingEn: typeof listPagingSv = {
  showing: 'Showing {{from}}–{{to}} of {{total}}',
  showingNone: 'No rows',
  pages: 'Pages',
  page: 'Page {{page}}',
  previous: 'Previous page',
  next: 'Next page',
  first: 'First page',
  last: 'Last page',
  search: 'Search',
  loading: 'Loading …',
  sortBy: 'Sort by {{column}}',
  all: 'All',
  withCount: '{{label}} ({{count}})',
  calendarTruncated: 'The calendar shows {{shown}} of {{total}} visits in the period. Choose a county or the week view to see them all.',
};
