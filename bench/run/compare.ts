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
  // Endpoints and levels in the order they first appear: results may hold different mixes.
  const keys = [
    ...new Set(results.flatMap((r) => r.endpoints.map((e) => `${e.endpoint}\t${e.concurrency}`))),
  ];
  for (const key of keys) {
    const [endpoint, concurrency] = key.split('\t') as [string, string];
    const cells = results.map((r) => {
      const x = r.endpoints.find(
        (e) => e.endpoint === endpoint && String(e.concurrency) === concurrency,
      );
      if (!x) return '–';
      return `${n(x.app.perSecond)} · ${n(x.app.p50, 1)} · ${n(x.app.p95, 0)} · ${n(x.appOverRaw, 1)}×`;
    });
    rows.push(`| ${endpoint} | ${concurrency} | ${cells.join(' | ')} |`);
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
  const w = (r: BenchResult) => r.workerImport;
  row('import workers: rows', (r) => n(w(r)?.rows));
  row(
    'upload / commit / both, rows/s',
    (r) =>
      `${n(w(r)?.uploadRowsPerSecond)} / ${n(w(r)?.commitRowsPerSecond)} / ${n(w(r)?.rowsPerSecond)}`,
  );
  row('COPY rows/s (×)', (r) => `${n(w(r)?.copyRowsPerSecond)} (${n(w(r)?.copyOverImport, 1)}×)`);
  row(
    'server RSS start / upload / commit peak, MiB',
    (r) =>
      `${w(r)?.rssAfterStartMiB ?? '–'} / ${w(r)?.peakRssUploadMiB ?? '–'} / ${w(r)?.peakRssCommitMiB ?? '–'}`,
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
