// Which builds are missing or older than their sources; shared by `npm start` and the CLI wrapper.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function stale(output, sources) {
  const target = join(root, output);
  if (!existsSync(target)) return true;
  const built = statSync(target).mtimeMs;
  return sources.some((dir) => newestMtime(join(root, dir)) > built);
}

export const serverStale = () =>
  stale('apps/server/dist/main.js', ['apps/server/src', 'packages/domain/src']);
export const webStale = () =>
  stale('apps/web/dist/index.html', ['apps/web/src', 'apps/web/public', 'packages/domain/src']);
