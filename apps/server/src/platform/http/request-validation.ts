import type { FastifySchemaCompiler } from 'fastify';
import { safeParse, type $ZodIssue, type $ZodType } from 'zod/v4/core';

/** The request part that failed, with Zod's raw issues; localised by the error handler. */
export class RequestValidationError extends Error {
  statusCode = 400;
  constructor(
    readonly part: string,
    readonly issues: readonly $ZodIssue[],
  ) {
    super(`Invalid ${part}`);
  }
}

const partNames: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/**
 * Parses each request part with its Zod schema. The input is kept on each issue (never sent to
 * the client) because Zod's locale messages need it to say what was received.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = safeParse(schema, data, { reportInput: true });
    if (result.success) return { value: result.data };
    return {
      error: new RequestValidationError(
        partNames[httpPart ?? 'body'] ?? 'body',
        result.error.issues,
      ),
    };
  };
