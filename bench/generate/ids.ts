import { v7 } from 'uuid';
import type { Random } from '../../apps/server/src/demo/random';

/**
 * UUIDv7 like the app's `newId`, but from the seeded generator and a given time, so that the same
 * seed gives the same ids — and ids stay time-ordered with the rows' own dates.
 */
export function seededIds(random: Random) {
  return (at: number | Date): string => {
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 16; i++) bytes[i] = Math.floor(random.next() * 256);
    return v7({ msecs: typeof at === 'number' ? at : at.getTime(), random: bytes });
  };
}

export type IdFactory = ReturnType<typeof seededIds>;
