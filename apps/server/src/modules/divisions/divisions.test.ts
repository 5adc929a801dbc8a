import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

let t: TestApp;
let officer: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn('nanming');
});
afterAll(() => t.close());

describe('administrative divisions', () => {
  it('lists the provinces when no parent is given', async () => {
    const response = await officer.get('/api/v1/divisions');
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items).toHaveLength(31);
    expect(items.find((d: { code: string }) => d.code === '52')).toMatchObject({
      name: '贵州省',
      level: 'province',
      hasChildren: true,
    });
  });

  it('lists the townships of the demo county, which have villages loaded', async () => {
    const { items } = (await officer.get('/api/v1/divisions?parent=520102')).json();
    expect(items.map((d: { name: string }) => d.name)).toContain('新华路街道');
    expect(
      items.every(
        (d: { level: string; hasChildren: boolean }) => d.level === 'township' && d.hasChildren,
      ),
    ).toBe(true);
    const villages = (await officer.get('/api/v1/divisions?parent=520102016')).json().items;
    expect(villages[0]).toMatchObject({
      code: '520102016001',
      name: '纪念塔社区',
      level: 'village',
      hasChildren: false,
    });
  });

  it('accepts a long statistical code for the parent', async () => {
    const { items } = (await officer.get('/api/v1/divisions?parent=520100000000')).json();
    expect(items.map((d: { code: string }) => d.code)).toContain('520102');
  });

  it('finds a county by a two-character name prefix and shows its path', async () => {
    const { items } = (
      await officer.get(`/api/v1/divisions/search?q=${encodeURIComponent('南明')}`)
    ).json();
    expect(items[0]).toMatchObject({ code: '520102', pathNames: ['贵州省', '贵阳市', '南明区'] });
  });

  it('finds divisions by a longer name fragment inside a region', async () => {
    const q = encodeURIComponent('纪念塔');
    const { items } = (await officer.get(`/api/v1/divisions/search?q=${q}&within=5201`)).json();
    expect(items.map((d: { code: string }) => d.code)).toEqual(['520102016001']);
  });

  it('finds divisions by code prefix', async () => {
    const { items } = (await officer.get('/api/v1/divisions/search?q=5201&limit=5')).json();
    expect(items[0]).toMatchObject({ code: '5201', name: '贵阳市' });
  });

  it('gives the path of a village and 404 for an unknown code', async () => {
    const path = (await officer.get('/api/v1/divisions/520102016001/path')).json();
    expect(path.pathNames).toEqual(['贵州省', '贵阳市', '南明区', '新华路街道', '纪念塔社区']);
    const missing = await officer.get('/api/v1/divisions/529999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it('attaches 东莞 townships directly to the city, which has no county level', async () => {
    const { items } = (await officer.get('/api/v1/divisions?parent=4419')).json();
    expect(items.length).toBeGreaterThan(20);
    expect(items.every((d: { level: string }) => d.level === 'township')).toBe(true);
  });

  it('refuses a malformed code with a field-level message in Chinese', async () => {
    const response = await officer.get('/api/v1/divisions/52x');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'params.code', message: expect.stringContaining('区划代码') },
    ]);
  });

  it('is closed to anonymous callers', async () => {
    const response = await t.anonymous.get('/api/v1/divisions');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });
});
