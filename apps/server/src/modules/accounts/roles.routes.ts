import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { permissionCodes, permissions, roleMatrixSchema, roles } from '@shegong/domain';
import { routeSchema } from './accounts.access';

/** The role → permission matrix, read-only: it is defined in code (packages/domain). */
export const roleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/roles',
    {
      schema: routeSchema({
        operationId: 'getRoleMatrix',
        summary: '角色与权限矩阵 The role → permission matrix',
        tags: ['账号 Accounts'],
        response: { 200: roleMatrixSchema },
      }),
    },
    async () => ({
      permissions: permissionCodes.map((code) => ({ code, ...permissions[code] })),
      roles: roles.map((role) => ({
        code: role.code,
        'zh-CN': role['zh-CN'],
        'en-US': role['en-US'],
        administrator: role.administrator ?? false,
        scopeLevel: role.scopeLevel ?? null,
        permissions: [...role.permissions],
      })),
    }),
  );
};
