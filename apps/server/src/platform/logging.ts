import type { FastifyServerOptions } from 'fastify';
import { maskSensitiveText } from '@shegong/domain';
import type { Config } from '../config';
import { sensitiveFieldNames } from './audit/sensitive-fields';

/** Keys whose values never reach a log line, wherever they sit in a logged object. */
const redactedKeys = [
  ...sensitiveFieldNames(),
  'password',
  'newPassword',
  'currentPassword',
  'cookie',
];

export function loggerOptions(config: Pick<Config, 'logLevel'>): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        ...redactedKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
      ],
      censor: '[redacted]',
    },
    serializers: {
      // ID and phone numbers can arrive in a URL (a search box): mask them in the logged URL.
      req: (req: { method: string; url: string; id: string; ip?: string }) => ({
        id: req.id,
        method: req.method,
        url: maskSensitiveText(req.url),
        ip: req.ip,
      }),
      err: (err: Error & { code?: string; statusCode?: number }) => ({
        type: err.name,
        code: err.code,
        statusCode: err.statusCode,
        message: maskSensitiveText(err.message),
        stack: maskSensitiveText(err.stack ?? ''),
      }),
    },
  };
}
