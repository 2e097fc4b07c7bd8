/* Only until the cost import moves onto the one ImportModal (issue 15): it takes its list from here.
 * What each ESF change refreshes is declared in ./api.ts. */
export { costRefreshes } from './api';
