import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accountListQuerySchema,
  accountOrganisationOptionSchema,
  accountOrganisationQuerySchema,
  accountSchema,
  accountWorkerOptionSchema,
  accountWorkerQuerySchema,
  assignAccessSchema,
  createAccountSchema,
  pageOf,
  resetPasswordSchema,
  updateAccountSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { routeSchema } from './accounts.access';
import type { AccountService } from './accounts.service';

const tags = ['账号 Accounts'];
const idParams = z.object({ id: z.uuid() });

export function accountRoutes(accounts: AccountService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/accounts',
      {
        schema: routeSchema({
          operationId: 'listAccounts',
          summary: '账号列表（本人管辖范围内）Accounts in scope',
          tags,
          querystring: accountListQuerySchema,
          response: { 200: pageOf(accountSchema) },
        }),
      },
      async (request) => accounts.list(actorOf(request), request.query),
    );

    app.get(
      '/accounts/organisation-options',
      {
        schema: routeSchema({
          operationId: 'listAccountOrganisations',
          summary:
            '可关联机构管理员账号的机构（本人管辖范围内）Organisations to bind an administrator to',
          tags,
          querystring: accountOrganisationQuerySchema,
          response: { 200: z.array(accountOrganisationOptionSchema) },
        }),
      },
      async (request) => accounts.organisationOptions(actorOf(request), request.query),
    );

    app.get(
      '/accounts/worker-options',
      {
        schema: routeSchema({
          operationId: 'listAccountWorkers',
          summary:
            '可关联评估人员、社工账号的人才库社工（本人管辖范围内）Workers to link an account to',
          tags,
          querystring: accountWorkerQuerySchema,
          response: { 200: z.array(accountWorkerOptionSchema) },
        }),
      },
      async (request) => accounts.workerOptions(actorOf(request), request.query),
    );

    app.get(
      '/accounts/:id',
      {
        schema: routeSchema({
          operationId: 'getAccount',
          summary: '账号详情 One account',
          tags,
          params: idParams,
          response: { 200: accountSchema },
        }),
      },
      async (request) => accounts.get(actorOf(request), request.params.id),
    );

    app.post(
      '/accounts',
      {
        schema: routeSchema({
          operationId: 'createAccount',
          summary: '创建账号（首次登录须改密码）Create an account',
          tags,
          body: createAccountSchema,
          response: { 201: accountSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await accounts.create(actorOf(request), request.body)),
    );

    app.patch(
      '/accounts/:id',
      {
        schema: routeSchema({
          operationId: 'updateAccount',
          summary: '修改姓名、电话、状态 Update name, phone or status',
          tags,
          params: idParams,
          body: updateAccountSchema,
          response: { 200: accountSchema },
        }),
      },
      async (request) => accounts.update(actorOf(request), request.params.id, request.body),
    );

    app.put(
      '/accounts/:id/access',
      {
        schema: routeSchema({
          operationId: 'assignAccountAccess',
          summary: '分配角色与管辖范围 Assign roles and scope',
          tags,
          params: idParams,
          body: assignAccessSchema,
          response: { 200: accountSchema },
        }),
      },
      async (request) => accounts.assignAccess(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/accounts/:id/password-reset',
      {
        schema: routeSchema({
          operationId: 'resetAccountPassword',
          summary: '重置密码（须在下次登录时修改）Reset the password',
          tags,
          params: idParams,
          body: resetPasswordSchema,
          response: { 200: accountSchema },
        }),
      },
      async (request) =>
        accounts.resetPassword(actorOf(request), request.params.id, request.body.password),
    );

    app.post(
      '/accounts/:id/unlock',
      {
        schema: routeSchema({
          operationId: 'unlockAccount',
          summary: '解除登录锁定 Unlock after failed sign-ins',
          tags,
          params: idParams,
          response: { 200: accountSchema },
        }),
      },
      async (request) => accounts.unlock(actorOf(request), request.params.id),
    );
  };
}
