import type { Query } from './raw-driver';

/** Parameters of the purchase endpoints, read once from the generated projects and funds. */
export interface PurchaseFixtures {
  projectIds: string[];
  /** Counties that have projects, for the list and the funds summary. */
  counties: string[];
  year: number;
  /** Contracts of the area, signed and after (the contract page). */
  contractIds: string[];
}

export async function readPurchaseFixtures(query: Query, area: string): Promise<PurchaseFixtures> {
  const projectIds = (
    await query(
      'select id from project where region_code like $1 order by md5(id::text) limit 200',
      [`${area}%`],
    )
  ).map((r) => String(r.id));
  const counties = (
    await query(
      'select distinct region_code from project where region_code like $1 order by 1 limit 60',
      [`${area}%`],
    )
  ).map((r) => String(r.region_code));
  const [latest] = await query('select coalesce(max(year), 2026)::int as y from project');
  const contractIds = (
    await query(
      'select id from contract where region_code like $1 order by md5(id::text) limit 200',
      [`${area}%`],
    )
  ).map((r) => String(r.id));
  return { projectIds, counties, year: Number(latest?.y ?? 2026), contractIds };
}
