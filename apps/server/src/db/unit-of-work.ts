import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database, Executor, Transaction } from './connection';

/**
 * One unit of work per request: a transaction opened when the request is authenticated and
 * settled when its answer is sent — committed for a success, rolled back for an error — so that
 * authentication, the scope and every query of the request share one connection, and a request
 * that fails half-way leaves nothing half-written.
 *
 * Work joins the unit through `withScope` / `withSystemScope` (platform/access/region-scope.ts),
 * which find it here; code that runs outside a request (jobs, the CLI, seeding) or after the
 * unit has closed (the later batches of a streamed export) gets a transaction of its own.
 */
export interface UnitOfWork {
  readonly database: Database;
  readonly tx: Transaction;
  /** open: work joins it; closing: waiting for the work inside to end; closed: settled. */
  state: 'open' | 'closing' | 'closed';
  /** The role and scope its statements run under now ('system', or a `scope:<code>` setting). */
  setting: string | null;
  /** Pieces of work running inside it now. */
  active: number;
  idle: (() => void)[];
  /** Work to run once the unit has ended, whatever its outcome (`afterUnit`). */
  after: (() => Promise<void>)[];
  settle(outcome: 'commit' | 'rollback'): Promise<void>;
}

const rollbackRequested = Symbol('rollback requested');
const currentUnit = new AsyncLocalStorage<UnitOfWork>();
const insideWork = new AsyncLocalStorage<UnitOfWork>();

/** Opens the transaction of a unit; it stays open until `finishUnit`. */
export function openUnit(database: Database): Promise<UnitOfWork> {
  return new Promise((opened, failed) => {
    let end!: { commit: () => void; rollback: () => void };
    const ended = new Promise<void>((commit, rollback) => {
      end = { commit, rollback: () => rollback(rollbackRequested) };
    });
    const settled = database.drizzle.transaction(async (tx) => {
      opened({
        database,
        tx,
        state: 'open',
        setting: null,
        active: 0,
        idle: [],
        after: [],
        settle: async (outcome) => {
          if (outcome === 'commit') end.commit();
          else end.rollback();
          await settled.catch((error: unknown) => {
            if (error !== rollbackRequested) throw error;
          });
        },
      });
      await ended;
    });
    // A transaction that cannot begin (no connection) fails the request that asked for it.
    settled.catch((error: unknown) => {
      if (error !== rollbackRequested) failed(error);
    });
  });
}

/** Commits or rolls back, after the work still inside has ended; later work runs on its own. */
export async function finishUnit(unit: UnitOfWork, outcome: 'commit' | 'rollback') {
  if (unit.state !== 'open') return;
  unit.state = 'closing';
  while (unit.active > 0) await new Promise<void>((resolve) => unit.idle.push(resolve));
  unit.state = 'closed';
  try {
    await unit.settle(outcome);
  } finally {
    for (const work of unit.after.splice(0)) await work();
  }
}

/**
 * Runs `work` in a transaction of its own once the request's unit of work has ended, committed
 * or not — for what must outlive a refused request, such as the audit event of the refusal —
 * or at once outside a request.
 */
export async function afterUnit(database: Database, work: () => Promise<void>): Promise<void> {
  const unit = openUnitOf(database);
  if (unit) unit.after.push(work);
  else await work();
}

/** Runs `work` with `unit` as the unit of work of everything it calls. */
export function runInUnit<T>(unit: UnitOfWork, work: () => T): T {
  return currentUnit.run(unit, work);
}

/** The open unit of work of the calling request on this database, if there is one. */
export function openUnitOf(database: Database): UnitOfWork | undefined {
  const unit = currentUnit.getStore();
  return unit && unit.database === database && unit.state === 'open' ? unit : undefined;
}

/** Whether the caller is inside a request whose unit of work holds the connection. */
export function insideOpenUnit(): boolean {
  return currentUnit.getStore()?.state === 'open';
}

/**
 * Runs `work` on the unit's transaction under `setting`. Pieces of work under the same setting
 * may run side by side; one under another setting waits until they have ended, then `apply`
 * switches the transaction, so no statement ever runs under another piece's role or scope.
 */
export async function workInUnit<T>(
  unit: UnitOfWork,
  setting: string,
  apply: (tx: Transaction) => Promise<unknown>,
  work: (tx: Transaction) => Promise<T>,
  alone: () => Promise<T>,
): Promise<T> {
  const outer = insideWork.getStore();
  if (outer === unit && unit.setting !== setting) {
    throw new Error(
      `Work under ${setting} was started inside work under ${unit.setting} of the same request; finish the one before starting the other.`,
    );
  }
  // The unit closed while this waited for its turn: the work gets a transaction of its own.
  if (outer !== unit && !(await enter(unit, setting, apply))) return alone();
  try {
    return await insideWork.run(unit, () => work(unit.tx));
  } finally {
    if (outer !== unit) leave(unit);
  }
}

async function enter(
  unit: UnitOfWork,
  setting: string,
  apply: (tx: Transaction) => Promise<unknown>,
): Promise<boolean> {
  for (;;) {
    if (unit.state === 'closed') return false;
    if (unit.setting === setting) {
      unit.active++;
      return true;
    }
    if (unit.active === 0) {
      unit.setting = setting;
      unit.active++;
      try {
        await apply(unit.tx);
      } catch (error) {
        leave(unit);
        throw error;
      }
      return true;
    }
    await new Promise<void>((resolve) => unit.idle.push(resolve));
  }
}

function leave(unit: UnitOfWork) {
  unit.active--;
  if (unit.active === 0) for (const resolve of unit.idle.splice(0)) resolve();
}

/**
 * Where reads of shared reference data (divisions) go: the request's transaction while its unit
 * is open — on PGlite's one connection anything else would wait for it — else the database.
 */
export function readerFor(database: Database): Executor {
  return openUnitOf(database)?.tx ?? database.drizzle;
}
