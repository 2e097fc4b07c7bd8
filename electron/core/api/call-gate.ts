/**
 * Queries run side by side; a mutation runs alone. In arrival order, so a
 * stream of queries cannot keep a mutation waiting: a query that arrives
 * after a waiting mutation waits behind it. One connection serves every
 * call, so a query running while a mutation awaits would read its writes
 * half done, and a mutation's transaction would take in another call's writes.
 */
export type GateMode = 'shared' | 'alone';

export function createCallGate() {
  let sharing = 0;
  let alone = false;
  const waiting: { mode: GateMode; start: () => void }[] = [];

  const admit = () => {
    for (let next = waiting[0]; next; next = waiting[0]) {
      if (alone || (next.mode === 'alone' && sharing > 0)) return;
      waiting.shift();
      if (next.mode === 'alone') alone = true;
      else sharing++;
      next.start();
    }
  };

  return async function run<T>(mode: GateMode, work: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      waiting.push({ mode, start });
      admit();
    });
    try {
      return await work();
    } finally {
      if (mode === 'alone') alone = false;
      else sharing--;
      admit();
    }
  };
}
