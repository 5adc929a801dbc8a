// 统一社会信用代码 (GB 32100-2015): authority (1) + category (1) + division code (6)
// + organisation code (9) + check char (1).
import type { LocalizedText } from '../i18n/language';
import { normalizeIdentifierInput } from '../text/normalize-input';

export type CreditCodeError = 'empty' | 'length' | 'characters' | 'checksum';

export type CreditCode = {
  code: string;
  /** 登记管理部门码, e.g. 5 = 民政 (civil affairs). */
  authority: string;
  /** 机构类别码: authority + category, e.g. 52. */
  category: string;
  /** 登记管理机关行政区划码. */
  divisionCode: string;
  /** 主体标识码 (the former organisation code). */
  organisationCode: string;
};

export type CreditCodeResult =
  { ok: true; value: CreditCode } | { ok: false; error: CreditCodeError };

// I, O, S, V and Z are left out so they cannot be misread as 1, 0, 5, U and 2.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CHECK_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const CODE_PATTERN = new RegExp(`^[${CHARSET}]{18}$`);

/** Categories registered by civil affairs (民政), the organisations this platform deals with. */
export const creditCodeCategories = {
  '51': { 'zh-CN': '社会团体', 'en-US': 'Social group' },
  '52': { 'zh-CN': '民办非企业单位/社会服务机构', 'en-US': 'Social service organisation' },
  '53': { 'zh-CN': '基金会', 'en-US': 'Foundation' },
} as const satisfies Record<string, LocalizedText>;

export type CreditCodeCategory = keyof typeof creditCodeCategories;

/** The check character for the first 17 characters of a credit code. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('creditCodeCheckChar needs exactly 17 chars');
  let sum = 0;
  CHECK_WEIGHTS.forEach((weight, i) => {
    const value = CHARSET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`not a credit code character: ${first17.charAt(i)}`);
    sum += value * weight;
  });
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

export function parseCreditCode(input: string): CreditCodeResult {
  const code = normalizeIdentifierInput(input);
  if (code === '') return { ok: false, error: 'empty' };
  if (code.length !== 18) return { ok: false, error: 'length' };
  if (!CODE_PATTERN.test(code)) return { ok: false, error: 'characters' };
  if (creditCodeCheckChar(code.slice(0, 17)) !== code.charAt(17)) {
    return { ok: false, error: 'checksum' };
  }
  return {
    ok: true,
    value: {
      code,
      authority: code.slice(0, 1),
      category: code.slice(0, 2),
      divisionCode: code.slice(2, 8),
      organisationCode: code.slice(8, 17),
    },
  };
}

export function isCreditCode(input: string): boolean {
  return parseCreditCode(input).ok;
}
