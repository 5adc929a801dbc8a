import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../../db/connection';
import type { AccessMap } from '../access/route-access';
import type { AuditSubjectNames } from '../audit/audit-subjects';
import type { Clock } from '../clock';
import type { DeadlinePolicy } from '../deadlines/deadline-policy';
import type { DeadlineService } from '../deadlines/deadlines.service';
import type { ImportRoutes } from '../imports/imports.routes';
import type { ImportService } from '../imports/imports.service';

/** What the platform gives every module. */
export interface PlatformServices {
  readonly database: Database;
  readonly clock: Clock;
  readonly imports: ImportService;
  /** The deadline engine: start, pause, resume, meet, cancel and read deadlines in `tx`. */
  readonly deadlines: DeadlineService;
  /** Where a background job says what it did or why it failed. */
  readonly say: (line: string) => void;
}

/**
 * The services each module offers the others, by module name. Each module's `index.ts` adds its
 * own entry (`declare module '…/define-module' { interface ModuleServices { … } }`), so a module
 * that names another's services is checked against what that module really offers.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ModuleServices {}

export type ModuleName = keyof ModuleServices;

/** For each module depended on, the functions of its services used: nothing more is handed over. */
export type Needs = { readonly [M in ModuleName]?: readonly (keyof ModuleServices[M])[] };

/** What a module is handed for its needs: of each module, the functions it named. */
export type Granted<N extends Needs> = {
  readonly [M in keyof N & ModuleName]: Pick<
    ModuleServices[M],
    N[M] extends readonly (infer K)[] ? K & keyof ModuleServices[M] : never
  >;
};

/** A job that runs beside the server (the census upkeep): started after listening, stopped at close. */
export interface BackgroundJob {
  readonly name: string;
  /** Starts the job; the function it returns stops it and waits for work under way. */
  start(): () => Promise<void>;
}

export interface BuiltModule<Services> {
  readonly services: Services;
  /** Route plugins, registered under /api/v1. */
  readonly routes: readonly FastifyPluginAsync[];
  /** Sheet imports: each gets the five import routes under its base path. */
  readonly imports?: readonly ImportRoutes[];
  readonly jobs?: readonly BackgroundJob[];
  /** How the audit log names this module's records, by the entity type its events carry. */
  readonly auditSubjects?: Readonly<Record<string, AuditSubjectNames>>;
}

export interface ModuleManifest<
  Name extends ModuleName = ModuleName,
  N extends Needs = Needs,
  C extends Needs = Needs,
> {
  readonly name: Name;
  /** One line on what the module is for, in the field's words. */
  readonly summary: string;
  /** What each of its routes requires (`<name>.access.ts`): its routes may name no other operation. */
  readonly access: AccessMap;
  /** The deadline policies it starts deadlines of (`defineDeadlinePolicy`); codes are unique. */
  readonly deadlinePolicies?: readonly DeadlinePolicy[];
  /** Services of other modules it is built with: those modules are built first. */
  readonly needs: N;
  /**
   * Services it calls only while serving a request, from modules that may be built after it —
   * the one way to close a loop (organisations show talent's headcounts; talent checks an
   * employer against organisations). Resolved once every module is built.
   */
  readonly calls?: C;
  build(context: {
    platform: PlatformServices;
    needs: Granted<N>;
    calls: Granted<C>;
  }): BuiltModule<ModuleServices[Name]>;
}

/** Declares a module; `buildModules` (build-modules.ts) builds the list in dependency order. */
export function defineModule<Name extends ModuleName, N extends Needs, C extends Needs = object>(
  manifest: ModuleManifest<Name, N, C>,
): ModuleManifest<Name, N, C> {
  return manifest;
}
