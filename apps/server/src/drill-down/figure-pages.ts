import {
  censusFigureLinks,
  coverageFigureLinks,
  type Coverage,
  type FigureLink,
  type TalentCensus,
} from '@shegong/domain';
import type { TestClient } from '../../test/test-app';

/**
 * The pages whose figures open lists, for the drill-down test: how to fetch the figures of a region
 * as its officer sees them, and the links the page builds from them (the web's own functions). A
 * new dashboard with drill-downs adds one entry here.
 */
export const figurePages: {
  page: string;
  figures: (officer: TestClient, region: string) => Promise<FigureLink[]>;
}[] = [
  {
    page: '人才统计 census',
    figures: async (officer, region) =>
      censusFigureLinks(
        (
          await officer.strict().get(`/api/v1/talent-statistics?region=${region}`)
        ).json() as TalentCensus,
      ),
  },
  {
    page: '阵地覆盖 coverage',
    figures: async (officer, region) =>
      coverageFigureLinks(
        (await officer.strict().get(`/api/v1/coverage?region=${region}`)).json() as Coverage,
      ),
  },
];

/**
 * The total of the list a link opens: the API answers the web address's query under /api/v1 (one
 * row is enough: keyset lists take `limit`, paged ones `pageSize`).
 */
export async function listTotal(officer: TestClient, to: string): Promise<number> {
  const onePage = `${to.includes('?') ? '&' : '?'}limit=1&pageSize=1`;
  const response = await officer.strict().get(`/api/v1${to}${onePage}`);
  return (response.json() as { total: number }).total;
}
