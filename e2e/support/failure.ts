import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Runs a test's steps; when one fails, keeps a screenshot of the page as it was. */
export async function withFailureShot<T>(page: Page, name: string, steps: () => Promise<T>) {
  try {
    return await steps();
  } catch (error) {
    await mkdir(artifacts, { recursive: true });
    await page
      .screenshot({ path: `${artifacts}failed-${name}.png`, fullPage: true })
      .catch(() => undefined);
    throw error;
  }
}
