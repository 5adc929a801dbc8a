import { z } from 'zod';
import {
  createProjectFields,
  populationGroups,
  projectStates,
  projectTermInOrder,
  projectTypes,
  regionCodeSchema,
  serviceFields,
  type CreateProject,
  type LocalizedText,
} from '@shegong/domain';
import { withScope } from '../../platform/access/region-scope';
import type { Database } from '../../db/connection';
import { column, termColumns } from '../../platform/imports/import-columns';
import type { ImportKind } from '../../platform/imports/import-kind';
import { changedColumns, firstWithKey, RowProblems } from '../../platform/imports/row-checks';
import { regionCodeSheet, type DivisionService } from '../divisions';
import { projectKey } from './project-rules';
import type { ProjectService } from './projects.service';

/** The sheet's area column: division codes separated by 、 , ; or spaces. */
const areaCodes = z
  .string()
  .transform((text) => text.split(/[、,，;；\s]+/).filter(Boolean))
  .pipe(z.array(regionCodeSchema).max(200));

/** A row: the form's fields, the area as a list of division codes (stations are chosen on the page). */
const projectRowSchema = z
  .strictObject({ ...createProjectFields, areaRegionCodes: areaCodes.optional() })
  .refine(projectTermInOrder, { path: ['termEnd'], message: 'term.order' })
  .transform(({ areaRegionCodes, area, ...fields }): CreateProject => ({
    ...fields,
    area: { regionCodes: areaRegionCodes ?? area.regionCodes, stationIds: [] },
  }));

/** The column each field's problem is reported on. */
const columnOf: Record<string, string> = {
  regionCode: '区划代码',
  code: '项目编号',
  termEnd: '结束日期',
  'area.regionCodes': '服务区域',
  'area.stationIds': '服务区域',
};

/** What a row sets of its draft, compared with a project already there. */
const comparedFields = [
  'year',
  'title',
  'type',
  'needs',
  'serviceFields',
  'populationGroups',
  'areaRegionCodes',
  'budgetFen',
  'termStart',
  'termEnd',
] as const;

const asStored = (input: CreateProject) => ({
  ...input,
  serviceFields: [...new Set(input.serviceFields)],
  populationGroups: [...new Set(input.populationGroups)],
  areaRegionCodes: [...new Set(input.area.regionCodes)],
});

/** Whether a stored project is what the row says: the same file imported again. */
const sameAs = (stored: object, input: CreateProject) =>
  Object.keys(changedColumns(stored, asStored(input), comparedFields)).length === 0;

/**
 * 项目导入: one row per project, made a draft (需求调研) by the form's own write (`draft`),
 * keyed by its division and 项目编号. A row repeating a project already there is unchanged; one
 * that differs from it is refused (a draft is changed on its page, and only while a draft).
 */
