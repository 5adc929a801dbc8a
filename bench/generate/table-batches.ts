import type { PgTable } from 'drizzle-orm/pg-core';
import type { BulkWriter } from './bulk-writer';

/** Rows waiting to be written, one list per table of a family. */
export type TableRows<T extends Record<string, PgTable>> = {
  [K in keyof T]: T[K]['$inferInsert'][];
};

/**
 * A family's tables and the rows it has made of them, written together in the tables' order (the
 * order their foreign keys need) whenever the family flushes, so a large scale never holds all.
 */
export class TableBatches<T extends Record<string, PgTable>> {
  readonly rows: TableRows<T>;
  readonly written: Record<string, number> = {};

  constructor(
    private readonly writer: BulkWriter,
    private readonly tables: T,
  ) {
    this.rows = Object.fromEntries(
      Object.keys(tables).map((name) => [name, []]),
    ) as unknown as TableRows<T>;
  }

  async flush(): Promise<void> {
    for (const name of Object.keys(this.tables) as (keyof T & string)[]) {
      const rows = this.rows[name];
      this.written[name] =
        (this.written[name] ?? 0) + (await this.writer.write(this.tables[name]!, rows));
      rows.length = 0;
    }
  }
}
