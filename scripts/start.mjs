// `npm start`: builds what is missing or out of date, then runs the server (which migrates,
// seeds the demo region into an empty database and serves the web app and the API on one port).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, serverStale, webStale } from './build-state.mjs';

// V8 sizes its heap by the machine's memory and collects late: without a cap, a 100,000-row import
// peaks at ~400 MiB of uncollected garbage; with it, ~170 MiB at the same speed (docs/operations.md).
const nodeOptions = JSON.parse(readFileSync(join(root, 'apps/server/node-options.json'), 'utf8'));

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (const [name, isStale] of [
  ['@shegong/web', webStale],
  ['@shegong/server', serverStale],
]) {
  if (!isStale()) continue;
  console.log(`shegong: building ${name}…`);
  const result = spawnSync(npm, ['run', 'build', '-w', name], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const server = spawn(process.execPath, [...nodeOptions, 'apps/server/dist/main.js'], {
  cwd: process.cwd(),
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
