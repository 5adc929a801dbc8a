import { and, asc, like, or, sql, type SQL } from 'drizzle-orm';
import {
  regionAncestors,
  regionLevelOf,
  type Division,
  type DivisionWithPath,
  type Language,
} from '@shegong/domain';
import type { Executor } from '../../db/connection';
import { escapeLike } from '../../platform/access/region-scope';
import { notFound } from '../../platform/errors/app-error';
import {
  descendantsIn,
  loadDivisionIndex,
  type DivisionEntry,
  type DivisionIndex,
} from './division-index';
import { divisions } from './divisions.table';

const entity = { 'zh-CN': '行政区划', 'en-US': 'Division' } as const;
export const countryName = { 'zh-CN': '全国', 'en-US': 'China' } as const;

/** Trigram search is useless below three Chinese characters: shorter queries match name prefixes. */
const trigramMinLength = 3;

function present(entry: DivisionEntry, index: DivisionIndex): Division {
  return {
    code: entry.code,
    name: entry.name,
    parentCode: entry.parentCode,
    level: regionLevelOf(entry.code) as Division['level'],
    hasChildren: index.childrenOf.has(entry.code),
  };
}

/** How long the in-memory index is trusted: villages loaded by the CLI show up within this time. */
const indexLifetimeMs = 5 * 60_000;

/**
 * Administrative divisions: reference data, the same for every user, read from memory. Only the
 * name search goes to the database (it needs the trigram index), through `reader`: the request's
 * unit of work in the app (db/unit-of-work.ts, readerFor), the seeding transaction when seeding.
 */
export function createDivisionService({ reader }: { reader: () => Executor }) {
  let cached: { index: Promise<DivisionIndex>; at: number } | null = null;
  function indexed(): Promise<DivisionIndex> {
    if (!cached || Date.now() - cached.at > indexLifetimeMs) {
      const index = loadDivisionIndex(reader());
      cached = { index, at: Date.now() };
      index.catch(() => (cached = null));
    }
    return cached.index;
  }

  async function children(parentCode: string): Promise<Division[]> {
    const index = await indexed();
    return (index.childrenOf.get(parentCode) ?? []).map((entry) => present(entry, index));
  }

  async function get(code: string): Promise<Division> {
    const index = await indexed();
    const entry = index.byCode.get(code);
    if (!entry) throw notFound(entity);
    return present(entry, index);
  }

  /** Names of the given codes (unknown codes are left out). */
  async function namesOf(codes: readonly string[]): Promise<Map<string, string>> {
    const index = await indexed();
    const names = new Map<string, string>();
    for (const code of codes) {
      const entry = index.byCode.get(code);
      if (entry) names.set(code, entry.name);
    }
    return names;
  }

  async function withPaths(rows: Division[]): Promise<DivisionWithPath[]> {
    const names = await namesOf(rows.flatMap((r) => regionAncestors(r.code)));
    return rows.map((r) => ({
      ...r,
      pathNames: [...regionAncestors(r.code).map((c) => names.get(c) ?? c), r.name],
    }));
  }

  /** The division with the names of all its ancestors. */
  async function path(code: string): Promise<DivisionWithPath> {
    const [found] = await withPaths([await get(code)]);
    return found!;
  }

  /** By code prefix when the query is digits, else by name; optionally inside one region. */
  async function search(query: {
    q: string;
    within?: string | undefined;
    limit: number;
  }): Promise<DivisionWithPath[]> {
    const q = query.q.trim();
    const conditions: SQL[] = [];
    if (/^\d+$/.test(q)) {
      conditions.push(like(divisions.code, `${q}%`));
    } else if ([...q].length < trigramMinLength) {
      conditions.push(like(divisions.name, `${escapeLike(q)}%`));
    } else {
      const contains = `%${escapeLike(q)}%`;
      conditions.push(or(like(divisions.name, contains), sql`${divisions.name} % ${q}`)!);
    }
    if (query.within) conditions.push(like(divisions.code, `${escapeLike(query.within)}%`));
    const rows = await reader()
      .select({ code: divisions.code })
      .from(divisions)
      .where(and(...conditions))
      .orderBy(sql`length(${divisions.code})`, asc(divisions.code))
      .limit(query.limit);
    const index = await indexed();
    return withPaths(
      rows
        .map((r) => index.byCode.get(r.code))
        .filter((e): e is DivisionEntry => !!e)
        .map((e) => present(e, index)),
    );
  }

  /** Display names of region codes, as full paths (贵州省 / 贵阳市 / 南明区). */
  async function describeRegions(
    codes: readonly string[],
    language: Language,
  ): Promise<Map<string, string>> {
    const chain = (code: string) => (code === '' ? [] : [...regionAncestors(code), code]);
    const names = await namesOf(codes.flatMap(chain));
    return new Map(
      codes.map((code) => [
        code,
        code === ''
          ? countryName[language]
          : chain(code)
              .map((c) => names.get(c) ?? c)
              .join(' / '),
      ]),
    );
  }

  async function scopeName(code: string, language: Language): Promise<string> {
    return (await describeRegions([code], language)).get(code)!;
  }

  /** Name and 城乡分类 of village-level divisions, for telling communities from villages. */
  async function villagesOf(
    codes: readonly string[],
  ): Promise<Map<string, { name: string; urbanRuralClass: string | null }>> {
    const index = await indexed();
    const found = new Map<string, { name: string; urbanRuralClass: string | null }>();
    for (const code of codes) {
      const entry = code.length === 12 ? index.byCode.get(code) : undefined;
      if (entry) found.set(code, entry);
    }
    return found;
  }

  /** Divisions strictly inside `code` at one level (length 9 = townships, 12 = villages). */
  async function descendants(code: string, length: 9 | 12) {
    return descendantsIn(await indexed(), code, length);
  }

  return {
    children,
    get,
    path,
    search,
    namesOf,
    describeRegions,
    scopeName,
    villagesOf,
    descendants,
  };
}

export type DivisionService = ReturnType<typeof createDivisionService>;
