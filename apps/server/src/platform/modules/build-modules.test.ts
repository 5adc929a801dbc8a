import { describe, expect, it } from 'vitest';
import { systemClock } from '../clock';
import { buildModules, ModuleWiringError } from './build-modules';
import type { ModuleManifest, ModuleName, Needs, PlatformServices } from './define-module';

const platform = { clock: systemClock, say: () => {} } as unknown as PlatformServices;

/** Manifests under made-up names: the builder reads names, needs and calls only. */
function manifest(
  name: string,
  needs: Record<string, string[]>,
  offers: string[],
  calls: Record<string, string[]> = {},
  built: string[] = [],
) {
  return {
    name,
    summary: name,
    needs,
    calls,
    build: ({ needs: granted, calls: late }: { needs: object; calls: object }) => {
      built.push(name);
      const services = Object.fromEntries(
        offers.map((fn) => [fn, () => `${name}.${fn}`]),
      ) as Record<string, unknown>;
      services.granted = granted;
      services.late = late;
      return { services, routes: [] };
    },
  } as unknown as ModuleManifest<ModuleName, Needs, Needs>;
}

describe('building the modules', () => {
  it('builds each module after those it needs, handing over only the functions it named', () => {
    const order: string[] = [];
    const built = buildModules(
      [
        manifest('talent', { registry: ['get'] }, ['count'], {}, order),
        manifest('registry', {}, ['get', 'list'], {}, order),
      ],
      platform,
    );
    expect(order).toEqual(['registry', 'talent']);
    const granted = (built.servicesOf('talent' as ModuleName) as { granted: object }).granted;
    expect(Object.keys((granted as Record<string, object>).registry!)).toEqual(['get']);
  });

  it('stops at a loop of needs, naming it', () => {
    expect(() =>
      buildModules(
        [manifest('a', { b: ['x'] }, ['y']), manifest('b', { a: ['y'] }, ['x'])],
        platform,
      ),
    ).toThrow(
      new ModuleWiringError(
        'modules need each other in a loop: a → b → a (let one of them call the other late, with calls)',
      ),
    );
  });

  it('stops at a module that is not listed, or a function a module does not offer', () => {
    expect(() => buildModules([manifest('a', { ghost: ['x'] }, [])], platform)).toThrow(
      'module a needs module ghost, which is not listed',
    );
    expect(() =>
      buildModules([manifest('a', { b: ['missing'] }, []), manifest('b', {}, ['x'])], platform),
    ).toThrow('module a needs b.missing, which b does not offer');
    expect(() =>
      buildModules([manifest('a', {}, [], { b: ['missing'] }), manifest('b', {}, ['x'])], platform),
    ).toThrow('module a uses b.missing, which b does not offer');
  });

  it('lets a late call close a loop, resolved once everything is built', () => {
    const built = buildModules(
      [manifest('a', {}, ['y'], { b: ['x'] }), manifest('b', { a: ['y'] }, ['x'])],
      platform,
    );
    const late = (
      built.servicesOf('a' as ModuleName) as { late: Record<string, Record<string, () => string>> }
    ).late;
    expect(late.b!.x!()).toBe('b.x');
  });
});
