import { and, asc, count, desc, eq, isNotNull, ne, notExists } from 'drizzle-orm';
import type { Database, Transaction } from '../db/connection';
import { startsWith } from '../db/text-prefix';
import { organisations } from '../modules/organisations/organisations.table';
import { stations } from '../modules/stations/stations.table';
import { accounts } from '../platform/auth/accounts.table';
import { insertAccount } from '../platform/auth/account-records';
import { loadVillages } from '../modules/divisions/village-loader';
import { withSystemScope } from '../platform/access/region-scope';
import { createDivisionService } from '../modules/divisions/divisions.service';
import { seedDemoNetwork } from './seed-demo-network';
import { seedDemoTalent } from './seed-demo-talent';
import { seedDemoIndicators } from '../modules/indicators';
import { seedDemoContract } from './seed-demo-contract';
import { seedDemoEvaluation } from './seed-demo-evaluation';
import { listedOrganisation, seedDemoTender } from './seed-demo-tender';
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
    await seedDemoNetwork(tx, createDivisionService({ reader: () => tx }));
    await seedDemoTalent(tx);
    const operator = await busiestOperator(tx);
    const specialist = await specialistOf(tx, operator);
    const [agencyA, agencyB] = await agenciesOf(tx, [operator, specialist]);
    const listed = (await listedOrganisation(tx))?.id ?? null;
    const boundTo = { specialist, agencyA: agencyA ?? null, agencyB: agencyB ?? null, listed };
    const inserted = new Map<string, { id: string; realName: string }>();
    for (const { organisation, ...account } of demoAccounts) {
      const row = await insertAccount(tx, {
        ...account,
        organisationId: account.roles.some(
          (role) => role === 'org_admin' || role === 'social_worker' || role === 'evaluator',
        )
          ? organisation
            ? boundTo[organisation]
            : operator
          : null,
        password: demoPassword,
        mustChangePassword: false,
      });
      inserted.set(row.username, row);
    }
    const province = inserted.get('guizhou');
    if (province)
      await seedDemoIndicators(
        tx,
        demoCounty.slice(0, 2),
        { id: province.id, name: province.realName },
        new Date('2026-01-05T09:00:00+08:00'),
      );
    await seedDemoTender(tx, [operator, ...Object.values(boundTo)]);
    await seedDemoContract(tx, operator);
    await seedDemoEvaluation(tx);
    log(
      `seeded the demo region ${demoCounty}: ${demoAccounts.length} accounts, organisations and stations`,
    );
    return true;
  });
}

/**
 * The specialist (专科) of the demo county: another active organisation registered in it, which
 * runs no demo station — the one the stations' workers refer clients to.
 */
async function specialistOf(tx: Transaction, operator: string | null): Promise<string | null> {
  const [found] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        eq(organisations.regionCode, demoCounty),
        eq(organisations.status, 'active'),
        operator ? ne(organisations.id, operator) : undefined,
        notExists(
          tx
            .select({ id: stations.id })
            .from(stations)
            .where(eq(stations.operatorOrganisationId, organisations.id)),
        ),
      ),
    )
    .orderBy(asc(organisations.name))
    .limit(1);
  return found?.id ?? null;
}

/**
 * Two evaluation agencies (评估机构) for the demo evaluators: active organisations registered by the
 * city (third parties to the county's providers), other than the operator and the specialist.
 */
async function agenciesOf(tx: Transaction, taken: (string | null)[]): Promise<string[]> {
  const rows = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(eq(organisations.regionCode, demoCounty.slice(0, 4)), eq(organisations.status, 'active')),
    )
    .orderBy(asc(organisations.name))
    .limit(4);
  return rows
    .map((r) => r.id)
    .filter((id) => !taken.includes(id))
    .slice(0, 2);
}

/** The organisation that runs most stations of the demo county: the demo 机构管理员 manages it. */
async function busiestOperator(tx: Transaction): Promise<string | null> {
  const [busiest] = await tx
    .select({ id: stations.operatorOrganisationId })
    .from(stations)
    .where(
      and(startsWith(stations.regionCode, demoCounty), isNotNull(stations.operatorOrganisationId)),
    )
    .groupBy(stations.operatorOrganisationId)
    .orderBy(desc(count()), asc(stations.operatorOrganisationId))
    .limit(1);
  return busiest?.id ?? null;
}
