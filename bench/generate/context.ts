import { seededRandom, type Random } from '../../apps/server/src/demo/random';
import type { BulkWriter } from './bulk-writer';
import { fromDay } from './calendar';
import { seededIds, type IdFactory } from './ids';
import type { Scale } from './scales';
import { hashSeed } from './weighted';

export interface Division {
  code: string;
  name: string;
}

/** The real divisions a scale covers, by level. */
export interface DivisionSet {
  provinces: Division[];
  cities: Division[];
  counties: Division[];
  townships: Division[];
  villages: Division[];
  nameOf(code: string): string;
}

export interface GeneratedOrganisation {
  id: string;
  name: string;
  regionCode: string;
  registeredOn: string;
}

export interface GeneratedStation {
  id: string;
  name: string;
  tier: string;
  regionCode: string;
}

/** A post holder of a station, current or past: the talent registry gives each a record. */
export interface GeneratedStaff {
  id: string;
  stationId: string;
  regionCode: string;
  workerName: string;
  role: string;
  startedOn: string;
  endedOn: string | null;
}

export interface GeneratedAccount {
  id: string;
  realName: string;
  roles: string[];
  regionCode: string;
  createdAt: Date;
}

/** What one family of tables has generated, for the families after it. */
export interface Registry {
  organisations: GeneratedOrganisation[];
  stations: GeneratedStation[];
  staff: GeneratedStaff[];
  accounts: GeneratedAccount[];
}

export interface GenerationContext {
  scale: Scale;
  seed: number;
  /** The day the data describes; fixed, so that the same seed gives the same rows. */
  asOf: string;
  asOfMs: number;
  writer: BulkWriter;
  divisions: DivisionSet;
  registry: Registry;
  log(line: string): void;
}

/** A random stream and id factory of one table family, independent of the others. */
export function familyRandom(
  context: GenerationContext,
  family: string,
): { random: Random; id: IdFactory } {
  const random = seededRandom(hashSeed(`${context.seed}:${family}`));
  return { random, id: seededIds(random) };
}

export async function readDivisions(writer: BulkWriter, scale: Scale): Promise<DivisionSet> {
  const rows = (await writer.query(
    scale.regions
      ? `select code, name from division where code like any($1) order by code`
      : `select code, name from division order by code`,
    scale.regions ? [scale.regions.map((r) => `${r}%`)] : [],
  )) as unknown as Division[];
  // Whole-scale prefixes include their ancestors' rows only when they are the prefix itself.
  const names = new Map(rows.map((r) => [r.code, r.name]));
  const ancestors = scale.regions?.flatMap((r) => (r.length > 2 ? [r.slice(0, 2)] : [])) ?? [];
  for (const code of ancestors) {
    if (!names.has(code)) {
      const [row] = (await writer.query('select code, name from division where code = $1', [
        code,
      ])) as unknown as Division[];
      if (row) names.set(row.code, row.name);
    }
  }
  const level = (length: number) => rows.filter((r) => r.code.length === length);
  return {
    provinces: level(2),
    cities: level(4),
    counties: level(6),
    townships: level(9),
    villages: level(12),
    nameOf: (code) => names.get(code) ?? code,
  };
}

export const asOfMs = (asOf: string) => fromDay(asOf) + 16 * 3_600_000;
