import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../lib/paths';
import { serverEnvironment, type Target } from '../lib/targets';
import { serverCli, serverMain } from './server-build';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** `VmHWM` (peak resident set) or `VmRSS` of a process, in MiB. */
export function memoryOf(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

const environment = (target: Target, extra: Record<string, string> = {}) => ({
  ...process.env,
  ...serverEnvironment(target),
  SEED_DEMO: 'false',
  LOG_LEVEL: 'warn',
  ...extra,
});

/** Runs the built CLI against the target (the server must not hold a PGlite target open). */
export function runCli(target: Target, args: string[]): string {
  const result = spawnSync('node', [serverCli, ...args], {
    cwd: repoRoot,
    env: environment(target),
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`shegong ${args[0]} failed: ${result.stderr || result.stdout}`);
  return result.stdout.trim();
}

export interface RunningServer {
  port: number;
  pid: number;
  /** From spawning the process to the first answered request (GET /healthz). */
  startupMs: number;
  stop(): Promise<void>;
}

/** The node options `npm start` runs the server with, so that the bench measures the same. */
const startOptions: string[] = JSON.parse(
  readFileSync(join(repoRoot, 'apps', 'server', 'node-options.json'), 'utf8'),
);

/**
 * Starts `node apps/server/dist/main.js` on a free port, with `npm start`'s node options, and waits
 * for its first answer; `nodeArgs` go to node after those (e.g. `--cpu-prof`; a repeated option
 * overrides).
 */
export async function startServer(
  target: Target,
  nodeArgs: readonly string[] = [],
): Promise<RunningServer> {
  const port = await freePort();
  const output: string[] = [];
  const started = performance.now();
  const child: ChildProcess = spawn('node', [...startOptions, ...nodeArgs, serverMain], {
    cwd: repoRoot,
    env: environment(target, { PORT: String(port), HOST: '127.0.0.1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));

  for (;;) {
    if (exitCode !== undefined)
      throw new Error(`the server exited (${exitCode}):\n${output.join('')}`);
    if (performance.now() - started > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer within 120 s:\n${output.join('')}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(5);
  }
  const startupMs = Math.round(performance.now() - started);
  return {
    port,
    pid: child.pid!,
    startupMs,
    async stop() {
      if (exitCode !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function probe(port: number): Promise<number> {
  const started = performance.now();
  await fetch(`http://127.0.0.1:${port}/healthz`);
  return performance.now() - started;
}

/** The health check's usual answer time on an idle server (the best of a few). */
export async function idleLatency(port: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 10; i++) best = Math.min(best, await probe(port));
  return best;
}

/**
 * Waits until the server has worked off requests that a stopped run left in flight (Node does not
 * drop work when the client goes): three health checks in a row answer about as fast as idle.
 */
export async function waitForIdle(port: number, idleMs: number, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (let calm = 0; calm < 3 && performance.now() < deadline;) {
    calm = (await probe(port)) <= idleMs * 2 + 5 ? calm + 1 : 0;
    await sleep(10);
  }
}
