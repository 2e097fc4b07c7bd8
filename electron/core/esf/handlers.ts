import type { DomainHandlers } from '../api/handlers';
import { stockholmToday } from '../project/timeline';
import { coFinancing } from './cofinancing';
import { importCosts, previewCostImport } from './cost-import';
import { budgetVsOutcome, deleteCost, listBudget, listCosts, saveCost, setBudget } from './costs';
import { indicators } from './indicators';
import { overview } from './overview';
import { periodTexts, savePeriodText } from './period-texts';
import { getEsfSettings, updateEsfSettings } from './settings';

export const esfHandlers: DomainHandlers<'esf'> = {
  'esf.settings': (_input, { db }) => getEsfSettings(db),
  'esf.updateSettings': (input, ctx) => updateEsfSettings(ctx, input),
  'esf.coFinancing': async (input, { db }) => coFinancing(db, await getEsfSettings(db), input.from, input.to),
  'esf.indicators': async (input, { db }) => indicators(db, await getEsfSettings(db), input.from, input.to),
  'esf.overview': async (_input, { db, clock }) => overview(db, await getEsfSettings(db), stockholmToday(clock.now())),
};

export const costHandlers: DomainHandlers<'costs'> = {
  'costs.list': (input, { db }) => listCosts(db, input),
  'costs.create': (input, ctx) => saveCost(ctx, input),
  'costs.update': (input, ctx) => saveCost(ctx, input),
  'costs.delete': (input, ctx) => deleteCost(ctx, input.id),
  'costs.importPreview': (input) => previewCostImport(input),
  'costs.import': (input, ctx) => importCosts(ctx, input),
};

export const budgetHandlers: DomainHandlers<'budget'> = {
  'budget.list': (_input, { db }) => listBudget(db),
  'budget.set': (input, ctx) => setBudget(ctx, input),
  'budget.outcome': (_input, { db }) => budgetVsOutcome(db),
};

export const periodTextHandlers: DomainHandlers<'periodTexts'> = {
  'periodTexts.get': (input, { db }) => periodTexts(db, input.periodId),
  'periodTexts.save': (input, ctx) => savePeriodText(ctx, input),
};
