// `npm run shegong -- <command>`: the server's command-line tool (migrate, create-admin, …).
import { spawnSync } from 'node:child_process';
import { root, serverStale } from './build-state.mjs';

if (serverStale()) {
  const built = spawnSync(
    process.platform === 'win32' ? 'npm.cmd' : 'npm',
    ['run', 'build', '-w', '@shegong/server'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const result = spawnSync(
  process.execPath,
  [`${root}apps/server/dist/cli.js`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
