import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a V8 `.cpuprofile` (node --cpu-prof) the summary needs. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A span of the bench's own timeline, in `process.hrtime.bigint()` nanoseconds. */
export interface Phase {
  name: string;
  from: bigint;
  to: bigint;
}

/** Where one phase's time went in the server: ms of CPU by package, idle (waiting), top functions. */
export interface PhaseProfile {
  phase: string;
  wallMs: number;
  /** Waiting for the database or the network: the event loop had nothing to run. */
  idleMs: number;
  gcMs: number;
  byPackage: Record<string, number>;
  topFunctions: { name: string; ms: number }[];
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : 'native';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.includes('/apps/server/dist/')) return 'shegong server (bundle)';
  if (url.startsWith('node:')) return 'node internals';
  return 'other';
}

const shortUrl = (url: string) =>
  url.replace(/^.*\/node_modules\//, '').replace(/^.*\/apps\/server\/dist\//, 'dist/');

/**
 * Splits the samples of the newest profile in `dir` by the bench's phases (V8 and
 * `process.hrtime` read the same monotonic clock) and sums them by package and function.
 */
export function summariseProfile(dir: string, phases: Phase[]): PhaseProfile[] {
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort()
    .at(-1);
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const round = (x: number) => Math.round(x);
  return phases.map((phase) => {
    const from = Number(phase.from / 1000n);
    const to = Number(phase.to / 1000n);
    const byPackage: Record<string, number> = {};
    const byFunction = new Map<string, number>();
    let at = profile.startTime;
    let [idle, gc] = [0, 0];
    profile.samples.forEach((nodeId, i) => {
      const delta = profile.timeDeltas[i] ?? 0;
      at += delta;
      if (at < from || at > to) return;
      const frame = nodes.get(nodeId)!;
      const ms = delta / 1000;
      if (frame.functionName === '(idle)') return void (idle += ms);
      if (frame.functionName === '(garbage collector)') gc += ms;
      const pkg = packageOf(frame.url, frame.functionName);
      byPackage[pkg] = (byPackage[pkg] ?? 0) + ms;
      const name = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    });
    return {
      phase: phase.name,
      wallMs: round((to - from) / 1000),
      idleMs: round(idle),
      gcMs: round(gc),
      byPackage: Object.fromEntries(
        Object.entries(byPackage)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => [k, round(v)]),
      ),
      topFunctions: [...byFunction]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(([name, ms]) => ({ name, ms: round(ms) })),
    };
  });
}
