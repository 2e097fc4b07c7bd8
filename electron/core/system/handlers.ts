import type { SystemInfo } from '../../../shared/domain/system';
import type { DomainHandlers } from '../handler';

export function systemHandlers(info: SystemInfo): DomainHandlers<'system'> {
  return {
    'system.info': () => Promise.resolve(info),
  };
}
