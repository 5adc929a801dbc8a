import { describe, expect, it } from 'vitest';
import { drawnOf, drawSample } from './spot-check-draw';

const population = (stratum: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${stratum}-${String(i).padStart(3, '0')}`,
    stratum,
  }));

describe('spot-check draw', () => {
  it('draws the share of every stratum, rounded up', () => {
    const result = drawSample(
      [...population('520102|centre', 10), ...population('520103|post', 1)],
      30,
      's',
    );
    expect(result.strata).toEqual([
      { stratum: '520102|centre', population: 10, drawn: 3 },
      { stratum: '520103|post', population: 1, drawn: 1 },
    ]);
    expect(result.chosen).toHaveLength(4);
    expect(result.chosen.filter((id) => id.startsWith('520102'))).toHaveLength(3);
  });

  it('gives the same sample for the same seed and population, in any order', () => {
    const items = population('a', 40);
    const first = drawSample(items, 30, 'seed-2026');
    expect(drawSample([...items].reverse(), 30, 'seed-2026')).toEqual(first);
    expect(drawSample(items, 30, 'another').chosen).not.toEqual(first.chosen);
  });

  it('counts exact shares without rounding up a whole number', () => {
    expect(drawnOf(10, 30)).toBe(3);
    expect(drawnOf(20, 30)).toBe(6);
    expect(drawnOf(0, 30)).toBe(0);
    expect(drawnOf(3, 100)).toBe(3);
  });
});
