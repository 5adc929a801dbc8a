import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  extensionProblems,
  indicatorItemSchema,
  indicatorTreeProblems,
  regionAncestors,
  regionContains,
  auditNote,
  type CreateIndicatorTemplate,
  type IndicatorItem,
  type IndicatorTemplate,
  type IndicatorTemplateListQuery,
  type IndicatorVersion,
  type LocalizedText,
  type ProjectType,
  type UpdateIndicatorDraft,
} from '@shegong/domain';
import type { Database, Executor, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope, visibleFromScope, withScope } from '../../platform/access/region-scope';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, conflict, notFound } from '../../platform/errors/app-error';
import { refuseProblems, type RuleProblem } from '../../platform/errors/rule-problems';
import { regionProblem } from '../../platform/imports/row-checks';
import type { ModuleServices } from '../../platform/modules/define-module';
import { indicatorTemplates, indicatorVersions } from './indicators.table';

const templateEntity: LocalizedText = { 'zh-CN': '评估指标模板', 'en-US': 'Indicator template' };
const versionEntity: LocalizedText = {
  'zh-CN': '评估指标体系版本',
  'en-US': 'Indicator system version',
};

type TemplateRow = typeof indicatorTemplates.$inferSelect;
type VersionRow = typeof indicatorVersions.$inferSelect;

interface Deps {
  database: Database;
  clock: () => Date;
  divisions: Pick<ModuleServices['divisions'], 'describeRegions' | 'namesOf'>;
}

/** A published version other modules score on: its items and where it comes from. */
export interface UsableIndicatorVersion {
  id: string;
  templateId: string;
  templateName: string;
  regionCode: string;
  number: number;
  items: IndicatorItem[];
}

const typeOf = (row: TemplateRow) =>
  row.projectType === '' ? null : (row.projectType as ProjectType);
/** Items read back from jsonb, with every default in place. */
const itemsOf = (row: VersionRow): IndicatorItem[] =>
  row.items.map((item) => indicatorItemSchema.parse(item));

const publishedOnly = (state: string): LocalizedText =>
  state === 'draft'
    ? {
        'zh-CN': '该版本尚未发布，不能用于评估',
        'en-US': 'This version is not published and cannot be used',
      }
    : { 'zh-CN': '', 'en-US': '' };

