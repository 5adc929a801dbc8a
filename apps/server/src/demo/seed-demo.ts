import { count } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { accounts } from '../modules/accounts/accounts.table';
import { insertAccount } from '../modules/accounts/account-records';
import { loadVillages } from '../modules/divisions/village-loader';
import { withSystemScope } from '../platform/access/region-scope';
import { createDivisionService } from '../modules/divisions/divisions.service';
import { seedDemoNetwork } from './seed-demo-network';
import { seedDemoTalent } from './seed-demo-talent';
import { demoAccounts, demoCounty, demoPassword } from './demo-accounts';

/**
 * Fills an empty database with the demo region: villages of the demo province and one account
 * per role. Does nothing when any account exists, so it never touches a real deployment's data.
 */
export async function seedDemo(
  database: Database,
  log: (line: string) => void = () => {},
): Promise<boolean> {
  return withSystemScope(database, async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(accounts);
    if ((existing?.n ?? 0) > 0) return false;
    const villages = await loadVillages(tx, demoCounty.slice(0, 2));
    if (villages.loaded > 0)
      log(`loaded ${villages.loaded} villages of province ${demoCounty.slice(0, 2)}`);
    await seedDemoNetwork(tx, createDivisionService({ db: tx }));
    await seedDemoTalent(tx);
    for (const account of demoAccounts) {
      await insertAccount(tx, { ...account, password: demoPassword, mustChangePassword: false });
    }
    log(
      `seeded the demo region ${demoCounty}: ${demoAccounts.length} accounts, organisations and stations`,
    );
    return true;
  });
}
