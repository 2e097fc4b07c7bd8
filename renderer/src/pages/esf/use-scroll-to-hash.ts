import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls a section into view when the address names it (`#slutrapport`).
 * The router does not do it, and the section's content loads after the
 * page, so wait until `ready`. Every navigation has its own key, so a second
 * click on the same link scrolls again.
 */
export function useScrollToHash<T extends HTMLElement>(id: string, ready: boolean) {
  const { hash, key } = useLocation();
  const ref = useRef<T>(null);
  useEffect(() => {
    if (ready && hash === `#${id}`) ref.current?.scrollIntoView({ block: 'start' });
  }, [ready, hash, key, id]);
  return ref;
}
