import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

/*
 * findBy/waitFor wait up to 5 s instead of 1: an import takes a backup and
 * writes in one transaction, and on a loaded two-core CI machine that can
 * pass a second. A test still fails on what never appears.
 */
configure({ asyncUtilTimeout: 5_000 });

// happy-dom has no FontFaceSet; Mantine's autosizing textarea listens on it (browsers have it).
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });

/*
 * happy-dom's <select> has no `size`; react-hook-form (7.9x) then takes every
 * freshly mounted select for one the user already changed and drops its
 * default value. Browsers report 0 for a drop-down.
 */
if (!('size' in HTMLSelectElement.prototype)) {
  Object.defineProperty(HTMLSelectElement.prototype, 'size', {
    configurable: true,
    get(this: HTMLSelectElement) {
      return Number(this.getAttribute('size') ?? 0);
    },
  });
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});
