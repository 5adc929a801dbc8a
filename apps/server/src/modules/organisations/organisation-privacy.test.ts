import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationInput } from '../../../test/fixtures';
import { rowsOf, uploadForm } from '../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

let t: TestApp;
let nanming: TestClient;
let xinhua: TestClient;
let auditor: TestClient;

const people = {
  legalRepresentative: '王芳芳',
  contactPerson: '李明',
  contactPhone: '13800138000',
};
const masked = { legalRepresentative: '王**', contactPerson: '李*', contactPhone: '138****8000' };

beforeAll(async () => {
  t = await createTestApp();
  nanming = await t.signIn('nanming');
  xinhua = await t.signIn('xinhua');
  auditor = await t.signIn('auditor');
});
afterAll(() => t.close());

describe('the people and numbers of the organisation registry', () => {
  it('are masked in lists, files and exports, and whole only through the audited reveal', async () => {
    const created = (
      await nanming
        .strict()
        .post('/api/v1/organisations', organisationInput('520102016', 901, people))
    ).json();
    expect(created).toMatchObject(masked);

    for (const reader of [nanming, xinhua]) {
      const listed = (await reader.get('/api/v1/organisations?q=901')).json().items[0];
      expect(listed).toMatchObject(masked);
      expect((await reader.get(`/api/v1/organisations/${created.id}`)).json()).toMatchObject(
        masked,
      );
    }
    const exported = await xinhua.get('/api/v1/organisations/export?q=901');
    const text = JSON.stringify(await rowsOf(exported.rawPayload));
    for (const value of Object.values(people)) expect(text).not.toContain(value);
    expect(text).toContain(masked.contactPhone);

    const revealed = await nanming.post(`/api/v1/organisations/${created.id}/reveal`);
    expect(revealed.json()).toEqual(people);
    expect((await xinhua.post(`/api/v1/organisations/${created.id}/reveal`)).statusCode).toBe(403);
    const trail = (await auditor.get(`/api/v1/audit-events?entityId=${created.id}`)).json().items;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['reveal', 'create']);
    expect(JSON.stringify(trail)).not.toContain(people.contactPhone);
    expect(JSON.stringify(trail)).not.toContain(people.legalRepresentative);
  });

  it('keep their values when an edit or a re-imported export sends the masks back', async () => {
    const created = (
      await nanming
        .strict()
        .post('/api/v1/organisations', organisationInput('520102016', 902, people))
    ).json();
    const edited = await nanming.patch(`/api/v1/organisations/${created.id}`, {
      ...masked,
      address: '贵阳市南明区新址2号',
      version: created.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const reveal = () => nanming.post(`/api/v1/organisations/${created.id}/reveal`);
    expect((await reveal()).json()).toEqual(people);

    const exported = await nanming.get('/api/v1/organisations/export?q=902');
    const uploaded = await nanming.request({
      method: 'POST',
      url: '/api/v1/organisations/imports',
      payload: uploadForm(exported.rawPayload, 'export.xlsx'),
    });
    expect(uploaded.json().validRows, uploaded.body).toBe(1);
    const committed = await nanming.post(
      `/api/v1/organisations/imports/${uploaded.json().id}/commit`,
    );
    expect(committed.json()).toMatchObject({ updated: 0, unchanged: 1 });
    expect((await reveal()).json()).toEqual(people);

    const changed = await nanming.patch(`/api/v1/organisations/${created.id}`, {
      contactPhone: '13900139000',
      version: edited.json().version,
    });
    expect(changed.json().contactPhone).toBe('139****9000');
    expect((await reveal()).json().contactPhone).toBe('13900139000');
  });
});
