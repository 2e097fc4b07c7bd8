import type { DomainHandlers } from '../handler';

export const staffHandlers: DomainHandlers<'staff'> = {
  'staff.list': () => Promise.reject(new Error('TODO staff.list')),
  'staff.create': () => Promise.reject(new Error('TODO staff.create')),
  'staff.update': () => Promise.reject(new Error('TODO staff.update')),
  'staff.delete': () => Promise.reject(new Error('TODO staff.delete')),
};

export const staffTimeHandlers: DomainHandlers<'staffTime'> = {
  'staffTime.year': () => Promise.reject(new Error('TODO staffTime.year')),
  'staffTime.set': () => Promise.reject(new Error('TODO staffTime.set')),
};

export const esfPlusHandlers: DomainHandlers<'esfPlus'> = {
  'esfPlus.outcome': () => Promise.reject(new Error('TODO esfPlus.outcome')),
};

export const esfPlusBudgetHandlers: DomainHandlers<'esfPlusBudget'> = {
  'esfPlusBudget.list': () => Promise.reject(new Error('TODO esfPlusBudget.list')),
  'esfPlusBudget.set': () => Promise.reject(new Error('TODO esfPlusBudget.set')),
};

