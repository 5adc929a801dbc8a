import type { Coverage } from '@shegong/domain';
import { formatShare } from '../../format/percent';
import type { MessageKey } from '../../i18n/messages';

type Child = Coverage['children'][number];

/** What the tiles are coloured by. */
export type TileMeasure = 'township' | 'village' | 'belowNorm';

export interface MeasureDefinition {
  key: TileMeasure;
  label: MessageKey;
  /** The figure of one division; null when there is nothing to measure (no townships there). */
  value: (row: Child) => number | null;
  /** Why a division has no figure for this measure (shown on the map for its dashed tiles). */
  noValue: MessageKey;
  /** The figure as printed on the tile and in the legend. */
  format: (value: number) => string;
  /** Light to dark: shares grow greener-blue (more is better), shortfalls grow red (more is worse). */
  palette: readonly string[];
}

// ColorBrewer GnBu and OrRd, five classes: sequential, print-safe and readable by most
// colour-blind viewers.
const coverageColors = ['#f0f9e8', '#bae4bc', '#7bccc4', '#43a2ca', '#0868ac'] as const;
const shortfallColors = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'] as const;

/** The tile of a division that has nothing to measure. */
export const noDataColor = '#f5f5f5';

export const tileMeasures: readonly MeasureDefinition[] = [
  {
    key: 'township',
    label: 'coverage.townshipCoverage',
    value: (row) => row.townshipCoverage,
    noValue: 'coverage.map.noTownships',
    format: (share) => formatShare(share),
    palette: coverageColors,
  },
  {
    key: 'village',
    label: 'coverage.villageCoverage',
    value: (row) => row.villageCoverage,
    noValue: 'coverage.map.noVillages',
    format: (share) => formatShare(share),
    palette: coverageColors,
  },
  {
    key: 'belowNorm',
    label: 'coverage.stationsBelowNorm',
    value: (row) => row.stationsBelowNorm,
    noValue: 'coverage.map.noStations',
    format: (count) => String(count),
    palette: shortfallColors,
  },
];

/** A measure applies to a level when at least one division there has a figure for it. */
export function appliesTo(measure: MeasureDefinition, rows: readonly Child[]): boolean {
  return rows.some((row) => measure.value(row) !== null);
}

/**
 * The measure the map shows: the user's choice while it applies to the divisions shown, else the
 * first that does (below a township there are no townships to cover, so villages come first).
 */
export function measureFor(chosen: TileMeasure | null, rows: readonly Child[]): MeasureDefinition {
  const kept = tileMeasures.find((m) => m.key === chosen);
  if (kept && appliesTo(kept, rows)) return kept;
  return tileMeasures.find((m) => appliesTo(m, rows)) ?? tileMeasures[0]!;
}

export interface ColorClass {
  color: string;
  /**
   * Dark enough that text on it must be white: only the darkest of five (white on the fourth,
   * #43a2ca or #e34a33, stays under the 4.5:1 contrast WCAG asks; black text passes there).
   */
  dark: boolean;
  /** The values of the class, for the legend: "40%–60%", "3–4", "0". */
  range: string;
  contains: (value: number) => boolean;
}

const shareBreaks = [0.2, 0.4, 0.6, 0.8];
const wholePercent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The colour classes of a measure. Shares always use fixed fifths (0–20% … 80–100%), so a colour
 * means the same on every page; counts start with a class of their own for 0 (none below norm)
 * and split 1…max of the rows shown into at most four equal steps.
 */
export function colorClasses(measure: MeasureDefinition, rows: readonly Child[]): ColorClass[] {
  const { palette } = measure;
  if (measure.key !== 'belowNorm') {
    const bounds = [0, ...shareBreaks, 1];
    return palette.map((color, i) => ({
      color,
      dark: i === palette.length - 1,
      range: `${wholePercent(bounds[i]!)}–${wholePercent(bounds[i + 1]!)}`,
      contains: (share) =>
        i === palette.length - 1
          ? share >= bounds[i]!
          : share >= bounds[i]! && share < bounds[i + 1]!,
    }));
  }
  const max = Math.max(0, ...rows.map((row) => measure.value(row) ?? 0));
  const zero: ColorClass = {
    color: palette[0]!,
    dark: false,
    range: '0',
    contains: (n) => n === 0,
  };
  if (max === 0) return [zero];
  const steps = Math.min(4, max);
  const width = max / steps;
  const classes = Array.from({ length: steps }, (_, i) => {
    const from = Math.floor(i * width) + 1;
    const to = i === steps - 1 ? max : Math.floor((i + 1) * width);
    return {
      color: palette[i + 1]!,
      dark: i + 1 === palette.length - 1,
      range: from === to ? String(from) : `${from}–${to}`,
      contains: (n: number) => n >= from && n <= to,
    };
  });
  return [zero, ...classes];
}

/** The colour class of a value; null when there is nothing to measure. */
export function classOf(classes: readonly ColorClass[], value: number | null): ColorClass | null {
  if (value === null) return null;
  return classes.find((c) => c.contains(value)) ?? classes[classes.length - 1]!;
}

/** Columns of a compact grid for `count` tiles: a little wider than tall, at most eight across. */
export function gridColumns(count: number): number {
  return Math.max(1, Math.min(8, Math.ceil(Math.sqrt(count * 1.6))));
}
