import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const serverEntry = join(repoRoot, 'apps/server/dist/main.js');

interface Run {
  code: number | null;
  output: string;
}

/** Starts the built server with `env`; resolves when it exits, or once `until` shows up (then stops it). */
function runServer(env: Record<string, string>, until?: RegExp): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [serverEntry], {
      cwd: repoRoot,
      env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (until?.test(output) && !child.killed) child.kill('SIGTERM');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const errorLines = (output: string) =>
  output.split('\n').filter((line) => line.includes('cannot start'));

describe('starting the server', () => {
  it('stops with one clear line on a malformed DATABASE_URL', async () => {
    const run = await runServer({ DATABASE_URL: 'mysql://nope', PORT: '0' });
    expect(run.code).toBe(1);
    expect(errorLines(run.output)).toHaveLength(1);
    expect(run.output).toContain('DATABASE_URL must look like postgres://');
  });

  it('stops with one clear line when the port is taken', async () => {
    const port = new URL(inject('baseUrl')).port;
    const dataDir = await mkdtemp(join(tmpdir(), 'shegong-port-'));
    const run = await runServer({ PORT: port, DATA_DIR: dataDir, SEED_DEMO: 'false' });
    expect(run.code).toBe(1);
    expect(errorLines(run.output)).toEqual([
      `shegong: cannot start — port ${port} is already in use (set PORT to choose another)`,
    ]);
  });

  it('stops with one clear line when the data directory cannot be written', async () => {
    const run = await runServer({ DATA_DIR: '/etc/hostname/shegong-data', PORT: '0' });
    expect(run.code).toBe(1);
    expect(errorLines(run.output)[0]).toMatch(/Data directory .* is not writable/);
  });

  it('keeps its data across a graceful restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'shegong-restart-'));
    const first = await runServer({ DATA_DIR: dataDir, PORT: '0' }, /ready at/);
    expect(first.output).toContain('seeded the demo region');
    expect(first.output).toContain('stopped');
    expect(first.code).toBe(0);
    const second = await runServer({ DATA_DIR: dataDir, PORT: '0' }, /ready at/);
    expect(second.output).not.toContain('seeded the demo region');
    expect(second.output).not.toContain('loaded 44699');
    expect(second.code).toBe(0);
  }, 120_000);
});
