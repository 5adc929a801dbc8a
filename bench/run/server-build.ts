import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, serverRoot } from '../lib/paths';

const sources = [
  join(serverRoot, 'src'),
  join(serverRoot, 'drizzle'),
  join(serverRoot, 'package.json'),
  join(serverRoot, 'build.mjs'),
  join(repoRoot, 'packages', 'domain', 'src'),
];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newest(join(path, name))),
    stat.mtimeMs,
  );
}

export const serverMain = join(serverRoot, 'dist', 'main.js');
export const serverCli = join(serverRoot, 'dist', 'cli.js');

/** Builds the server bundle when it is missing or older than its sources. */
export function ensureServerBuilt(log: (line: string) => void): 'built' | 'up to date' {
  const bundles = [serverMain, serverCli];
  if (bundles.every(existsSync)) {
    const built = Math.min(...bundles.map((b) => statSync(b).mtimeMs));
    if (Math.max(...sources.filter(existsSync).map(newest)) <= built) return 'up to date';
  }
  log('building the server (npm run build -w @shegong/server)');
  const result = spawnSync('npm', ['run', 'build', '-w', '@shegong/server'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('the server build failed');
  return 'built';
}