export function projectImport(deps: {
  database: Database;
  divisions: Pick<DivisionService, 'children' | 'describeRegions' | 'get'>;
  projects: Pick<ProjectService, 'byKeys' | 'draft' | 'draftProblems'>;
}): ImportKind<CreateProject> {
  const { database, divisions, projects } = deps;
  return {
    kind: 'projects',
    title: { 'zh-CN': '购买服务项目', 'en-US': 'Purchased-service projects' },
    permission: 'projects:manage',
    schema: projectRowSchema,
    subject: { name: 'title', id: 'code' },
    referenceSheets: regionCodeSheet(divisions),
    note: {
      'zh-CN':
        '每行一个项目，导入为草稿（需求调研），按“区划代码 + 项目编号”识别：再次导入同一文件不会重复建项目。服务站点、论证与立项在项目页办理。',
      'en-US':
        'One project a row, imported as a draft and known by its region code and project code: importing the file again adds nothing. Stations, review and set-up are done on the project page.',
    },
    columns: [
      column('regionCode', { 'zh-CN': '区划代码', 'en-US': 'Region code' }, 'code', {
        example: '520102',
        note: { 'zh-CN': '购买主体所在区划', 'en-US': 'The purchasing department’s division' },
      }),
      column('year', { 'zh-CN': '年度', 'en-US': 'Year' }, 'integer', { example: '2026' }),
      column('code', { 'zh-CN': '项目编号', 'en-US': 'Project code' }, 'code', {
        example: 'NM-2026-001',
        note: { 'zh-CN': '本区划内唯一', 'en-US': 'Unique within the division' },
      }),
      column('title', { 'zh-CN': '项目名称', 'en-US': 'Title' }, 'text', {
        example: '南明区社工站运营项目',
      }),
      column('type', { 'zh-CN': '购买方式', 'en-US': 'Type' }, 'enum', { options: projectTypes }),
      column('serviceFields', { 'zh-CN': '服务领域', 'en-US': 'Service fields' }, 'enum-list', {
        options: serviceFields,
      }),
      column(
        'populationGroups',
        { 'zh-CN': '服务对象', 'en-US': 'Population groups' },
        'enum-list',
        {
          required: false,
          options: populationGroups,
        },
      ),
      column('areaRegionCodes', { 'zh-CN': '服务区域', 'en-US': 'Area' }, 'code', {
        required: false,
        example: '520102016、520102017',
        note: {
          'zh-CN': '购买方辖区内的区划代码，以“、”分隔',
          'en-US': 'Division codes in the purchaser’s division, separated by 、',
        },
      }),
      column('budgetFen', { 'zh-CN': '项目预算（元）', 'en-US': 'Budget (yuan)' }, 'yuan', {
        example: '500000.00',
        note: { 'zh-CN': '最多两位小数', 'en-US': 'At most two decimals' },
      }),
      ...termColumns('2026-04-01', '2027-03-31'),
      column('needs', { 'zh-CN': '需求调研', 'en-US': 'Needs found' }, 'text', { required: false }),
    ],

    async check(actor, rows, firstRowOf) {
      const problems = new RowProblems();
      await withScope(database, actor, async (tx) => {
        const existing = await projects.byKeys(
          tx,
          rows.map((r) => r.input),
        );
        const fresh: typeof rows = [];
        for (const row of rows) {
          const key = projectKey(row.input);
          if (!firstWithKey(firstRowOf, key, row.rowNumber, problems, '项目编号')) continue;
          const held = existing.get(key);
          if (!held) fresh.push(row);
          else if (!sameAs(held, row.input)) problems.add(row.rowNumber, '项目编号', differs(held));
        }
        const verdicts = await projects.draftProblems(
          tx,
          actor,
          fresh.map((r) => r.input),
        );
        fresh.forEach(({ rowNumber }, i) => {
          for (const problem of verdicts[i]!)
            problems.add(rowNumber, columnOf[problem.field] ?? problem.field, problem.message);
        });
      });
      return problems.byRow;
    },

    async commit(tx, actor, input, source) {
      const held = (await projects.byKeys(tx, [input])).get(projectKey(input));
      if (held && sameAs(held, input)) return 'unchanged';
      // Made since the upload and different: the draft's own rule refuses the code already used.
      await projects.draft(tx, actor, input, source);
      return 'created';
    },
  };
}

/** A project already there that the row would change: only its page changes a draft. */
function differs(held: { code: string; state: string }): LocalizedText {
  const state = projectStates.find((s) => s.code === held.state);
  const zh = `项目「${held.code}」已存在（${state?.['zh-CN'] ?? held.state}），与本行不同`;
  const en = `Project “${held.code}” exists (${state?.['en-US'] ?? held.state}) and differs from this row`;
  return held.state === 'draft'
    ? { 'zh-CN': `${zh}；请在项目页修改草稿`, 'en-US': `${en}; change the draft on its page` }
    : { 'zh-CN': `${zh}；立项内容已不能修改`, 'en-US': `${en}; it is no longer a draft` };
}