/** 评估指标体系: versioned templates per region and project type; published versions frozen. */
export function createIndicatorService(deps: Deps) {
  const { database, clock, divisions } = deps;

  const canConfigure = (actor: Actor, regionCode: string) =>
    actor.permissions.has('evaluations:configure') && regionContains(actor.regionCode, regionCode);

  async function loadVersion(tx: Executor, actor: Actor, id: string, lock = false) {
    const query = tx
      .select()
      .from(indicatorVersions)
      .where(
        and(eq(indicatorVersions.id, id), visibleFromScope(indicatorVersions.regionCode, actor)),
      );
    const [row] = await (lock ? query.for('update') : query);
    if (!row) throw notFound(versionEntity);
    return row;
  }

  async function templateOf(tx: Executor, id: string) {
    const [row] = await tx.select().from(indicatorTemplates).where(eq(indicatorTemplates.id, id));
    if (!row) throw notFound(templateEntity);
    return row;
  }

  /** A version and the label of the parent version it extends ("贵州省…（第 1 版）"). */
  async function presentVersion(
    tx: Executor,
    actor: Actor,
    row: VersionRow,
  ): Promise<IndicatorVersion> {
    const template = await templateOf(tx, row.templateId);
    const parent = row.extendsVersionId ? await parentOf(tx, row.extendsVersionId) : null;
    const names = await divisions.describeRegions([row.regionCode], actor.request.language);
    const zh = actor.request.language === 'zh-CN';
    return {
      id: row.id,
      templateId: row.templateId,
      templateName: template.name,
      regionCode: row.regionCode,
      regionName: names.get(row.regionCode) ?? row.regionCode,
      projectType: typeOf(template),
      number: row.number,
      state: row.state as IndicatorVersion['state'],
      items: itemsOf(row),
      extendsVersionId: row.extendsVersionId,
      extendsLabel: parent
        ? zh
          ? `${parent.template.name}（第 ${parent.version.number} 版）`
          : `${parent.template.name} (version ${parent.version.number})`
        : null,
      inheritedKeys: parent ? itemsOf(parent.version).map((item) => item.key) : [],
      note: row.note,
      createdByName: row.createdByName,
      createdAt: row.createdAt.toISOString(),
      publishedAt: row.publishedAt?.toISOString() ?? null,
      publishedByName: row.publishedByName,
      used: row.usedAt !== null,
      canConfigure: row.state === 'draft' && canConfigure(actor, row.regionCode),
      version: row.version,
    };
  }

  /** The parent version a template extends: read whatever the reader's scope (it is above it). */
  async function parentOf(tx: Executor, versionId: string) {
    const [version] = await tx
      .select()
      .from(indicatorVersions)
      .where(eq(indicatorVersions.id, versionId));
    if (!version) return null;
    return { version, template: await templateOf(tx, version.templateId) };
  }

  async function list(
    actor: Actor,
    query: IndicatorTemplateListQuery,
  ): Promise<IndicatorTemplate[]> {
    return withScope(database, actor, async (tx) => {
      const conditions: SQL[] = [visibleFromScope(indicatorTemplates.regionCode, actor)];
      if (query.region) {
        const chain = ['', ...regionAncestors(query.region), query.region];
        conditions.push(
          or(
            startsWith(indicatorTemplates.regionCode, query.region),
            inArray(indicatorTemplates.regionCode, chain),
          )!,
        );
      }
      if (query.projectType)
        conditions.push(inArray(indicatorTemplates.projectType, [query.projectType, '']));
      const rows = await tx
        .select()
        .from(indicatorTemplates)
        .where(and(...conditions))
        .orderBy(asc(indicatorTemplates.regionCode), asc(indicatorTemplates.projectType));
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      const [versions, names] = await Promise.all([
        tx
          .select({
            id: indicatorVersions.id,
            templateId: indicatorVersions.templateId,
            number: indicatorVersions.number,
            state: indicatorVersions.state,
            publishedAt: indicatorVersions.publishedAt,
            usedAt: indicatorVersions.usedAt,
          })
          .from(indicatorVersions)
          .where(inArray(indicatorVersions.templateId, ids))
          .orderBy(desc(indicatorVersions.number)),
        divisions.describeRegions(
          [...new Set(rows.map((r) => r.regionCode))],
          actor.request.language,
        ),
      ]);
      const nameOf = new Map(rows.map((r) => [r.id, r.name]));
      return rows.map((row) => ({
        id: row.id,
        regionCode: row.regionCode,
        regionName: names.get(row.regionCode) ?? row.regionCode,
        projectType: typeOf(row),
        name: row.name,
        extendsTemplateId: row.extendsTemplateId,
        extendsTemplateName: row.extendsTemplateId
          ? (nameOf.get(row.extendsTemplateId) ?? null)
          : null,
        versions: versions
          .filter((v) => v.templateId === row.id)
          .map((v) => ({
            id: v.id,
            number: v.number,
            state: v.state as 'draft' | 'published',
            publishedAt: v.publishedAt?.toISOString() ?? null,
            used: v.usedAt !== null,
          })),
        canConfigure: canConfigure(actor, row.regionCode),
      }));
    });
  }

  async function getVersion(actor: Actor, id: string): Promise<IndicatorVersion> {
    return withScope(database, actor, async (tx) =>
      presentVersion(tx, actor, await loadVersion(tx, actor, id)),
    );
  }

  /** Shape problems, and those of an extension: the parent's items there and unchanged. */
  async function treeProblems(
    tx: Executor,
    items: IndicatorItem[],
    extendsVersionId: string | null,
    complete: boolean,
  ): Promise<RuleProblem[]> {
    const problems: RuleProblem[] = indicatorTreeProblems(items, { complete });
    if (extendsVersionId) {
      const parent = await parentOf(tx, extendsVersionId);
      if (parent) problems.push(...extensionProblems(itemsOf(parent.version), items));
    }
    return problems;
  }

  async function create(actor: Actor, input: CreateIndicatorTemplate): Promise<IndicatorVersion> {
    return withScope(database, actor, async (tx) => {
      const projectType = input.projectType ?? null;
      const problems: RuleProblem[] = [];
      const known = await divisions.namesOf([input.regionCode]);
      const refused = regionProblem(actor, input.regionCode, known);
      if (refused) problems.push({ field: 'regionCode', message: refused });
      let parent: Awaited<ReturnType<typeof parentOf>> = null;
      if (input.extendsVersionId) {
        const [visible] = await tx
          .select({ id: indicatorVersions.id })
          .from(indicatorVersions)
          .where(
            and(
              eq(indicatorVersions.id, input.extendsVersionId),
              visibleFromScope(indicatorVersions.regionCode, actor),
            ),
          );
        parent = visible ? await parentOf(tx, visible.id) : null;
        const above =
          parent &&
          parent.template.regionCode !== input.regionCode &&
          regionContains(parent.template.regionCode, input.regionCode);
        if (!parent || parent.version.state !== 'published' || !above)
          problems.push({
            field: 'extendsVersionId',
            message: {
              'zh-CN': '只能扩展上级区划已发布的指标模板版本',
              'en-US': 'Only a published version of a template of a region above can be extended',
            },
          });
        else if (
          parent.template.projectType !== '' &&
          parent.template.projectType !== (projectType ?? '')
        )
          problems.push({
            field: 'projectType',
            message: {
              'zh-CN': '扩展的模板须适用于同一项目类型',
              'en-US': 'The extended template must be for the same project type',
            },
          });
      }
      refuseProblems(problems);
      const [same] = await tx
        .select({ id: indicatorTemplates.id })
        .from(indicatorTemplates)
        .where(
          and(
            eq(indicatorTemplates.regionCode, input.regionCode),
            eq(indicatorTemplates.projectType, projectType ?? ''),
          ),
        );
      if (same)
        refuseProblems([
          {
            field: 'projectType',
            conflict: true,
            message: {
              'zh-CN': '本区划已有该项目类型的指标模板：请在原模板上新建版本',
              'en-US': 'This region has a template for this project type: make a new version of it',
            },
          },
        ]);
      const items = (input.items ?? (parent ? itemsOf(parent.version) : [])).map((item) =>
        indicatorItemSchema.parse(item),
      );
      refuseProblems(await treeProblems(tx, items, parent?.version.id ?? null, false));
      const now = clock();
      const template = {
        id: newId(),
        regionCode: input.regionCode,
        projectType: projectType ?? '',
        name: input.name,
        extendsTemplateId: parent?.template.id ?? null,
        createdBy: actor.accountId,
        createdByName: actor.realName,
        createdAt: now,
      };
      await tx.insert(indicatorTemplates).values(template);
      const [version] = await tx
        .insert(indicatorVersions)
        .values({
          id: newId(),
          templateId: template.id,
          regionCode: input.regionCode,
          number: 1,
          items,
          extendsVersionId: parent?.version.id ?? null,
          createdBy: actor.accountId,
          createdByName: actor.realName,
          createdAt: now,
        })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'indicator_template',
        entityId: template.id,
        regionCode: template.regionCode,
      });
      return presentVersion(tx, actor, version!);
    });
  }

  /** A draft of the actor's own region (or below), locked, at the version the caller read. */
  async function draftToChange(tx: Transaction, actor: Actor, id: string, expected: number) {
    const row = await loadVersion(tx, actor, id, true);
    if (!canConfigure(actor, row.regionCode)) throw new AppError('FORBIDDEN');
    if (row.state !== 'draft')
      throw conflict({
        'zh-CN': '已发布的版本不能修改：请新建版本',
        'en-US': 'A published version cannot be changed: make a new version',
      });
    if (row.version !== expected) throw new AppError('VERSION_CONFLICT');
    return row;
  }

  async function saveDraft(
    actor: Actor,
    id: string,
    input: UpdateIndicatorDraft,
  ): Promise<IndicatorVersion> {
    return withScope(database, actor, async (tx) => {
      const row = await draftToChange(tx, actor, id, input.version);
      const items = input.items.map((item) => indicatorItemSchema.parse(item));
      refuseProblems(await treeProblems(tx, items, row.extendsVersionId, false));
      const [after] = await tx
        .update(indicatorVersions)
        .set({ items, note: input.note ?? row.note, version: row.version + 1 })
        .where(
          and(eq(indicatorVersions.id, id), inRegionScope(indicatorVersions.regionCode, actor)),
        )
        .returning();
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'indicator_version',
        entityId: id,
        regionCode: row.regionCode,
        detail: auditNote('indicator_draft_saved', { number: row.number, items: items.length }),
      });
      return presentVersion(tx, actor, after!);
    });
  }

  async function publish(actor: Actor, id: string, input: { version: number }) {
    return withScope(database, actor, async (tx) => {
      const row = await draftToChange(tx, actor, id, input.version);
      const items = itemsOf(row);
      refuseProblems(await treeProblems(tx, items, row.extendsVersionId, true));
      const [after] = await tx
        .update(indicatorVersions)
        .set({
          state: 'published',
          publishedAt: clock(),
          publishedBy: actor.accountId,
          publishedByName: actor.realName,
          version: row.version + 1,
        })
        .where(
          and(eq(indicatorVersions.id, id), inRegionScope(indicatorVersions.regionCode, actor)),
        )
        .returning();
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'indicator_version',
        entityId: id,
        regionCode: row.regionCode,
        changes: { state: ['draft', 'published'] },
        detail: auditNote('indicator_published', { number: row.number, items: items.length }),
      });
      return presentVersion(tx, actor, after!);
    });
  }

  /** 新建版本: a draft copied from the template's latest published version. */
  async function nextVersion(actor: Actor, id: string): Promise<IndicatorVersion> {
    return withScope(database, actor, async (tx) => {
      const row = await loadVersion(tx, actor, id);
      if (!canConfigure(actor, row.regionCode)) throw new AppError('FORBIDDEN');
      const siblings = await tx
        .select({ number: indicatorVersions.number, state: indicatorVersions.state })
        .from(indicatorVersions)
        .where(eq(indicatorVersions.templateId, row.templateId))
        .for('update');
      if (siblings.some((s) => s.state === 'draft'))
        throw conflict({
          'zh-CN': '该模板已有一个草稿版本：请先修改并发布它',
          'en-US': 'This template has a draft already: edit and publish it first',
        });
      if (row.state !== 'published')
        throw conflict({
          'zh-CN': '只能以已发布的版本为基础新建版本',
          'en-US': 'A new version starts from a published one',
        });
      const number = Math.max(...siblings.map((s) => s.number)) + 1;
      const [created] = await tx
        .insert(indicatorVersions)
        .values({
          id: newId(),
          templateId: row.templateId,
          regionCode: row.regionCode,
          number,
          items: itemsOf(row),
          extendsVersionId: row.extendsVersionId,
          createdBy: actor.accountId,
          createdByName: actor.realName,
          createdAt: clock(),
        })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'indicator_version',
        entityId: created!.id,
        regionCode: row.regionCode,
        detail: auditNote('indicator_new_version', { number, from: row.number }),
      });
      return presentVersion(tx, actor, created!);
    });
  }

  const usable = async (tx: Executor, row: VersionRow): Promise<UsableIndicatorVersion> => {
    const template = await templateOf(tx, row.templateId);
    return {
      id: row.id,
      templateId: row.templateId,
      templateName: template.name,
      regionCode: row.regionCode,
      number: row.number,
      items: itemsOf(row),
    };
  };

  /**
   * The version an evaluation of `projectType` in `regionCode` uses by default: the latest
   * published version of a template at or above the region — one for the project's type before a
   * 通用 one, then the nearest region's. Null when there is none.
   */
  async function currentFor(
    tx: Executor,
    place: { regionCode: string; projectType: ProjectType },
  ): Promise<UsableIndicatorVersion | null> {
    return (await currentForAll(tx, [place]))[0]!;
  }

  /**
   * `currentFor` of many places in one statement (a spot-check draw opens rounds across a
   * province), in the places' order.
   */
  async function currentForAll(
    tx: Executor,
    places: readonly { regionCode: string; projectType: ProjectType }[],
  ): Promise<(UsableIndicatorVersion | null)[]> {
    if (places.length === 0) return [];
    const chainOf = (code: string) => ['', ...regionAncestors(code), code];
    const regions = [...new Set(places.flatMap((p) => chainOf(p.regionCode)))];
    const types = [...new Set(places.map((p) => p.projectType as string)), ''];
    const rows = await tx
      .select({
        version: indicatorVersions,
        templateName: indicatorTemplates.name,
        templateRegion: indicatorTemplates.regionCode,
        templateType: indicatorTemplates.projectType,
      })
      .from(indicatorVersions)
      .innerJoin(indicatorTemplates, eq(indicatorTemplates.id, indicatorVersions.templateId))
      .where(
        and(
          inArray(indicatorTemplates.regionCode, regions),
          inArray(indicatorTemplates.projectType, types),
          eq(indicatorVersions.state, 'published'),
        ),
      );
    return places.map((place) => {
      const chain = chainOf(place.regionCode);
      const best = rows
        .filter(
          (r) =>
            chain.includes(r.templateRegion) &&
            (r.templateType === place.projectType || r.templateType === ''),
        )
        .sort(
          (a, b) =>
            (b.templateType === '' ? 0 : 1) - (a.templateType === '' ? 0 : 1) ||
            b.templateRegion.length - a.templateRegion.length ||
            b.version.number - a.version.number,
        )[0];
      if (!best) return null;
      return {
        id: best.version.id,
        templateId: best.version.templateId,
        templateName: best.templateName,
        regionCode: best.version.regionCode,
        number: best.version.number,
        items: itemsOf(best.version),
      };
    });
  }

  /** A published version the actor can see, for an evaluation or a contract to name; else 404/409. */
  async function loadUsable(tx: Executor, actor: Actor, versionId: string) {
    const row = await loadVersion(tx, actor, versionId);
    if (row.state !== 'published') throw conflict(publishedOnly(row.state));
    return usable(tx, row);
  }

  /**
   * Marks a published version used (an evaluation or a contract is measured on it): it stays
   * frozen for good. Through the database function of migration 0038, so a county's contract
   * marks its province's version; in the caller's transaction.
   */
  async function freeze(tx: Executor, versionIds: string | readonly string[]): Promise<void> {
    const ids = [...new Set(typeof versionIds === 'string' ? [versionIds] : versionIds)];
    if (ids.length === 0) return;
    await tx.execute(
      sql`select shegong_indicator_version_used(v, ${clock().toISOString()}::timestamptz) from unnest(${sql.param(ids)}::uuid[]) as v`,
    );
  }

  /** The version in force for a region and project type, as the pages show it. */
  async function current(
    actor: Actor,
    query: { region: string; projectType: ProjectType },
  ): Promise<IndicatorVersion> {
    return withScope(database, actor, async (tx) => {
      const found = await currentFor(tx, {
        regionCode: query.region,
        projectType: query.projectType,
      });
      if (!found)
        throw notFound({ 'zh-CN': '现行评估指标体系', 'en-US': 'Indicator system in force' });
      return presentVersion(tx, actor, await loadVersion(tx, actor, found.id));
    });
  }

  return {
    list,
    getVersion,
    current,
    create,
    saveDraft,
    publish,
    nextVersion,
    currentFor,
    currentForAll,
    loadUsable,
    freeze,
  };
}

export type IndicatorService = ReturnType<typeof createIndicatorService>;
