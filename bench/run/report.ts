import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetMarker } from '../lib/dataset-marker';
import type { DatabaseKind } from '../lib/options';
import { resultsRoot } from '../lib/paths';
import type { ImportMeasure } from './import-bench';
import type { Machine } from './machine';
import type { Measure } from './measure';
import type { WorkerImportMeasure } from './worker-import-bench';

export interface EndpointResult {
  endpoint: string;
  as: string;
  concurrency: number;
  app: Measure;
  raw: Measure;
  /** Raw req/s over app req/s: how many times the bare queries' time the app needs. */
  appOverRaw: number;
  /** The server's peak resident set (VmHWM) after this run: which run raised it. */
  peakRssMiB?: number | null;
}

export interface BenchResult {
  date: string;
  db: DatabaseKind;
  scale: string;
  dataset: DatasetMarker;
  machine: Machine;
  settings: Record<string, unknown>;
  endpoints: EndpointResult[];
  import: ImportMeasure;
  /** Absent in results from before the talent registry. */
  workerImport?: WorkerImportMeasure;
  startupMs: number;
  rssAfterStartMiB: number | null;
  /** Peak resident set after the request mix, before the import. */
  peakRssBeforeImportMiB: number | null;
  peakRssMiB: number | null;
  totalSeconds: number;
}

const n = (x: number, digits = 0) =>
  Number.isFinite(x)
    ? x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';
const ms = (x: number) => n(x, x < 10 ? 2 : x < 100 ? 1 : 0);
const ratio = (x: number) => (Number.isFinite(x) ? `${n(x, x < 10 ? 1 : 0)}×` : '–');

const columns = [
  { title: 'endpoint', width: 34, left: true },
  { title: 'conc', width: 4 },
  { title: 'req/s', width: 12 },
  { title: 'p50 ms', width: 7 },
  { title: 'p95 ms', width: 7 },
  { title: 'p99 ms', width: 7 },
  { title: 'errors', width: 6 },
  { title: 'raw req/s', width: 14 },
  { title: 'raw p50', width: 7 },
  { title: 'app/raw', width: 7 },
];

function line(cells: string[]): string {
  return cells
    .map((cell, i) => {
      const c = columns[i]!;
      return c.left ? cell.padEnd(c.width) : cell.padStart(c.width);
    })
    .join('  ')
    .trimEnd();
}

/** The one table: every endpoint at every concurrency, then import, start-up and memory. */
export function formatTable(result: BenchResult): string {
  const m = result.machine;
  const out = [
    `Shegong bench — ${result.scale} on ${result.db} (${m.database}), seed ${result.dataset.seed}, ${result.date}`,
    `${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, load ${m.loadAverage.start} → ${m.loadAverage.end ?? '?'}`,
    '',
    line(columns.map((c) => c.title)),
    line(columns.map((c) => '-'.repeat(c.width))),
  ];
  let previous = '';
  for (const e of result.endpoints) {
    out.push(
      line([
        e.endpoint === previous ? '' : e.endpoint,
        String(e.concurrency),
        n(e.app.perSecond),
        ms(e.app.p50),
        ms(e.app.p95),
        ms(e.app.p99),
        String(e.app.errors),
        n(e.raw.perSecond),
        ms(e.raw.p50),
        ratio(e.appOverRaw),
      ]),
    );
    previous = e.endpoint;
  }
  const i = result.import;
  out.push(line(columns.map((c) => '-'.repeat(c.width))));
  out.push(
    line([
      `import ${n(i.rows)} orgs: xlsx upload+commit`,
      '1',
      `${n(i.rowsPerSecond)} rows/s`,
      '',
      '',
      '',
      '',
      `COPY ${n(i.copyRowsPerSecond)}/s`,
      '',
      ratio(i.copyOverImport),
    ]),
  );
  if (i.rejectedRows || i.garbledRows)
    out.push(
      line([`  rows rejected / garbled (U+FFFD)`, '', `${i.rejectedRows} / ${i.garbledRows}`]),
    );
  const w = result.workerImport;
  if (w) {
    out.push(
      line([
        `import ${n(w.rows)} workers: upload`,
        '1',
        `${n(w.uploadRowsPerSecond)} rows/s`,
        '',
        '',
        '',
        '',
        `peak RSS ${w.peakRssUploadMiB} MiB`,
      ]),
      line([
        '  commit',
        '1',
        `${n(w.commitRowsPerSecond)} rows/s`,
        '',
        '',
        '',
        '',
        `peak RSS ${w.peakRssCommitMiB} MiB`,
      ]),
      line([
        '  upload + commit',
        '1',
        `${n(w.rowsPerSecond)} rows/s`,
        '',
        '',
        '',
        '',
        `COPY ${n(w.copyRowsPerSecond)}/s`,
        '',
        ratio(w.copyOverImport),
      ]),
    );
    if (w.rejectedRows || w.garbledRows || w.created !== w.rows)
      out.push(
        line([
          `  rejected / garbled / created`,
          '',
          `${w.rejectedRows} / ${w.garbledRows} / ${w.created}`,
        ]),
      );
  }
  out.push(line(['start-up to first request', '', `${n(result.startupMs)} ms`]));
  out.push(
    line([
      'server RSS: start / load peak / peak',
      '',
      `${result.rssAfterStartMiB ?? '–'} / ${result.peakRssBeforeImportMiB ?? '–'} / ${result.peakRssMiB ?? '–'} MiB`,
    ]),
  );
  return out.join('\n');
}

/** Writes bench/results/<date>-<db>-<scale>.json (through a .tmp.json, never half-written). */
export function saveResult(result: BenchResult): string {
  mkdirSync(resultsRoot, { recursive: true });
  const path = join(resultsRoot, `${result.date}-${result.db}-${result.scale}.json`);
  const temporary = path.replace(/\.json$/, '.tmp.json');
  writeFileSync(temporary, JSON.stringify(result, null, 2) + '\n');
  renameSync(temporary, path);
  return path;
}
