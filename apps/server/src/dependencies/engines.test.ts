import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';

// semver comes with npm's own tooling in the tree (a dev dependency of a dependency); the check
// is about the lock file, so it may lean on it.
const semver = createRequire(import.meta.url)('semver') as {
  satisfies: (version: string, range: string) => boolean;
  minVersion: (range: string) => { version: string } | null;
};
const lockFile = new URL('../../../../package-lock.json', import.meta.url);
const rootManifest = new URL('../../../../package.json', import.meta.url);

interface LockedPackage {
  version?: string;
  engines?: { node?: string };
}

test('every locked package runs on the lowest Node the README states (npm install warns of none)', async () => {
  const stated = (JSON.parse(await readFile(rootManifest, 'utf8')) as { engines: { node: string } })
    .engines.node;
  const lowest = semver.minVersion(stated)!.version;
  const lock = JSON.parse(await readFile(lockFile, 'utf8')) as {
    packages: Record<string, LockedPackage>;
  };
  const refusing = Object.entries(lock.packages)
    .filter(([, p]) => p.engines?.node && !semver.satisfies(lowest, p.engines.node))
    .map(([path, p]) => `${path}@${p.version} wants node ${p.engines!.node}`);
  expect(refusing).toEqual([]);
});
