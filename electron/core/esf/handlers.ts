import type { DomainHandlers } from '../handler';
import { viewDate } from '../project/view-date';
import { coFinancingPage } from './cofinancing';
import { costImportTemplate, importCosts, previewCostImport } from './cost-import';
import { budgetOutcome } from './budget-outcome';
import { deleteCost, listBudget, listCosts, saveCost, setBudget } from './costs';
import { deleteFinancing, listFinancing, listFinancingBudget, saveFinancing, setFinancingBudget } from './financing';
import { projectTexts, saveProjectText } from './project-texts';
import { indicators } from './indicators';
import { overview } from './overview';
import { periodTexts, savePeriodText } from './period-texts';
import { getEsfSettings, updateEsfSettings } from './settings';

export const esfHandlers: DomainHandlers<'esf'> = {
  'esf.settings': (_input, { db }) => getEsfSettings(db),
  'esf.updateSettings': (input, ctx) => updateEsfSettings(ctx, input),
  'esf.coFinancing': async (input, { db }) => coFinancingPage(db, await getEsfSettings(db), input),
  'esf.indicators': async (input, { db }) => indicators(db, await getEsfSettings(db), input.from, input.to),
  'esf.overview': async (_input, ctx) => overview(ctx.db, await getEsfSettings(ctx.db), await viewDate(ctx)),
};

export const costHandlers: DomainHandlers<'costs'> = {
  'costs.list': (input, { db }) => listCosts(db, input),
  'costs.create': (input, ctx) => saveCost(ctx, input),
  'costs.update': (input, ctx) => saveCost(ctx, input),
  'costs.delete': (input, ctx) => deleteCost(ctx, input.id),
  'costs.importPreview': (input, ctx) => previewCostImport(ctx, input),
  'costs.importTemplate': () => costImportTemplate(),
  'costs.import': (input, ctx) => importCosts(ctx, input),
};

export const budgetHandlers: DomainHandlers<'budget'> = {
  'budget.list': (_input, { db }) => listBudget(db),
  'budget.set': (input, ctx) => setBudget(ctx, input),
  'budget.outcome': async (_input, { db }) => budgetOutcome(db, await getEsfSettings(db)),
};

export const financingHandlers: DomainHandlers<'financing'> = {
  'financing.list': (input, { db }) => listFinancing(db, input),
  'financing.create': (input, ctx) => saveFinancing(ctx, input),
  'financing.update': (input, ctx) => saveFinancing(ctx, input),
  'financing.delete': (input, ctx) => deleteFinancing(ctx, input.id),
};

export const financingBudgetHandlers: DomainHandlers<'financingBudget'> = {
  'financingBudget.list': (_input, { db }) => listFinancingBudget(db),
  'financingBudget.set': (input, ctx) => setFinancingBudget(ctx, input),
};

export const projectTextHandlers: DomainHandlers<'projectTexts'> = {
  'projectTexts.get': (_input, { db }) => projectTexts(db),
  'projectTexts.save': (input, ctx) => saveProjectText(ctx, input),
};

export const periodTextHandlers: DomainHandlers<'periodTexts'> = {
  'periodTexts.get': (input, { db }) => periodTexts(db, input.periodId),
  'periodTexts.save': (input, ctx) => savePeriodText(ctx, input),
};
