import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bench folder and the repository around it, wherever the command is started from. */
export const benchRoot = dirname(dirname(fileURLToPath(import.meta.url)));
export const repoRoot = dirname(benchRoot);
export const serverRoot = join(repoRoot, 'apps', 'server');
export const benchDataRoot = join(benchRoot, '.data');
export const resultsRoot = join(benchRoot, 'results');
