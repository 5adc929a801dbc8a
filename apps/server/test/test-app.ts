import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { Database } from '../src/db/connection';
import { demoPassword } from '../src/demo/demo-accounts';
import type { Clock } from '../src/platform/clock';
import { createTestDatabase } from './test-database';
import type { Role } from '@shegong/domain';
import { insertAccount } from '../src/platform/auth/account-records';
import { withSystemScope } from '../src/platform/access/region-scope';
import { eq } from 'drizzle-orm';
import type { Transaction } from '../src/db/connection';
import { accounts } from '../src/platform/auth/accounts.table';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Signs in a (demo) account and returns a client that carries its cookie and CSRF token. */
  signIn(username: string, password?: string): Promise<TestClient>;
  /** Inserts a ready-to-use account (no forced password change) and signs it in. */
  accountWith(input: {
    username: string;
    roles: Role[];
    regionCode: string;
    organisationId?: string;
  }): Promise<TestClient>;
  /** A client with no session. */
  anonymous: TestClient;
  close(): Promise<void>;
}

export interface TestClient {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  session: { cookie: string; csrfToken: string } | null;
  /** The same client, throwing on any answer that is not 2xx: for setting up fixtures. */
  strict(): TestClient;
}

export function clientFor(
  app: FastifyInstance,
  session: TestClient['session'],
  strict = false,
): TestClient {
  const request = async (options: InjectOptions) => {
    const response = await app.inject({
      ...options,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
        ...options.headers,
      },
    });
    if (strict && (response.statusCode < 200 || response.statusCode > 299))
      throw new Error(
        `${options.method} ${options.url} answered ${response.statusCode}: ${response.body}`,
      );
    return response;
  };
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) =>
      request({
        method: 'POST',
        url,
        ...(payload === undefined ? {} : { payload: payload as object }),
      }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as object }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as object }),
    delete: (url) => request({ method: 'DELETE', url }),
    session,
    strict: () => clientFor(app, session, true),
  };
}

export function sessionOf(response: LightMyRequestResponse): TestClient['session'] {
  const cookie = response.cookies.find((c) => c.name === 'sg_session');
  if (!cookie) return null;
  return {
    cookie: `sg_session=${cookie.value}`,
    csrfToken: (response.json() as { csrfToken: string }).csrfToken,
  };
}

/** The organisation the demo 社工 and 机构管理员 work for. */
async function demoOperator(tx: Transaction): Promise<string | null> {
  const [row] = await tx
    .select({ id: accounts.organisationId })
    .from(accounts)
    .where(eq(accounts.username, 'shegong'));
  return row?.id ?? null;
}

export async function createTestApp(
  options: { clock?: Clock; loginRateLimit?: number } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WEB_DIST: '/nonexistent',
  });
  const app = await buildApp({
    config,
    database,
    clock: options.clock,
    loginRateLimit: options.loginRateLimit ?? 1000,
  });
  await app.ready();
  const testApp: TestApp = {
    app,
    database,
    anonymous: clientFor(app, null),
    async signIn(username, password = demoPassword) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`sign-in of ${username} failed: ${response.body}`);
      return clientFor(app, sessionOf(response));
    },
    async accountWith(input) {
      await withSystemScope(database, async (tx) =>
        insertAccount(tx, {
          // Those who act for an organisation work for the demo one unless told otherwise.
          organisationId: input.roles.some((r) => r === 'social_worker' || r === 'org_admin')
            ? await demoOperator(tx)
            : null,
          ...input,
          realName: input.username,
          password: demoPassword,
          mustChangePassword: false,
        }),
      );
      return testApp.signIn(input.username);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
  return testApp;
}
