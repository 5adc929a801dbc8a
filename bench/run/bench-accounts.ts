import { generatedAccountPassword } from '../generate/accounts';
import type { Target } from '../lib/targets';
import type { Credentials } from './http-load';
import { signIn } from './http-session';
import { runCli } from './server-process';

/** The county officer's county (南明区, Guiyang): inside every scale. */
export const benchCounty = '520102';

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
  {
    username: 'bench-county',
    realName: '基准测试（区县民政）',
    role: 'civil_affairs_county',
    region: benchCounty,
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

/**
 * Sessions of the province officer, the auditor, the county officer (`existing`: username →
 * must change password; a first sign-in changes it and records that), the social worker and the
 * evaluator: generated accounts (the CLI cannot bind one to an organisation), signing in with the
 * generated password; without one, the county officer's session stands in (no scenario uses it
 * then).
 */
export async function signInBenchAccounts(
  port: number,
  existing: Map<string, boolean>,
  worker: string | null,
  evaluator: string | null = null,
): Promise<{
  officer: Credentials;
  auditor: Credentials;
  county: Credentials;
  worker: Credentials;
  evaluator: Credentials;
}> {
  const [officer, auditor, county] = benchAccounts;
  const session = async (account: (typeof benchAccounts)[number]) => {
    const credentials = await signIn(
      port,
      account.username,
      account.passwords,
      existing.get(account.username) ?? true,
    );
    existing.set(account.username, false);
    return credentials;
  };
  const generated = { first: generatedAccountPassword, final: generatedAccountPassword };
  const countySession = await session(county);
  return {
    officer: await session(officer),
    auditor: await session(auditor),
    county: countySession,
    worker: worker ? await signIn(port, worker, generated, false) : countySession,
    evaluator: evaluator ? await signIn(port, evaluator, generated, false) : countySession,
  };
}
