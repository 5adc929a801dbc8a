import type {} from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  hasControlCharacter,
  identifierErrorMessages,
  importReportSchema,
  type ImportProblem,
} from '@shegong/domain';
import type { OperationId } from '../access/route-access';
import { actorOf } from '../auth/authentication';
import { AppError, invalidField } from '../errors/app-error';
import { attachment } from '../export/content-disposition';
import { sendXlsx } from '../export/xlsx-stream';
import { moduleRouteSchema } from '../http/route-schema';
import type { ImportKind } from './import-kind';
import { buildTemplate } from './import-template';
import type { ImportService } from './imports.service';
import { subjectHeaders, type ProblemWithSubject } from './row-subject';

const idParams = z.object({ id: z.uuid() });

export interface ImportOperations {
  template: OperationId;
  upload: OperationId;
  report: OperationId;
  problems: OperationId;
  commit: OperationId;
}

/** A module's sheet import: its kind and where its five routes go. */
export interface ImportRoutes {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own row input
  kind: ImportKind<any>;
  basePath: string;
  operations: ImportOperations;
  tags: string[];
}

/** The five routes of one kind of import, under the module's own path (e.g. /organisations). */
export function importRoutes<Input>(deps: {
  imports: ImportService;
  kind: ImportKind<Input>;
  basePath: string;
  operations: ImportOperations;
  tags: string[];
}): FastifyPluginAsyncZod {
  const { imports, kind, basePath, operations, tags } = deps;
  const title = kind.title;
  return async (app) => {
    app.get(
      `${basePath}/import-template`,
      {
        schema: moduleRouteSchema({
          operationId: operations.template,
          summary: `${title['zh-CN']}导入模板 Import template`,
          tags,
        }),
      },
      async (request, reply) => {
        const { language } = request;
        const references = (await kind.referenceSheets?.(actorOf(request), language)) ?? [];
        const file = await buildTemplate(kind as ImportKind<unknown>, language, references);
        const name = `${title[language]}-${language === 'zh-CN' ? '导入模板' : 'import-template'}`;
        return reply
          .header(
            'Content-Type',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          )
          .header('Content-Disposition', attachment(`${name}.xlsx`))
          .send(file);
      },
    );

    app.post(
      `${basePath}/imports`,
      {
        config: { ownTransactions: true },
        schema: moduleRouteSchema({
          operationId: operations.upload,
          summary: `上传${title['zh-CN']}（multipart 字段 file，.xlsx）：逐行校验，生成报告 Upload and validate`,
          tags,
          consumes: ['multipart/form-data'],
          response: { 200: importReportSchema },
        }),
      },
      async (request) => {
        const file = request.isMultipart() ? await request.file() : undefined;
        if (!file) {
          throw new AppError('VALIDATION_FAILED', { fields: 'file' }, [
            {
              path: 'file',
              message: {
                'zh-CN': '请选择要上传的 Excel 文件',
                'en-US': 'Choose an Excel file to upload',
              },
            },
          ]);
        }
        // The name is stored with the job; the multipart header is no schema's to check.
        if (hasControlCharacter(file.filename)) {
          file.file.resume();
          throw invalidField('file', identifierErrorMessages.text.controlCharacter);
        }
        // Past the size limit the reader only cuts the file short (maybe before this handler runs):
        // reading it must fail instead.
        const refuseTooLarge = () => file.file.destroy(new AppError('PAYLOAD_TOO_LARGE'));
        if (file.file.truncated) refuseTooLarge();
        else file.file.once('limit', refuseTooLarge);
        return imports.upload(actorOf(request), kind, {
          fileName: file.filename,
          stream: file.file,
        });
      },
    );

    app.get(
      `${basePath}/imports/:id`,
      {
        schema: moduleRouteSchema({
          operationId: operations.report,
          summary: '导入报告 Import report',
          tags,
          params: idParams,
          response: { 200: importReportSchema },
        }),
      },
      async (request) =>
        imports.report(actorOf(request), kind as ImportKind<unknown>, request.params.id),
    );

    app.get(
      `${basePath}/imports/:id/problems`,
      {
        schema: moduleRouteSchema({
          operationId: operations.problems,
          summary: '下载错误清单（xlsx）Problems as a sheet',
          tags,
          params: idParams,
        }),
      },
      async (request, reply) => {
        const problems = await imports.allProblems(
          actorOf(request),
          kind as ImportKind<unknown>,
          request.params.id,
        );
        const { language } = request;
        const zh = language === 'zh-CN';
        async function* batches() {
          yield problems;
        }
        const subject = subjectHeaders(kind as ImportKind<unknown>, language);
        type Problem = ImportProblem & Pick<ProblemWithSubject, 'subject'>;
        const subjectColumns = [
          ...(subject.name
            ? [{ header: subject.name, width: 14, value: (p: Problem) => p.subject?.name ?? null }]
            : []),
          ...(subject.id
            ? [{ header: subject.id, width: 22, value: (p: Problem) => p.subject?.id ?? null }]
            : []),
        ];
        const prefix = zh ? '导入问题' : 'import-problems';
        return sendXlsx<Problem>(reply, {
          filename: `${prefix}-${title[language]}-${request.params.id.slice(0, 8)}.xlsx`,
          sheet: zh ? '错误清单' : 'Problems',
          columns: [
            { header: zh ? '行号' : 'Row', width: 8, value: (p) => p.row },
            ...subjectColumns,
            { header: zh ? '列' : 'Column', width: 20, value: (p) => p.column },
            {
              header: zh ? '类型' : 'Kind',
              width: 10,
              value: (p) =>
                p.warning ? (zh ? '提醒（已导入）' : 'Warning (imported)') : zh ? '错误' : 'Error',
            },
            { header: zh ? '原因' : 'Reason', width: 60, value: (p) => p.message },
          ],
          rows: batches(),
        });
      },
    );

    app.post(
      `${basePath}/imports/:id/commit`,
      {
        config: { ownTransactions: true },
        schema: moduleRouteSchema({
          operationId: operations.commit,
          summary: '导入全部有效行（一个事务）Commit every valid row in one transaction',
          tags,
          params: idParams,
          response: { 200: importReportSchema },
        }),
      },
      async (request) => imports.commit(actorOf(request), kind, request.params.id),
    );
  };
}
