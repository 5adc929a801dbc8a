import { describe, it, expect, expectTypeOf } from 'vitest';
import { z } from 'zod';
import { validationMessage } from '../identifiers/messages';
import {
  creditCodeSchema,
  mobileSchema,
  regionCodeSchema,
  residentIdSchema,
} from './identifier-schemas';

function firstIssueMessage(schema: z.ZodType, input: unknown): string | undefined {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('identifier schemas', () => {
  it('return the normalised value', () => {
    expect(residentIdSchema.parse(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(creditCodeSchema.parse('91350100m000100y43')).toBe('91350100M000100Y43');
    expect(mobileSchema.parse('+86 138-0013-8000')).toBe('13800138000');
    expect(regionCodeSchema.parse('520100000000')).toBe('5201');
  });

  it('output plain strings', () => {
    expectTypeOf<z.output<typeof residentIdSchema>>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof regionCodeSchema>>().toEqualTypeOf<string>();
  });

  it.each([
    [residentIdSchema, '110105194912310021', 'residentId.checksum'],
    [residentIdSchema, '', 'residentId.empty'],
    [residentIdSchema, '99010519491231002X', 'residentId.address'],
    [creditCodeSchema, '91350100I000100Y43', 'creditCode.characters'],
    [creditCodeSchema, '91350100M000100Y44', 'creditCode.checksum'],
    [mobileSchema, '12800138000', 'mobile.format'],
    [mobileSchema, '', 'mobile.empty'],
    [regionCodeSchema, '000000', 'regionCode.invalid'],
    [regionCodeSchema, '', 'regionCode.invalid'],
  ] as const)('put the message key on the issue (%#: %j)', (schema, input, key) => {
    expect(firstIssueMessage(schema, input)).toBe(key);
    expect(validationMessage(key, 'zh-CN')).toBeDefined();
  });

  it('still reject what is not a string', () => {
    const result = residentIdSchema.safeParse(12345);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('invalid_type');
  });

  it('compose into request contracts', () => {
    const body = z.object({ idNumber: residentIdSchema, phone: mobileSchema });
    const result = body.safeParse({ idNumber: '110105194912310021', phone: '13800138000' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['idNumber', 'residentId.checksum'],
    ]);
  });
});
