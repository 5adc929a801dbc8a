import type { IndicatorItem } from '@shegong/domain';
import {
  generalIndicators,
  stationIndicators,
} from '../../apps/server/src/modules/indicators/demo-indicators';
import type {
  indicatorTemplates,
  indicatorVersions,
} from '../../apps/server/src/modules/indicators/indicators.table';
import type { GenerationContext } from './context';
import type { IdFactory } from './ids';

type TemplateRow = typeof indicatorTemplates.$inferInsert;
type VersionRow = typeof indicatorVersions.$inferInsert;

/** A published version as a round takes it (indicators.service currentForAll). */
export interface PublishedVersion {
  id: string;
  label: string;
  items: IndicatorItem[];
  /** Set once the first round has used it (`freeze`). */
  usedAt: Date | null;
}

/**
 * The templates the app ships (the demo province's two, `demo-indicators.ts`), published by each
 * province the data covers on 5 January of the first year: 通用 for every type and 社工站运营 for
 * station operation. Returns the version a project of a province and type is evaluated on.
 */
export function shippedTemplates(
  context: GenerationContext,
  id: IdFactory,
  provinces: readonly string[],
  publishedOn: string,
) {
  const templates: TemplateRow[] = [];
  const versions: VersionRow[] = [];
  const byPlace = new Map<string, PublishedVersion>();
  const at = new Date(`${publishedOn}T09:00:00+08:00`);
  for (const province of provinces) {
    const officer =
      context.registry.accounts.find(
        (a) => a.regionCode === province && a.roles.includes('civil_affairs_province'),
      ) ?? context.registry.accounts.find((a) => a.roles.includes('civil_affairs_city'))!;
    const name = context.divisions.nameOf(province);
    for (const [type, title, items] of [
      ['', '社会工作服务项目评估指标（通用）', generalIndicators],
      ['station_operation', '乡镇（街道）社工站运营评估指标', stationIndicators],
    ] as const) {
      const templateId = id(at);
      const templateName = `${name}${title}`;
      templates.push({
        id: templateId,
        regionCode: province,
        projectType: type,
        name: templateName,
        createdBy: officer.id,
        createdByName: officer.realName,
        createdAt: at,
      });
      const version: VersionRow = {
        id: id(at),
        templateId,
        regionCode: province,
        number: 1,
        state: 'published',
        items: [...items],
        note: '',
        createdBy: officer.id,
        createdByName: officer.realName,
        createdAt: at,
        publishedAt: at,
        publishedBy: officer.id,
        publishedByName: officer.realName,
        usedAt: null,
      };
      versions.push(version);
      byPlace.set(`${province}|${type}`, {
        id: version.id!,
        label: `${templateName} 第 1 版`,
        items: [...items],
        usedAt: null,
      });
    }
  }
  /** The province's station template for a station's operation, its general one otherwise. */
  const versionFor = (regionCode: string, projectType: string) =>
    byPlace.get(`${regionCode.slice(0, 2)}|${projectType}`) ??
    byPlace.get(`${regionCode.slice(0, 2)}|`)!;
  /** The rows to write, each version marked used when a round took it. */
  const rows = () => ({
    templates,
    versions: versions.map((v) => ({
      ...v,
      usedAt: [...byPlace.values()].find((p) => p.id === v.id)?.usedAt ?? null,
    })),
  });
  return { versionFor, rows };
}
