import type { DomainHandlers } from '../handler';
import { configureSync, runSync, syncStatus } from './sync';

export const syncHandlers: DomainHandlers<'sync'> = {
  'sync.status': (_input, ctx) => syncStatus(ctx),
  'sync.configure': (input, ctx) => configureSync(ctx, input),
  'sync.run': (_input, ctx) => runSync(ctx),
};
