import { addDays, addYears } from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';

/** Dates as the tables store them (`YYYY-MM-DD`) and the arithmetic the generator needs. */
export { addDays, addYears };

export const dayMs = 86_400_000;

export const toDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const fromDay = (day: string): number => Date.parse(`${day}T00:00:00Z`);
export const yearOf = (day: string): number => Number(day.slice(0, 4));

/** A day between two days, inclusive. */
export function dayBetween(random: Random, from: string, to: string): string {
  const start = fromDay(from);
  const end = fromDay(to);
  if (end <= start) return from;
  return toDay(start + Math.floor(random.next() * ((end - start) / dayMs + 1)) * dayMs);
}

/** An instant between two, uniformly. */
export function instantBetween(random: Random, from: number, to: number): Date {
  return new Date(from + Math.floor(random.next() * Math.max(0, to - from)));
}

/** A year between two, later years weighted up (the sector grew fast after 2012). */
export function growingYear(random: Random, from: number, to: number): number {
  const span = to - from + 1;
  return from + Math.floor(Math.sqrt(random.next()) * span);
}
