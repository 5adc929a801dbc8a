import { and, asc, eq, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
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
import { divisions } from './divisions.table';

const entity = { 'zh-CN': '行政区划', 'en-US': 'Division' } as const;
export const countryName = { 'zh-CN': '全国', 'en-US': 'China' } as const;

/** Trigram search is useless below three Chinese characters: shorter queries match name prefixes. */
const trigramMinLength = 3;

type Row = { code: string; name: string; parentCode: string | null; hasChildren: boolean };

// Qualified by hand: in a select list Drizzle writes columns unqualified, which the subquery would
// then read as its own.
const hasChildren = sql<boolean>`exists (select 1 from ${divisions} c where c.parent_code = "division"."code")`;
const columns = {
  code: divisions.code,
  name: divisions.name,
  parentCode: divisions.parentCode,
  hasChildren,
};

function present(row: Row): Division {
  return { ...row, level: regionLevelOf(row.code) as Division['level'] };
}

/** Administrative divisions: reference data, the same for every user. */
export function createDivisionService({ db }: { db: Executor }) {
  async function children(parentCode: string): Promise<Division[]> {
    const rows = await db
      .select(columns)
      .from(divisions)
      .where(
        parentCode === '' ? isNull(divisions.parentCode) : eq(divisions.parentCode, parentCode),
      )
      .orderBy(asc(divisions.code));
    return rows.map(present);
  }

  async function get(code: string): Promise<Division> {
    const [row] = await db.select(columns).from(divisions).where(eq(divisions.code, code));
    if (!row) throw notFound(entity);
    return present(row);
  }

  /** Names of the given codes, in one query. */
  async function namesOf(codes: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(codes)].filter((c) => c !== '');
    if (wanted.length === 0) return new Map();
    const rows = await db
      .select({ code: divisions.code, name: divisions.name })
      .from(divisions)
      .where(inArray(divisions.code, wanted));
    return new Map(rows.map((r) => [r.code, r.name]));
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
    within?: string;
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
    const rows = await db
      .select(columns)
      .from(divisions)
      .where(and(...conditions))
      .orderBy(sql`length(${divisions.code})`, asc(divisions.code))
      .limit(query.limit);
    return withPaths(rows.map(present));
  }

  /** Display names of region codes, as full paths (贵州省 / 贵阳市 / 南明区), in one query. */
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
    const wanted = [...new Set(codes)].filter((c) => c.length === 12);
    if (wanted.length === 0) return new Map();
    const rows = await db
      .select({
        code: divisions.code,
        name: divisions.name,
        urbanRuralClass: divisions.urbanRuralClass,
      })
      .from(divisions)
      .where(inArray(divisions.code, wanted));
    return new Map(rows.map((r) => [r.code, r]));
  }

  /** Divisions strictly inside `code` at one level (length 9 = townships, 12 = villages). */
  async function descendants(code: string, length: 9 | 12) {
    return db
      .select({
        code: divisions.code,
        name: divisions.name,
        urbanRuralClass: divisions.urbanRuralClass,
      })
      .from(divisions)
      .where(
        and(
          like(divisions.code, `${escapeLike(code)}%`),
          sql`length(${divisions.code}) = ${length}`,
        ),
      )
      .orderBy(asc(divisions.code));
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
