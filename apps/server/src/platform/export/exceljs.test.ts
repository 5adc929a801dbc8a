import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../imports/read-sheet';
import { xlsxOf } from '../../../test/sheets';

describe('reading sheets with Chinese text', () => {
  it('keeps every character whole across the reader’s chunk boundaries', async () => {
    const names = Array.from(
      { length: 3000 },
      (_, i) => `南明区第${i}号社会工作服务中心（新华路街道纪念塔社区）`,
    );
    const file = await xlsxOf([['名称'], ...names.map((name) => [name])]);
    const read: string[] = [];
    for await (const row of readSheet(Readable.from(file), [
      { key: 'name', header: { 'zh-CN': '名称', 'en-US': 'Name' }, kind: 'text', required: true },
    ])) {
      read.push(String(row.cells.get('name')));
    }
    expect(read.filter((name) => name.includes('\uFFFD'))).toEqual([]);
    expect(read).toEqual(names);
  });
});
