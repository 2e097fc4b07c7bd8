import { v7 as uuidv7 } from 'uuid';
import type { Clock } from './clock';

/** Text UUIDv7: time-ordered and unique across laptops whose data will be merged. */
export function newId(clock: Clock): string {
  return uuidv7({ msecs: clock.now().getTime() });
}
