import { isAnyOf } from '../../db/any-of';
import { eq } from 'drizzle-orm';
import {
  organisationBackgrounds,
  organisationInputSchema,
  organisationTypes,
  serviceFields,
  type OrganisationInput,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { newId } from '../../db/ids';
import type { ImportKind, ImportSource } from '../../platform/imports/import-kind';
import { insertCreated } from '../../platform/imports/insert-created';
import { keyTakenSinceUpload } from '../../platform/imports/stale-upload';
import {
  changedColumns,
  firstWithKey,
  keysRegisteredElsewhere,
  RowProblems,
  regionProblem,
} from '../../platform/imports/row-checks';
import type { DivisionService } from '../divisions';
import { regionCodeSheet } from '../divisions';
import type { OrganisationService } from './organisations.service';
import { organisations } from './organisations.table';

const importedFields = [
  'name',
  'type',
  'background',
  'registeredOn',
  'legalRepresentative',
  'contactPerson',
  'contactPhone',
  'address',
  'regionCode',
  'serviceFields',
] as const;

/** The organisation registry as a sheet: one row per organisation, keyed by its credit code. */
export function organisationImport(deps: {
  database: Database;
  divisions: Pick<DivisionService, 'children' | 'describeRegions' | 'get' | 'namesOf'>;
  organisations: OrganisationService;
}): ImportKind<OrganisationInput> {
  const { database, divisions, organisations: registry } = deps;
  return {
    kind: 'organisations',
    title: { 'zh-CN': '社会组织', 'en-US': 'Organisations' },
    permission: 'organisations:write',
    schema: organisationInputSchema,
    subject: { name: 'name', id: 'creditCode' },
    referenceSheets: regionCodeSheet(divisions),
    columns: [
      {
        key: 'creditCode',
        header: { 'zh-CN': '统一社会信用代码', 'en-US': 'Credit code' },
        kind: 'code',
        required: true,
        example: '52520102MJ0000000X',
        note: {
          'zh-CN': '18 位，民政登记的社会组织以 51/52/53 开头',
          'en-US': '18 characters; 51/52/53… for civil-affairs registrations',
        },
      },
      {
        key: 'name',
        header: { 'zh-CN': '名称', 'en-US': 'Name' },
        kind: 'text',
        required: true,
        example: '南明区某某社会工作服务中心',
      },
      {
        key: 'type',
        header: { 'zh-CN': '类型', 'en-US': 'Type' },
        kind: 'enum',
        required: true,
        options: organisationTypes,
      },
      {
        key: 'background',
        header: { 'zh-CN': '背景', 'en-US': 'Background' },
        kind: 'enum',
        required: true,
        options: organisationBackgrounds,
      },
      {
        key: 'registeredOn',
        header: { 'zh-CN': '登记日期', 'en-US': 'Registered on' },
        kind: 'date',
        required: true,
        example: '2019-05-20',
      },
      {
        key: 'legalRepresentative',
        header: { 'zh-CN': '法定代表人', 'en-US': 'Legal representative' },
        kind: 'text',
        required: true,
      },
      {
        key: 'contactPerson',
        header: { 'zh-CN': '联系人', 'en-US': 'Contact' },
        kind: 'text',
        required: false,
      },
      {
        key: 'contactPhone',
        header: { 'zh-CN': '联系电话', 'en-US': 'Phone' },
        kind: 'code',
        required: false,
      },
      {
        key: 'address',
        header: { 'zh-CN': '地址', 'en-US': 'Address' },
        kind: 'text',
        required: false,
      },
      {
        key: 'regionCode',
        header: { 'zh-CN': '区划代码', 'en-US': 'Region code' },
        kind: 'code',
        required: true,
        example: '520102',
        note: {
          'zh-CN': '组织登记所在区划的统计用区划代码（6、9 或 12 位）',
          'en-US': 'Statistical code of the division of registration',
        },
      },
      {
        key: 'serviceFields',
        header: { 'zh-CN': '服务领域', 'en-US': 'Service fields' },
        kind: 'enum-list',
        required: false,
        options: serviceFields,
        note: { 'zh-CN': '多个用顿号“、”分隔', 'en-US': 'Separate several with commas' },
      },
    ],

    async check(actor, rows, firstRowOf) {
      const problems = new RowProblems();
      const known = await divisions.namesOf(rows.map((r) => r.input.regionCode));
      const firstCodes: string[] = [];
      for (const { rowNumber, input } of rows) {
        for (const problem of registry.problemsOf(input))
          problems.add(rowNumber, columnOf[problem.field], problem.message);
        const misplaced = regionProblem(actor, input.regionCode, known);
        if (misplaced) problems.add(rowNumber, '区划代码', misplaced);
        if (firstWithKey(firstRowOf, input.creditCode, rowNumber, problems, '统一社会信用代码'))
          firstCodes.push(input.creditCode);
      }
      const elsewhere = await keysRegisteredElsewhere(
        database,
        actor,
        organisations,
        organisations.creditCode,
        organisations.regionCode,
        firstCodes,
      );
      for (const code of elsewhere) {
        problems.add(firstRowOf.get(code)!, '统一社会信用代码', {
          'zh-CN': '该组织已在其他辖区登记',
          'en-US': 'Registered in another jurisdiction',
        });
      }
      return problems.byRow;
    },

    commit: commitOne,

    independentBatches: true,

    /** New organisations in one statement with their audit events; known ones one by one. */
    async commitBatch(tx, actor, inputs, source) {
      const existing = await tx
        .select({ creditCode: organisations.creditCode })
        .from(organisations)
        .where(
          isAnyOf(
            organisations.creditCode,
            inputs.map((i) => i.creditCode),
          ),
        );
      const known = new Set(existing.map((o) => o.creditCode));
      const created = inputs
        .filter((i) => !known.has(i.creditCode))
        .map((input) => ({ id: newId(), ...input }));
      await insertCreated(tx, actor, organisations, 'organisation', created, source).catch(
        (error: unknown) => {
          throw keyTakenSinceUpload(error, 'organisation_credit_code_unique', creditCodeKey);
        },
      );
      const counts = { created: created.length, updated: 0, unchanged: 0 };
      for (const input of inputs.filter((i) => known.has(i.creditCode)))
        counts[await commitOne(tx, actor, input, source)]++;
      return counts;
    },
  };

  async function commitOne(
    tx: Transaction,
    actor: Actor,
    input: OrganisationInput,
    source: ImportSource,
  ): Promise<'created' | 'updated' | 'unchanged'> {
    const [current] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.creditCode, input.creditCode));
    if (!current) {
      await registry.insert(tx, actor, input);
      return 'created';
    }
    const changes = changedColumns(current, input, importedFields);
    if (Object.keys(changes).length === 0) return 'unchanged';
    await registry.saveChanges(tx, actor, current, changes, source);
    return 'updated';
  }
}

const columnOf = { creditCode: '统一社会信用代码', registeredOn: '登记日期' } as const;

const creditCodeKey = { 'zh-CN': '统一社会信用代码', 'en-US': 'credit code' };
