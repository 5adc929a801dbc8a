import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/**
 * A region outside the actor's scope — a record's division or a `?region=` filter — is refused
 * with the platform's one answer (platform/access/region-in-scope): 400 naming the field.
 */
export function expectOutsideScope(response: LightMyRequestResponse, path: string): void {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.json().error.details).toEqual([
    expect.objectContaining({ path, message: '区划不在您的管辖范围内' }),
  ]);
}
