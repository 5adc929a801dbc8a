import { and, desc, eq } from 'drizzle-orm';
import {
  serviceFields,
  stationInputSchema,
  stationStatuses,
  stationTiers,
  type StationInput,
} from '@shegong/domain';
import type { Transaction } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import type { ImportKind } from '../../platform/imports/import-kind';
import { changedColumns, firstWithKey, RowProblems } from '../../platform/imports/row-checks';
import type { DivisionService } from '../divisions';
import { regionCodeSheet } from '../divisions';
import { holdingPlace, placementProblem, type StationService } from './stations.service';
import { stations } from './stations.table';

const importedFields = [
  'name',
  'address',
  'openedOn',
  'status',
  'serviceFields',
  'servicePopulation',
] as const;

/**
 * The station a row names. A row marked 已关闭 names the closed station of its tier, division and
 * name if there is one (so importing an old sheet again neither copies nor reopens anything), else
 * the station holding the place (which it closes). Any other row names the station holding its
 * tier and division; where only closed ones remain, it opens a new station.
 */
async function stationOfRow(tx: Transaction, input: StationInput) {
  if (input.status === 'closed') {
    const [closed] = await tx
      .select()
      .from(stations)
      .where(
        and(
          eq(stations.tier, input.tier),
          eq(stations.regionCode, input.regionCode),
          eq(stations.name, input.name),
          eq(stations.status, 'closed'),
        ),
      )
      .orderBy(desc(stations.updatedAt), desc(stations.id))
      .limit(1);
    if (closed) return closed;
  }
  const [holding] = await tx
    .select()
    .from(stations)
    .where(holdingPlace(input.tier, input.regionCode));
  return holding;
}

/**
 * The station network as a sheet, keyed by tier and division (one open station of a tier per
 * division; see stationOfRow). Rows are committed in sheet order, so list county and township stations before
 * the village ones that hang under them.
 */
export function stationImport(deps: {
  divisions: Pick<DivisionService, 'children' | 'describeRegions' | 'get' | 'namesOf'>;
  stations: StationService;
}): ImportKind<StationInput> {
  const { divisions, stations: network } = deps;
  return {
    kind: 'stations',
    title: { 'zh-CN': '服务站点', 'en-US': 'Stations' },
    permission: 'stations:write',
    schema: stationInputSchema,
    subject: { name: 'name' },
    referenceSheets: regionCodeSheet(divisions),
    columns: [
      {
        key: 'name',
        header: { 'zh-CN': '站点名称', 'en-US': 'Name' },
        kind: 'text',
        required: true,
        example: '新华路街道社会工作服务站',
      },
      {
        key: 'tier',
        header: { 'zh-CN': '层级', 'en-US': 'Tier' },
        kind: 'enum',
        required: true,
        options: stationTiers,
      },
      {
        key: 'regionCode',
        header: { 'zh-CN': '区划代码', 'en-US': 'Region code' },
        kind: 'code',
        required: true,
        example: '520102016',
        note: {
          'zh-CN': '县级站 6 位、乡镇（街道）站 9 位、村（社区）站与社工室 12 位',
          'en-US': '6 digits for county, 9 for township, 12 for village stations',
        },
      },
      {
        key: 'address',
        header: { 'zh-CN': '地址', 'en-US': 'Address' },
        kind: 'text',
        required: false,
      },
      {
        key: 'openedOn',
        header: { 'zh-CN': '建成日期', 'en-US': 'Opened on' },
        kind: 'date',
        required: false,
      },
      {
        key: 'status',
        header: { 'zh-CN': '状态', 'en-US': 'Status' },
        kind: 'enum',
        required: false,
        options: stationStatuses,
        note: { 'zh-CN': '留空为运营中', 'en-US': 'Blank means operating' },
      },
      {
        key: 'serviceFields',
        header: { 'zh-CN': '服务领域', 'en-US': 'Service fields' },
        kind: 'enum-list',
        required: false,
        options: serviceFields,
      },
      {
        key: 'servicePopulation',
        header: { 'zh-CN': '服务人口', 'en-US': 'Residents served' },
        kind: 'integer',
        required: false,
      },
    ],

    async check(actor, rows, firstRowOf) {
      const problems = new RowProblems();
      const known = await divisions.namesOf(rows.map((r) => r.input.regionCode));
      for (const { rowNumber, input } of rows) {
        const misplaced = placementProblem(actor, input.tier, input.regionCode, known);
        if (misplaced) problems.add(rowNumber, '区划代码', misplaced);
        firstWithKey(
          firstRowOf,
          `${input.tier}:${input.regionCode}`,
          rowNumber,
          problems,
          '区划代码',
        );
      }
      return problems.byRow;
    },

    async commit(tx: Transaction, actor: Actor, input, source) {
      const current = await stationOfRow(tx, input);
      if (!current) {
        await network.insert(tx, actor, input);
        return 'created';
      }
      const changes = changedColumns(current, input, importedFields);
      if (Object.keys(changes).length === 0) return 'unchanged';
      await network.saveChanges(tx, actor, current, changes, source);
      return 'updated';
    },
  };
}
