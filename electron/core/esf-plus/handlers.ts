import type { DomainHandlers } from '../handler';
import { getEsfSettings } from '../esf/settings';
import { deleteStaff, listStaff, saveStaff } from './staff';
import { setStaffTime, staffYear } from './staff-time';

export const staffHandlers: DomainHandlers<'staff'> = {
  'staff.list': (input, { db }) => listStaff(db, input),
  'staff.create': (input, ctx) => saveStaff(ctx, input),
  'staff.update': (input, ctx) => saveStaff(ctx, input),
  'staff.delete': (input, ctx) => deleteStaff(ctx, input.id),
};

export const staffTimeHandlers: DomainHandlers<'staffTime'> = {
  'staffTime.year': async (input, { db }) => staffYear(db, await getEsfSettings(db), input),
  'staffTime.set': (input, ctx) => setStaffTime(ctx, input),
};

export const esfPlusHandlers: DomainHandlers<'esfPlus'> = {
  'esfPlus.outcome': () => Promise.reject(new Error('TODO esfPlus.outcome')),
};

export const esfPlusBudgetHandlers: DomainHandlers<'esfPlusBudget'> = {
  'esfPlusBudget.list': () => Promise.reject(new Error('TODO esfPlusBudget.list')),
  'esfPlusBudget.set': () => Promise.reject(new Error('TODO esfPlusBudget.set')),
};
