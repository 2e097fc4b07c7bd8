import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';
import type { Clock } from './clock';

/** Text UUIDv7: time-ordered and unique across laptops whose data will be merged. */
export function newId(clock: Clock): string {
  return uuidv7({ msecs: clock.now().getTime() });
}

/* A fixed namespace of this app's own (random, made once): the names below are only ever hashed within it. */
const naturalNamespace = '5b0f7a3e-9d1c-4c52-8a3e-2f6d1b7c9e40';

/**
 * The id of a row that exists at most once per natural key (a person's
 * month, a period's budget line): a UUIDv5 of the key, so two laptops that
 * write the same month make the same row, and sync merges it field by field
 * instead of refusing a second row with the same key.
 */
export function naturalId(kind: string, ...key: readonly string[]): string {
  return uuidv5([kind, ...key].join('\u0000'), naturalNamespace);
}
