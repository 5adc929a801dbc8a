import { censusFigureLinks, type FigureLink, type TalentCensus } from '@shegong/domain';
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
];

/** The total of the list a link opens (the API answers the web address's query under /api/v1). */
export async function listTotal(officer: TestClient, to: string): Promise<number> {
  const response = await officer.strict().get(`/api/v1${to}${to.includes('?') ? '&' : '?'}limit=1`);
  return (response.json() as { total: number }).total;
}
