import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';

/*
 * The state of a paged list lives in the address: page, sort, direction,
 * search and the page's own filters, so a reload, a link or Back shows the
 * same rows. The keys are Swedish, as elsewhere in the app (?sida=3&
 * sortera=kommun&ordning=fallande&sok=berg); a page with two lists gives
 * each a prefix (?kostnad-sida=2). Every change replaces the entry, and any
 * change but the page itself starts again on page 1.
 */

export type SortDirection = 'asc' | 'desc';

export interface ListStateOptions<S extends string> {
  /** Put before every key, for a second list on the same page ('kostnad-'). */
  prefix?: string;
  /** Each sort column as the address spells it. */
  sortNames: Record<S, string>;
  defaultSort: S;
  /** The direction a column starts in when chosen (e.g. amounts largest first); ascending unless given. */
  firstDirection?: Partial<Record<S, SortDirection>>;
  pageSize: number;
}

export interface ListState<S extends string> {
  page: number;
  pageSize: number;
  /** The window to ask the server for. */
  offset: number;
  limit: number;
  sort: S;
  direction: SortDirection;
  /** The search as the address holds it (the field may be ahead while typing). */
  search: string;
  /** One of the page's own filters, by its (unprefixed) key. */
  filter: (key: string) => string | null;
  setFilter: (key: string, value: string | null) => void;
  setPage: (page: number) => void;
  /** The column's header was clicked: the same column turns, another starts in its first direction. */
  toggleSort: (sort: S) => void;
  setSearch: (text: string) => void;
}

export function useListState<S extends string>({ prefix = '', sortNames, defaultSort, firstDirection = {}, pageSize }: ListStateOptions<S>): ListState<S> {
  const [params, setParams] = useSearchParams();
  const key = (name: string) => `${prefix}${name}`;
  const sortEntry = Object.entries(sortNames).find(([, name]) => name === params.get(key('sortera')));
  const sort = (sortEntry?.[0] as S | undefined) ?? defaultSort;
  const first = (s: S): SortDirection => firstDirection[s] ?? 'asc';
  const order = params.get(key('ordning'));
  const direction: SortDirection = order === 'fallande' ? 'desc' : order === 'stigande' ? 'asc' : first(sort);
  const page = Math.max(1, Math.floor(Number(params.get(key('sida')))) || 1);

  const update = useCallback(
    (changes: Record<string, string | null>, keepPage = false) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (!keepPage) next.delete(`${prefix}sida`);
          for (const [name, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(name);
            else next.set(name, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams, prefix],
  );

  return {
    page,
    pageSize,
    offset: (page - 1) * pageSize,
    limit: pageSize,
    sort,
    direction,
    search: params.get(key('sok')) ?? '',
    filter: (name) => params.get(key(name)),
    setFilter: (name, value) => update({ [key(name)]: value }),
    setPage: (n) => update({ [key('sida')]: n > 1 ? String(n) : null }, true),
    toggleSort: (s) => {
      const next = s === sort ? (direction === 'asc' ? 'desc' : 'asc') : first(s);
      update({
        [key('sortera')]: s === defaultSort ? null : sortNames[s],
        [key('ordning')]: next === first(s) ? null : next === 'desc' ? 'fallande' : 'stigande',
      });
    },
    setSearch: (text) => update({ [key('sok')]: text.trim() || null }),
  };
}

/** A narrower filter (or a deleted row) can leave the page past the last one: go to the last page there is. */
export function useLastPageGuard(state: Pick<ListState<string>, 'page' | 'pageSize' | 'setPage'>, total: number | undefined, settled: boolean): void {
  const { page, pageSize, setPage } = state;
  useEffect(() => {
    if (total === undefined || !settled) return;
    const pages = Math.max(1, Math.ceil(total / pageSize));
    if (page > pages) setPage(pages);
  }, [total, settled, page, pageSize, setPage]);
}
