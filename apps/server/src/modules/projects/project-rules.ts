import { regionContains } from '@shegong/domain';
import type { Actor } from '../../platform/access/actor';
import type { RuleProblem } from '../../platform/errors/rule-problems';
import { regionProblem } from '../../platform/imports/row-checks';

/** What a project's plan fixes of its place and time. */
export interface ProjectPlan {
  regionCode: string;
  areaRegionCodes: readonly string[];
  areaStationIds: readonly string[];
  termStart: string;
  termEnd: string;
}

/** What the plan rules read from the database, for one plan or a batch (`planFactsOf`). */
export interface PlanFacts {
  /** The divisions that exist among those named. */
  divisions: ReadonlyMap<string, unknown>;
  /** The stations the actor sees among those named, with their division. */
  stations: ReadonlyMap<string, { regionCode: string }>;
}

/**
 * Every problem of a plan's division, area and term, by field: the form, the draft's changes and
 * the project import give the same verdict.
 */
export function planProblems(actor: Actor, plan: ProjectPlan, facts: PlanFacts): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (plan.termEnd < plan.termStart)
    problems.push({
      field: 'termEnd',
      message: {
        'zh-CN': '服务期限的结束日期不能早于开始日期',
        'en-US': 'The term cannot end before it starts',
      },
    });
  const regionRefused = regionProblem(actor, plan.regionCode, facts.divisions);
  if (regionRefused) problems.push({ field: 'regionCode', message: regionRefused });
  const outside = plan.areaRegionCodes.filter(
    (code) => !facts.divisions.has(code) || !regionContains(plan.regionCode, code),
  );
  if (outside.length > 0)
    problems.push({
      field: 'area.regionCodes',
      message: {
        'zh-CN': `服务区域须是购买方辖区内的行政区划：${outside.join('、')}`,
        'en-US': `The area must lie in the purchaser's division: ${outside.join(', ')}`,
      },
    });
  const bad = plan.areaStationIds.filter((id) => {
    const station = facts.stations.get(id);
    return !station || !regionContains(plan.regionCode, station.regionCode);
  });
  if (bad.length > 0)
    problems.push({
      field: 'area.stationIds',
      message: {
        'zh-CN': `服务站点须是购买方辖区内的站点（${bad.length} 个不是）`,
        'en-US': `${bad.length} station(s) are not in the purchaser's division`,
      },
    });
  return problems;
}

/** 项目编号 is unique within the purchaser's division. */
export const duplicateCode = (code: string): RuleProblem => ({
  field: 'code',
  conflict: true,
  message: {
    'zh-CN': `项目编号「${code}」在本区划已被使用`,
    'en-US': `Project code “${code}” is already used in this division`,
  },
});

/** The natural key of a project: its purchaser's division and its code. */
export const projectKey = (p: { regionCode: string; code: string }) => `${p.regionCode}:${p.code}`;
