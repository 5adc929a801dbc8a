import type { Target } from '../lib/targets';
import type { Credentials } from './http-load';
import { signIn } from './http-session';
import { runCli } from './server-process';

/**
 * The accounts the bench signs in with, created by the CLI the way an operator would: new
 * accounts must change their password at first sign-in, which the bench does once.
 */
export const benchAccounts = [
  {
    username: 'bench-officer',
    realName: '基准测试（省民政）',
    role: 'civil_affairs_province',
    region: '52',
    passwords: { first: 'Bench#First2026', final: 'Bench#Final2026' },
  },
  {
    username: 'bench-auditor',
    realName: '基准测试（审计）',
    role: 'audit_admin',
    region: '52',
    passwords: { first: 'Bench#First2026', final: 'Bench#Final2026' },
  },
] as const;

/** Creates the bench accounts that `existing` (username → must change password) lacks. */
export async function ensureBenchAccounts(
  target: Target,
  existing: Map<string, boolean>,
  log: (line: string) => void,
): Promise<void> {
  for (const account of benchAccounts) {
    if (existing.has(account.username)) continue;
    log(
      runCli(target, [
        'create-admin',
        '--username',
        account.username,
        '--real-name',
        account.realName,
        '--region',
        account.region,
        '--role',
        account.role,
        '--password',
        account.passwords.first,
      ]),
    );
    existing.set(account.username, true);
  }
}

/** Sessions of the officer and the auditor (`existing`: username → must change password). */
export async function signInBenchAccounts(
  port: number,
  existing: Map<string, boolean>,
): Promise<{ officer: Credentials; auditor: Credentials }> {
  const [officer, auditor] = benchAccounts;
  const session = (account: typeof officer | typeof auditor) =>
    signIn(port, account.username, account.passwords, existing.get(account.username) ?? true);
  return { officer: await session(officer), auditor: await session(auditor) };
}
