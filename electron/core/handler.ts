import type { MethodName, ParsedInputOf, ResultOf } from '../../shared/contract';
import type { ServiceContext } from './context';

// Beside context.ts rather than in api/: every domain's handlers.ts names these types and api/ imports
// the domains, so here no import runs back up.

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: ServiceContext) => Promise<ResultOf<M>>;

/** Every method of the contract, implemented. */
export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers of one domain area: exactly the methods whose names start with its prefix. */
export type DomainHandlers<P extends string> = {
  [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M>;
};
