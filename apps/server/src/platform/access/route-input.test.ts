import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf, roleCodes, type Permission, type Role } from '@shegong/domain';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import type { CataloguedRoute } from './access-guard';
import { grants } from './route-access';

/**
 * Generated from the route catalogue and the OpenAPI document of the contracts, like the
 * permission tests beside it: every string a route takes (path parameter, query string, JSON body
 * field, at any depth) is sent a NUL, every cursor a value the server never wrote, and each must
 * answer 400 naming that field. A new route is covered without anyone writing a test.
 */

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
};
type Parameter = { in: string; name: string; schema: JsonSchema };
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};

const nul = 'a\u0000b';
const controlCharacterMessage = '不能含有控制字符';
const malformedCursors = ['0', '-1', '1e999', '%', "1' or '1'='1"];
/** Parameter values that pass every route's schema, so only the field under test is wrong. */
const validParams: Record<string, string> = {
  code: '520102',
  province: '52',
  date: '2026-03-03',
  policyCode: 'unknown.policy',
  party: 'community',
};
const someId = '01890000-0000-7000-8000-000000000000';
/**
 * Fastify validates the body before the query string: a route that takes both needs a valid body
 * here for its query strings to be reached.
 */
const validBodies: Record<string, unknown> = {
  setStaffingNorm: {
    urbanVillageMinWorkers: 2,
    ruralVillageMinWorkers: 1,
    townshipStationMinStaff: 1,
    countyStationMinStaff: 1,
    villageStudioMinStaff: 1,
    version: 0,
  },
  setRewardRules: { amounts: [] },
  setTalentTarget: { year: 2026, targetWorkers: 10, targetCertified: 5 },
  setFundShareRule: { rateBp: 200, version: 0 },
  setContractPersonnelRule: { rateBp: 6500, version: 0 },
};

let t: TestApp;
let routes: CataloguedRoute[];
const operations = new Map<string, Operation>();
const byRole = new Map<Role, TestClient>();

beforeAll(async () => {
  t = await createTestApp();
  routes = [...t.app.routeCatalogue];
  const spec = t.app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> };
  for (const methods of Object.values(spec.paths))
    for (const operation of Object.values(methods))
      operations.set(operation.operationId, operation);
  for (const role of roleCodes)
    byRole.set(
      role,
      await t.accountWith({ username: `input.${role}`, roles: [role], regionCode: '520102' }),
    );
}, 120_000);
afterAll(() => t.close());

/** A client the access guard lets through to the route's validation. */
function clientFor(route: CataloguedRoute): TestClient {
  if (route.access === 'public') return t.anonymous;
  const role = roleCodes.find(
    (r) =>
      route.access === 'session' ||
      route.access === 'authenticated' ||
      grants(permissionsOf([r]), route.access as Permission),
  );
  return byRole.get(role!)!;
}

const isString = (schema: JsonSchema): boolean =>
  schema.type === 'string' ||
  (Array.isArray(schema.type) && schema.type.includes('string')) ||
  [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some(isString);

/** Every place in a JSON schema that takes a string, as a path (array items at index 0). */
function stringPaths(schema: JsonSchema, path: (string | number)[] = []): (string | number)[][] {
  if (isString(schema)) return [path];
  const variants = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  return variants.flatMap((variant) => [
    ...Object.entries(variant.properties ?? {}).flatMap(([key, property]) =>
      stringPaths(property, [...path, key]),
    ),
    ...(variant.items ? stringPaths(variant.items, [...path, 0]) : []),
  ]);
}

/** `{ a: { b: [value] } }` for the path `a.b.0`. */
function placed(path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [placed(rest, value)] : { [head!]: placed(rest, value) };
}

function urlOf(route: CataloguedRoute, overrides: Record<string, string> = {}): string {
  return route.url.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(overrides[name] ?? validParams[name] ?? someId),
  );
}

interface Probe {
  label: string;
  field: string;
  send: () => Promise<LightMyRequestResponse>;
}

/** One request per string the route takes, that string a NUL. */
function nulProbes(route: CataloguedRoute): Probe[] {
  const operation = operations.get(route.operationId);
  const client = clientFor(route);
  const request = (url: string, body?: unknown) =>
    route.method === 'GET'
      ? client.get(url)
      : client.request({
          method: route.method as 'POST',
          url,
          ...(body === undefined ? {} : { payload: body as object }),
        });
  const body = operation?.requestBody?.content['application/json']?.schema;
  const validBody = () => {
    if (!body || route.method === 'GET') return undefined;
    if (!(route.operationId in validBodies))
      throw new Error(`${route.operationId} takes a body and a query: add a body to validBodies`);
    return validBodies[route.operationId];
  };
  const probes: Probe[] = [];
  for (const parameter of operation?.parameters ?? []) {
    if (!isString(parameter.schema)) continue;
    const field = `${parameter.in === 'path' ? 'params' : 'query'}.${parameter.name}`;
    if (parameter.in === 'path')
      probes.push({
        label: field,
        field,
        send: () => request(urlOf(route, { [parameter.name]: nul })),
      });
    if (parameter.in === 'query')
      probes.push({
        label: field,
        field,
        send: () =>
          request(`${urlOf(route)}?${parameter.name}=${encodeURIComponent(nul)}`, validBody()),
      });
  }
  for (const path of body ? stringPaths(body) : []) {
    const field = ['body', ...path].join('.');
    probes.push({ label: field, field, send: () => request(urlOf(route), placed(path, nul)) });
  }
  return probes;
}

describe('every string a route takes', () => {
  it('answers a NUL with 400 naming the field', async () => {
    let probed = 0;
    for (const route of routes) {
      for (const probe of nulProbes(route)) {
        const response = await probe.send();
        const label = `${route.method} ${route.url} ${probe.label} → ${response.statusCode} ${response.body.slice(0, 200)}`;
        expect(response.statusCode, label).toBe(400);
        expect(response.json().error.details, label).toContainEqual({
          path: probe.field,
          message: controlCharacterMessage,
        });
        probed++;
      }
    }
    // The contracts hold strings on most routes; a collapse of the walk above would show here.
    expect(probed).toBeGreaterThan(200);
  }, 180_000);
});

describe('every route that takes a cursor', () => {
  it('answers a cursor the server did not write with 400 naming query.cursor', async () => {
    const cursorRoutes = routes.filter((route) =>
      operations
        .get(route.operationId)
        ?.parameters?.some((p) => p.in === 'query' && p.name === 'cursor'),
    );
    expect(cursorRoutes.map((r) => r.operationId).sort()).toEqual(
      expect.arrayContaining(['listAuditEvents', 'listWorkers']),
    );
    for (const route of cursorRoutes) {
      for (const cursor of malformedCursors) {
        const response = await clientFor(route).get(
          `${urlOf(route)}?cursor=${encodeURIComponent(cursor)}`,
        );
        const label = `${route.method} ${route.url} cursor=${cursor} → ${response.statusCode} ${response.body.slice(0, 200)}`;
        expect(response.statusCode, label).toBe(400);
        expect(response.json().error.details, label).toContainEqual(
          expect.objectContaining({ path: 'query.cursor' }),
        );
      }
    }
  });
});
