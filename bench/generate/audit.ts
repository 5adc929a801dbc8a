import type { Random } from '../../apps/server/src/demo/random';
import { auditEvents } from '../../apps/server/src/platform/audit/audit.table';
import type { AuditAction } from '../../apps/server/src/platform/audit/audit';
import { instantBetween } from './calendar';
import { familyRandom, type GeneratedAccount, type GenerationContext } from './context';
import type { IdFactory } from './ids';
import { personName } from './people';
import { weighted } from './weighted';

type AuditRow = typeof auditEvents.$inferInsert;

/** Events per account on average, spread over the half year the law asks logs to be kept. */
export const eventsPerAccount = 20;
const windowDays = 183;

type Group = 'officer' | 'org_admin' | 'account_admin' | 'auditor';

const mixes: Record<Group, (readonly [AuditAction, number])[]> = {
  officer: [
    ['login', 20],
    ['logout', 8],
    ['read', 30],
    ['update', 18],
    ['create', 12],
    ['export', 5],
    ['import', 2],
    ['login_failed', 3],
    ['session_expired', 2],
  ],
  org_admin: [
    ['login', 40],
    ['logout', 15],
    ['read', 40],
    ['login_failed', 5],
  ],
  account_admin: [
    ['login', 30],
    ['logout', 10],
    ['create', 15],
    ['update', 35],
    ['login_failed', 5],
    ['read', 5],
  ],
  auditor: [
    ['login', 35],
    ['logout', 10],
    ['export', 15],
    ['read', 35],
    ['login_failed', 5],
  ],
};

function groupOf(account: GeneratedAccount): Group {
  const role = account.roles[0] ?? '';
  if (role.startsWith('civil_affairs')) return 'officer';
  if (role === 'audit_admin') return 'auditor';
  if (role === 'org_admin' || role === 'social_worker') return 'org_admin';
  return 'account_admin';
}

const userAgents = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0 Safari/537.36 QBCore/4.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0 Safari/537.36 SE 2.X MetaSr 1.0',
];

/** Records of a region and everything inside it, found by prefix in one lookup. */
class ByPrefix<T extends { regionCode: string }> {
  private readonly lists = new Map<string, T[]>();
  constructor(items: readonly T[]) {
    for (const item of items) {
      for (const length of [0, 2, 4, 6, 9, 12]) {
        if (length > item.regionCode.length) break;
        const key = item.regionCode.slice(0, length);
        const list = this.lists.get(key) ?? [];
        list.push(item);
        this.lists.set(key, list);
      }
    }
  }
  within(regionCode: string): readonly T[] {
    return this.lists.get(regionCode) ?? [];
  }
}

interface Target {
  type: string;
  id: string;
  regionCode: string;
}

function targetFor(
  random: Random,
  account: GeneratedAccount,
  group: Group,
  action: AuditAction,
  records: {
    organisations: ByPrefix<Target>;
    stations: ByPrefix<Target>;
    accounts: ByPrefix<Target>;
  },
): Target | null {
  if (['login', 'logout', 'login_failed', 'session_expired'].includes(action))
    return { type: 'account', id: account.id, regionCode: account.regionCode };
  if (group === 'auditor') return { type: 'audit_event', id: '', regionCode: account.regionCode };
  if (group === 'account_admin') {
    const inScope = records.accounts.within(account.regionCode);
    return inScope.length ? random.pick(inScope) : null;
  }
  const pool = random.chance(0.55) ? records.stations : records.organisations;
  const inScope = pool.within(account.regionCode);
  return inScope.length ? random.pick(inScope) : null;
}

function changesFor(random: Random, target: Target | null): Record<string, [unknown, unknown]> {
  if (target?.type === 'station')
    return random.chance(0.5)
      ? { servicePopulation: [random.int(1, 90) * 1000, random.int(1, 90) * 1000] }
      : { status: ['planned', 'operating'] };
  if (target?.type === 'organisation')
    return { contactPerson: [personName(random), personName(random)] };
  return { status: ['active', 'disabled'] };
}

function* events(context: GenerationContext, random: Random, id: IdFactory): Generator<AuditRow> {
  const { asOfMs, registry } = context;
  const records = {
    organisations: new ByPrefix(
      registry.organisations.map((o) => ({ type: 'organisation', ...o })),
    ),
    stations: new ByPrefix(registry.stations.map((s) => ({ type: 'station', ...s }))),
    accounts: new ByPrefix(registry.accounts.map((a) => ({ type: 'account', ...a }))),
  };
  const from = asOfMs - windowDays * 86_400_000;
  for (const account of registry.accounts) {
    const group = groupOf(account);
    const ip = `10.${random.int(1, 250)}.${random.int(0, 255)}.${random.int(1, 254)}`;
    const userAgent = random.pick(userAgents);
    for (let n = random.int(eventsPerAccount / 4, (eventsPerAccount * 7) / 4); n > 0; n--) {
      const action = weighted(random, mixes[group]);
      const target = targetFor(random, account, group, action, records);
      const occurredAt = instantBetween(
        random,
        Math.max(from, account.createdAt.getTime()),
        asOfMs,
      );
      const failed = action === 'login_failed';
      yield {
        id: id(occurredAt),
        occurredAt,
        actorId: failed && random.chance(0.3) ? null : account.id,
        actorName: account.realName,
        actorRoles: account.roles,
        action,
        entityType: target?.type ?? null,
        entityId: target?.id || null,
        regionCode: target?.regionCode ?? account.regionCode,
        outcome: failed ? 'failure' : 'success',
        changes: action === 'update' ? changesFor(random, target) : null,
        detail: failed ? 'bad credentials' : action === 'export' ? '{}' : null,
        requestId: id(occurredAt),
        ip,
        userAgent,
      };
    }
  }
}

/** The audit trail: ~20 events per account over the last half year, written as a stream. */
export async function generateAudit(context: GenerationContext): Promise<Record<string, number>> {
  const { random, id } = familyRandom(context, 'audit');
  return { audit_event: await context.writer.write(auditEvents, events(context, random, id)) };
}
