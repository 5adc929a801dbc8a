import { getTableColumns, getTableName, isTable, type Table } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { schema } from '../../db/schema';
import { maskField, maskPersonal, personalData } from './sensitive-fields';

/** Column names that hold something of a person: a name, a number, an address, a birth date… */
const looksPersonal =
  /(^|_)(name|phone|mobile|tel|telephone|fax|email|wechat|qq|id_number|id_card|identity|passport|birth|birthday|age|sex|gender|address|person|representative|contact|assessor|reviewer|organiser|username|ip|user_agent|guardian|household|health|disability|income)(_|$)/;

/** Keys of other records (reviewer_id, worker_id) say nothing of the person by themselves. */
const isKey = (column: string) => column === 'id' || column.endsWith('_id');

const tables: Table[] = Object.values(schema as Record<string, unknown>).filter(
  (value): value is Table => isTable(value),
);

function personalColumns() {
  return tables.flatMap((table) =>
    Object.entries(getTableColumns(table))
      .filter(([, column]) => looksPersonal.test(column.name) && !isKey(column.name))
      .map(([field, column]) => ({ table: getTableName(table), field, column: column.name })),
  );
}

describe('the personal data registry', () => {
  it('classifies every column of the schema that looks personal', () => {
    const unclassified = personalColumns()
      .filter(({ table, field }) => !personalData[table]?.[field])
      .map(({ table, column }) => `${table}.${column}`);
    expect(
      unclassified,
      'classify these in platform/audit/sensitive-fields.ts (masked, hidden or shown with a reason)',
    ).toEqual([]);
  });

  it('names only tables and columns that exist', () => {
    const known = new Map<string, string[]>(
      tables.map((table) => [getTableName(table), Object.keys(getTableColumns(table))]),
    );
    const stale = Object.entries(personalData).flatMap(([table, columns]) =>
      Object.keys(columns)
        .filter((field) => !known.get(table)?.includes(field))
        .map((field) => `${table}.${field}`),
    );
    expect(stale).toEqual([]);
  });

  it('gives a field name one treatment in every table, since the audit trail masks by name', () => {
    const kinds = new Map<string, Set<string>>();
    for (const columns of Object.values(personalData))
      for (const [field, c] of Object.entries(columns))
        kinds.set(field, (kinds.get(field) ?? new Set()).add(c.kind));
    const mixed = [...kinds].filter(([, set]) => set.size > 1).map(([field]) => field);
    expect(mixed).toEqual([]);
  });

  it('says why each column shown whole is shown, and masks the others', () => {
    for (const columns of Object.values(personalData))
      for (const [field, c] of Object.entries(columns)) {
        if (c.kind === 'masked') expect(c.mask('13800138000'), field).not.toBe('13800138000');
        else expect(c.reason.length, field).toBeGreaterThan(10);
      }
  });

  it('masks an organisation’s people and numbers, and a worker’s birth date', () => {
    expect(
      maskPersonal('organisation', {
        name: '南明区阳光社会工作服务中心',
        legalRepresentative: '王芳芳',
        contactPerson: '李明',
        contactPhone: '13800138000',
        address: '贵阳市南明区某路1号',
      }),
    ).toEqual({
      name: '南明区阳光社会工作服务中心',
      legalRepresentative: '王**',
      contactPerson: '李*',
      contactPhone: '138****8000',
      address: '贵阳市南明区某路1号',
    });
    expect(maskField('birthDate', '1988-07-14')).toBe('[hidden]');
    expect(maskField('contactPhone', '0851-85550000')).toBe('085******0000');
  });
});
