import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { refuseOperationsOfOthers } from './access-guard';
import { joinAccessMaps } from './route-access';

describe('the access maps of the modules', () => {
  it('refuses an operation claimed by two maps, naming both owners', () => {
    expect(() =>
      joinAccessMaps([
        { owner: 'module stations', access: { listStations: 'stations:read' } },
        { owner: 'module talent', access: { listStations: 'workers:read' } },
      ]),
    ).toThrow(
      'operationId listStations is in the access maps of both module stations and module talent',
    );
  });

  it('refuses a route of one module that names an operation of another', async () => {
    const app = Fastify();
    const registering = app.register(async (own) => {
      refuseOperationsOfOthers(own, 'stations', { listStations: 'stations:read' });
      own.get('/workers', { schema: { operationId: 'listWorkers' } }, async () => ({}));
    });
    await expect(registering.ready()).rejects.toThrow(
      'of module stations names operation listWorkers, which is not in its access map',
    );
  });
});
