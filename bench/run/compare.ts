import { readFileSync } from 'node:fs';
import { runMain, UsageError } from '../lib/options';
import type { BenchResult } from './report';

/**
 * Prints results side by side as a Markdown table, for docs/performance.md:
 * npx tsx bench/run/compare.ts bench/results/<a>.json bench/results/<b>.json …
 */
runMain(async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new UsageError('usage: tsx bench/run/compare.ts <result.json>…');
  const results = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as BenchResult);
  const n = (x: number | null | undefined, digits = 0) =>
    x === null || x === undefined || !Number.isFinite(x)
      ? '–'
      : x.toLocaleString('en-US', { maximumFractionDigits: digits });
  const head = results.map((r) => `${r.db} ${r.scale}`);
  const rows: string[] = [
    `| endpoint | conc | ${head.map((h) => `${h}: req/s · p50 · p95 ms · app/raw`).join(' | ')} |`,
    `|---|---:|${head.map(() => '---:').join('|')}|`,
  ];
  for (const [i, e] of results[0]!.endpoints.entries()) {
    const cells = results.map((r) => {
      const x = r.endpoints[i];
      if (!x) return '–';
      return `${n(x.app.perSecond)} · ${n(x.app.p50, 1)} · ${n(x.app.p95, 0)} · ${n(x.appOverRaw, 1)}×`;
    });
    rows.push(`| ${e.endpoint} | ${e.concurrency} | ${cells.join(' | ')} |`);
  }
  const row = (label: string, value: (r: BenchResult) => string) =>
    rows.push(`| ${label} | | ${results.map(value).join(' | ')} |`);
  row(
    'import via API, rows/s (COPY rows/s, ×)',
    (r) =>
      `${n(r.import.rowsPerSecond)} (${n(r.import.copyRowsPerSecond)}, ${n(r.import.copyOverImport, 1)}×)`,
  );
  row(
    'import rows rejected / garbled',
    (r) => `${r.import.rejectedRows} / ${r.import.garbledRows}`,
  );
  row('start-up to first request, ms', (r) => n(r.startupMs));
  row(
    'server RSS after start / peak under load / peak, MiB',
    (r) => `${r.rssAfterStartMiB} / ${r.peakRssBeforeImportMiB ?? '–'} / ${r.peakRssMiB}`,
  );
  row(
    'load average start → end',
    (r) => `${r.machine.loadAverage.start} → ${r.machine.loadAverage.end}`,
  );
  console.log(rows.join('\n'));
});
