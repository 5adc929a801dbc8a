import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Writes through the API as the signed-in user (the session's CSRF token in the header). */
export async function post<T>(page: Page, path: string, body: unknown): Promise<T> {
  const session = await (await page.request.get('/api/v1/auth/session')).json();
  const response = await page.request.post(path, {
    data: body,
    headers: { 'X-CSRF-Token': session.csrfToken },
  });
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}
