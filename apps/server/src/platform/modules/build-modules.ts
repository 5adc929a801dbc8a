import type { AccessMap } from '../access/route-access';
import type {
  BuiltModule,
  ModuleManifest,
  ModuleName,
  ModuleServices,
  Needs,
  PlatformServices,
} from './define-module';

export class ModuleWiringError extends Error {}

type AnyManifest = ModuleManifest<ModuleName, Needs, Needs>;
type AnyServices = Record<string, unknown>;

/**
 * Builds every module after the modules it needs. A need on a module that is not in the list, on
 * a function that module does not offer, or a loop of needs stops start-up with one line naming
 * it. Late calls (`calls`) are checked the same way once everything is built.
 */
export function buildModules(
  manifests: readonly AnyManifest[],
  platform: PlatformServices,
): BuiltModules {
  const byName = new Map<string, AnyManifest>();
  for (const manifest of manifests) {
    if (byName.has(manifest.name))
      throw new ModuleWiringError(`module ${manifest.name} is listed twice`);
    byName.set(manifest.name, manifest);
  }
  const built = new Map<ModuleName, BuiltModule<unknown>>();
  const building: string[] = [];

  const build = (name: string, neededBy?: string) => {
    if (built.has(name as ModuleName)) return;
    const manifest = byName.get(name);
    if (!manifest)
      throw new ModuleWiringError(`module ${neededBy} needs module ${name}, which is not listed`);
    if (building.includes(name)) {
      const loop = [...building.slice(building.indexOf(name)), name].join(' → ');
      throw new ModuleWiringError(
        `modules need each other in a loop: ${loop} (let one of them call the other late, with calls)`,
      );
    }
    building.push(name);
    for (const needed of Object.keys(manifest.needs)) build(needed, name);
    building.pop();
    const needs = grant(manifest.name, manifest.needs, (m) => built.get(m)!.services);
    const calls = grant(
      manifest.name,
      manifest.calls ?? {},
      (m) => {
        const target = built.get(m);
        if (!target) throw new Error(`module ${m} is called before the modules are built`);
        return target.services;
      },
      true,
    );
    built.set(manifest.name, manifest.build({ platform, needs, calls } as never));
  };
  for (const manifest of manifests) build(manifest.name);

  for (const manifest of manifests) {
    checkOffered(manifest.name, manifest.needs, built);
    for (const called of Object.keys(manifest.calls ?? {})) {
      if (!built.has(called as ModuleName))
        throw new ModuleWiringError(
          `module ${manifest.name} calls module ${called}, which is not listed`,
        );
    }
    checkOffered(manifest.name, manifest.calls ?? {}, built);
  }
  return {
    all: manifests.map((manifest) => ({
      ...built.get(manifest.name)!,
      name: manifest.name,
      access: manifest.access,
    })),
    servicesOf: (name) => built.get(name)!.services as never,
  };
}

export interface BuiltModules {
  /** In the order listed, each with its name and access map. */
  readonly all: readonly (BuiltModule<unknown> & { name: ModuleName; access: AccessMap })[];
  /** What a module offers, for the platform's own routes (the session names its scope). */
  servicesOf<M extends ModuleName>(name: M): ModuleServices[M];
}

/** Of each module named, the functions named: bound now, or looked up at each call when late. */
function grant(
  owner: string,
  needs: Needs,
  servicesOf: (module: ModuleName) => unknown,
  late = false,
): Record<string, AnyServices> {
  const granted: Record<string, AnyServices> = {};
  for (const [module, functions] of Object.entries(needs) as [ModuleName, string[]][]) {
    const picked: AnyServices = {};
    for (const fn of functions) {
      if (late) {
        picked[fn] = (...args: unknown[]) =>
          ((servicesOf(module) as AnyServices)[fn] as (...a: unknown[]) => unknown)(...args);
      } else {
        const value = (servicesOf(module) as AnyServices)[fn];
        if (value === undefined)
          throw new ModuleWiringError(
            `module ${owner} needs ${module}.${fn}, which ${module} does not offer`,
          );
        picked[fn] = value;
      }
    }
    granted[module] = picked;
  }
  return granted;
}

function checkOffered(owner: string, needs: Needs, built: Map<ModuleName, BuiltModule<unknown>>) {
  for (const [module, functions] of Object.entries(needs) as [ModuleName, string[]][]) {
    const services = built.get(module)?.services as AnyServices | undefined;
    for (const fn of functions) {
      if (typeof services?.[fn] !== 'function')
        throw new ModuleWiringError(
          `module ${owner} uses ${module}.${fn}, which ${module} does not offer`,
        );
    }
  }
}
