import type { DomainHandlers } from '../handler';

export const changeTheoryHandlers: DomainHandlers<'changeTheory'> = {
  'changeTheory.get': () => Promise.reject(new Error('TODO changeTheory.get')),
  'changeTheory.linkOptions': () => Promise.reject(new Error('TODO changeTheory.linkOptions')),
  'changeTheory.saveBox': () => Promise.reject(new Error('TODO changeTheory.saveBox')),
  'changeTheory.deleteBox': () => Promise.reject(new Error('TODO changeTheory.deleteBox')),
  'changeTheory.moveBox': () => Promise.reject(new Error('TODO changeTheory.moveBox')),
  'changeTheory.setLinks': () => Promise.reject(new Error('TODO changeTheory.setLinks')),
};

