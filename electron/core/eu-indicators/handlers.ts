import type { DomainHandlers } from '../handler';

export const euIndicatorHandlers: DomainHandlers<'euIndicators'> = {
  'euIndicators.get': () => Promise.reject(new Error('TODO euIndicators.get')),
  'euIndicators.set': () => Promise.reject(new Error('TODO euIndicators.set')),
  'euIndicators.counts': () => Promise.reject(new Error('TODO euIndicators.counts')),
};

