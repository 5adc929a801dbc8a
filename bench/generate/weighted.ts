import type { Random } from '../../apps/server/src/demo/random';

/** Picks a value by weights that need not add up to one. */
export function weighted<T>(random: Random, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let x = random.next() * total;
  for (const [value, weight] of options) {
    x -= weight;
    if (x < 0) return value;
  }
  return options.at(-1)![0];
}

/** A few distinct items of a list, in list order. */
export function someOf<T>(random: Random, items: readonly T[], min: number, max: number): T[] {
  const wanted = random.int(min, Math.min(max, items.length));
  const chosen = new Set<number>();
  while (chosen.size < wanted) chosen.add(random.int(0, items.length - 1));
  return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
}

/** FNV-1a: a seed for each table family, so that adding a family leaves the others unchanged. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
