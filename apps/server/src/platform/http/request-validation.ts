import type { FastifySchemaCompiler } from 'fastify';
import { safeParse, type $ZodIssue, type $ZodType } from 'zod/v4/core';
import { controlCharacterIssues } from './control-character-issues';

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

const samePath = (a: $ZodIssue, b: $ZodIssue) =>
  a.path.length === b.path.length && a.path.every((key, i) => key === b.path[i]);

/**
 * Parses each request part with its Zod schema, after refusing control characters in any of its
 * strings. The input is kept on each issue (never sent to the client) because Zod's locale
 * messages need it to say what was received.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const refused = controlCharacterIssues(data);
    const result = safeParse(schema, data, { reportInput: true });
    if (result.success && refused.length === 0) return { value: result.data };
    // A field with a control character is reported for that alone.
    const otherIssues = (result.error?.issues ?? []).filter(
      (issue) => !refused.some((r) => samePath(r, issue)),
    );
    return {
      error: new RequestValidationError(partNames[httpPart ?? 'body'] ?? 'body', [
        ...refused,
        ...otherIssues,
      ]),
    };
  };
