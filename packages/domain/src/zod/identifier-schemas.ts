// Request-contract schemas. Each yields the normalised value; on failure the issue message is a
// catalogue key (see validationMessage) so the client can show it in the user's language.
import { z } from 'zod';
import { parseCreditCode } from '../identifiers/credit-code';
import type { ValidationMessageKey } from '../identifiers/messages';
import { parseMobile } from '../identifiers/mobile';
import { parseResidentId } from '../identifiers/resident-id';
import { normalizeRegionCode } from '../regions/region-code';

type Parsed<T> = { ok: true; value: T } | { ok: false; key: ValidationMessageKey };

function schemaFrom<T>(parse: (input: string) => Parsed<T>) {
  return z.string().transform((s, ctx) => {
    const result = parse(s);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.key, input: s });
    return z.NEVER;
  });
}

export const residentIdSchema = schemaFrom((s) => {
  const result = parseResidentId(s);
  return result.ok
    ? { ok: true, value: result.value.id }
    : { ok: false, key: `residentId.${result.error}` };
});

export const creditCodeSchema = schemaFrom((s) => {
  const result = parseCreditCode(s);
  return result.ok
    ? { ok: true, value: result.value.code }
    : { ok: false, key: `creditCode.${result.error}` };
});

export const mobileSchema = schemaFrom((s) => {
  const result = parseMobile(s);
  return result.ok ? result : { ok: false, key: `mobile.${result.error}` };
});

export const regionCodeSchema = schemaFrom((s) => {
  const code = normalizeRegionCode(s);
  return code === null ? { ok: false, key: 'regionCode.invalid' } : { ok: true, value: code };
});
