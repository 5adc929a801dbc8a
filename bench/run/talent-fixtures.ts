import type { Query } from './raw-driver';

/** Parameters of the talent endpoints, read once from the generated registry. */
export interface TalentFixtures {
  workerIds: string[];
  /** Per county, the cursor after its first page of 20 (the id of the page's last row). */
  secondPages: { region: string; after: string; cursor: string }[];
  /** Surnames by how common they are in the scale, the commonest first. */
  surnames: string[];
}

/** The list's cursor: the last row's id, base64url (workers.service `encodeCursor`). */
export const workerCursor = (id: string) => Buffer.from(id).toString('base64url');

export async function readTalentFixtures(
  query: Query,
  area: string,
  counties: string[],
): Promise<TalentFixtures> {
  const workerIds = (
    await query(
      'select id from worker where region_code like $1 order by md5(id::text) limit 200',
      [`${area}%`],
    )
  ).map((r) => String(r.id));
  const secondPages: TalentFixtures['secondPages'] = [];
  for (const region of counties.slice(0, 60)) {
    const [row] = await query(
      'select id from worker where region_code like $1 order by id desc offset 19 limit 1',
      [`${region}%`],
    );
    if (row)
      secondPages.push({ region, after: String(row.id), cursor: workerCursor(String(row.id)) });
  }
  const surnames = (
    await query(
      `select left(name, 1) as surname from worker where region_code like $1
       group by 1 order by count(*) desc, 1 limit 30`,
      [`${area}%`],
    )
  ).map((r) => String(r.surname));
  return { workerIds, secondPages, surnames };
}
