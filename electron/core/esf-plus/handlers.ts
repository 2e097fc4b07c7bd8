import type { DomainHandlers } from '../handler';
import { getEsfSettings } from '../esf/settings';
import { listEsfPlusBudget, setEsfPlusBudget } from './budget';
import { esfPlusOutcome } from './outcome';
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
  'esfPlus.outcome': async (_input, { db }) => esfPlusOutcome(db, await getEsfSettings(db)),
};

export const esfPlusBudgetHandlers: DomainHandlers<'esfPlusBudget'> = {
  'esfPlusBudget.list': (_input, { db }) => listEsfPlusBudget(db),
  'esfPlusBudget.set': (input, ctx) => setEsfPlusBudget(ctx, input),
};
