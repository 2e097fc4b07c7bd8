import type { DomainHandlers } from '../handler';
import { deleteBox, moveBox, saveBox, setLinks } from './edit';
import { linkOptions } from './link-options';
import { getChangeTheory } from './theory';

export const changeTheoryHandlers: DomainHandlers<'changeTheory'> = {
  'changeTheory.get': (_input, { db }) => getChangeTheory(db),
  'changeTheory.linkOptions': (input, { db }) => linkOptions(db, input),
  'changeTheory.saveBox': (input, ctx) => saveBox(ctx, input),
  'changeTheory.deleteBox': (input, ctx) => deleteBox(ctx, input.id),
  'changeTheory.moveBox': (input, ctx) => moveBox(ctx, input),
  'changeTheory.setLinks': (input, ctx) => setLinks(ctx, input),
};
