import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadForm } from '../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

/** Issue #12, item 5: what Fastify and its plugins refuse is answered in the shape of every error. */

let t: TestApp;
let nanming: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  nanming = await t.signIn('nanming');
});
afterAll(() => t.close());

function expectShape(
  response: { statusCode: number; body: string; headers: Record<string, unknown> },
  status: number,
  code: string,
  message: string,
) {
  expect(response.statusCode, response.body).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/json');
  expect(JSON.parse(response.body)).toEqual({ error: { code, message, details: [] } });
}

describe('errors raised before a route is reached', () => {
  it('answers an over-long path parameter with 414 in the shape, in the request language', async () => {
    const url = `/api/v1/accounts/${'a'.repeat(500)}`;
    expectShape(await nanming.get(url), 414, 'URI_TOO_LONG', '请求地址过长');
    const english = await nanming.request({
      method: 'GET',
      url,
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expectShape(english, 414, 'URI_TOO_LONG', 'The request URL is too long');
  });

  it('answers a bad % escape in the path with 400 in the shape', async () => {
    expectShape(await nanming.get('/api/v1/accounts/%zz'), 400, 'BAD_REQUEST', '请求格式有误');
    const english = await t.anonymous.request({
      method: 'GET',
      url: '/api/v1/divisions/%E0%A4%A',
      headers: { 'accept-language': 'en' },
    });
    expectShape(english, 400, 'BAD_REQUEST', 'The request is malformed');
  });
});

describe('errors raised by the body parsers', () => {
  it('answers a JSON body over the limit with 413 and a content type no route takes with 415', async () => {
    const tooLarge = await nanming.post('/api/v1/workers', { name: 'x'.repeat(1024 * 1024) });
    expectShape(tooLarge, 413, 'PAYLOAD_TOO_LARGE', '请求内容过大');
    const unsupported = await nanming.request({
      method: 'POST',
      url: '/api/v1/workers',
      payload: '<name>x</name>',
      headers: { 'content-type': 'application/xml' },
    });
    expectShape(unsupported, 415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型');
  });
});

describe('errors raised by the multipart reader', () => {
  it('answers an upload over the size limit with 413 in the shape', async () => {
    const tooLarge = Buffer.alloc(50 * 1024 * 1024 + 1, 0x20);
    const response = await nanming.request({
      method: 'POST',
      url: '/api/v1/workers/imports',
      payload: uploadForm(tooLarge),
    });
    expectShape(response, 413, 'PAYLOAD_TOO_LARGE', '请求内容过大');
  });
});
