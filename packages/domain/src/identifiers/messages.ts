import type { Language, LocalizedText } from '../i18n/language';
import type { CreditCodeError } from './credit-code';
import type { MobileError } from './mobile';
import type { ResidentIdError } from './resident-id';

type MessageCatalogue = {
  residentId: Record<ResidentIdError, LocalizedText>;
  creditCode: Record<CreditCodeError, LocalizedText>;
  mobile: Record<MobileError, LocalizedText>;
  hours: Record<'range' | 'decimals', LocalizedText>;
  regionCode: Record<'invalid', LocalizedText>;
  account: Record<'username', LocalizedText>;
  date: Record<'invalid', LocalizedText>;
  text: Record<'controlCharacter', LocalizedText>;
  deadline: Record<'amount' | 'year' | 'dayKind' | 'dayName' | 'version', LocalizedText>;
  month: Record<'invalid' | 'order' | 'range', LocalizedText>;
  money: Record<'fen', LocalizedText>;
  term: Record<'order', LocalizedText>;
  tender: Record<'weights' | 'criterionCodes' | 'dates', LocalizedText>;
  period: Record<'order', LocalizedText>;
};

/** Validation messages by `<kind>.<error>` key, the keys the Zod schemas put on their issues. */
export const identifierErrorMessages = {
  residentId: {
    empty: { 'zh-CN': '请填写身份证号', 'en-US': 'ID number is required' },
    length: { 'zh-CN': '身份证号应为18位', 'en-US': 'ID number must be 18 characters long' },
    characters: {
      'zh-CN': '身份证号只能是数字，末位可以是X',
      'en-US': 'ID number may contain only digits, with X allowed as the last character',
    },
    address: { 'zh-CN': '身份证号的地址码无效', 'en-US': 'ID number has an invalid address code' },
    birth_date: {
      'zh-CN': '身份证号中的出生日期无效',
      'en-US': 'ID number contains an invalid date of birth',
    },
    checksum: { 'zh-CN': '身份证号校验位错误', 'en-US': 'ID number check digit is wrong' },
  },
  creditCode: {
    empty: { 'zh-CN': '请填写统一社会信用代码', 'en-US': 'Unified social credit code is required' },
    length: {
      'zh-CN': '统一社会信用代码应为18位',
      'en-US': 'Unified social credit code must be 18 characters long',
    },
    characters: {
      'zh-CN': '统一社会信用代码含有无效字符（不使用I、O、S、V、Z）',
      'en-US':
        'Unified social credit code contains invalid characters (I, O, S, V, Z are not used)',
    },
    checksum: {
      'zh-CN': '统一社会信用代码校验位错误',
      'en-US': 'Unified social credit code check character is wrong',
    },
  },
  mobile: {
    empty: { 'zh-CN': '请填写手机号码', 'en-US': 'Mobile number is required' },
    format: {
      'zh-CN': '手机号码应为以1开头的11位数字',
      'en-US': 'Mobile number must be 11 digits starting with 1',
    },
  },
  hours: {
    range: {
      'zh-CN': '学时须大于 0、不超过 500',
      'en-US': 'Hours must be above 0 and at most 500',
    },
    decimals: { 'zh-CN': '学时最多保留一位小数', 'en-US': 'One decimal at most' },
  },
  regionCode: {
    invalid: { 'zh-CN': '行政区划代码无效', 'en-US': 'Region code is invalid' },
  },
  account: {
    username: {
      'zh-CN': '账号名以字母开头，3–64 位字母、数字或 _ . -',
      'en-US': 'Account names start with a letter: 3–64 letters, digits or _ . -',
    },
  },
  date: {
    invalid: {
      'zh-CN': '日期无效，应为 YYYY-MM-DD 格式的真实日期',
      'en-US': 'Not a real date in YYYY-MM-DD form',
    },
  },
  text: {
    controlCharacter: {
      'zh-CN': '不能含有控制字符',
      'en-US': 'Must not contain control characters',
    },
  },
  deadline: {
    amount: {
      'zh-CN': '时限须为 1 至 999 之间的整数',
      'en-US': 'The time allowed must be a whole number from 1 to 999',
    },
    year: {
      'zh-CN': '年份须为 2000 至 2100 之间的整数',
      'en-US': 'The year must be a whole number from 2000 to 2100',
    },
    dayKind: {
      'zh-CN': '类型须为放假（holiday）或调休上班（workday）',
      'en-US': 'The kind must be holiday or workday',
    },
    dayName: {
      'zh-CN': '请填写名称（1 至 40 个字），如：春节、国庆节调休',
      'en-US': 'A name of 1 to 40 characters is required, e.g. 春节',
    },
    version: {
      'zh-CN': '版本号须为不小于 0 的整数',
      'en-US': 'The version must be a whole number, 0 or more',
    },
  },
  month: {
    invalid: { 'zh-CN': '月份须为 YYYY-MM 格式', 'en-US': 'A month in YYYY-MM form' },
    order: { 'zh-CN': '结束月份不能早于开始月份', 'en-US': 'The last month comes after the first' },
    range: { 'zh-CN': '一次最多查询 36 个月', 'en-US': 'At most 36 months at a time' },
  },
  money: {
    fen: {
      'zh-CN': '金额须为以分计的整数，不能为负数或不足一分',
      'en-US': 'An amount in whole fen, not negative',
    },
  },
  tender: {
    weights: {
      'zh-CN': '评分标准的权重合计须为 100',
      'en-US': 'The criteria’s weights must add up to 100',
    },
    criterionCodes: {
      'zh-CN': '评分标准的代码不能重复',
      'en-US': 'Each criterion needs its own code',
    },
    dates: {
      'zh-CN': '投标截止日期不能早于发布日期',
      'en-US': 'The deadline cannot come before the opening date',
    },
  },
  term: {
    order: {
      'zh-CN': '服务期限的结束日期不能早于开始日期',
      'en-US': 'The term cannot end before it starts',
    },
  },
  period: {
    order: { 'zh-CN': '结束日期不能早于开始日期', 'en-US': 'The last day comes after the first' },
  },
} as const satisfies MessageCatalogue;

export type ValidationMessageKey = {
  [Kind in keyof MessageCatalogue]: `${Kind}.${keyof MessageCatalogue[Kind] & string}`;
}[keyof MessageCatalogue];

/** Resolves a dotted key such as `residentId.checksum`; undefined for any key not in the catalogue. */
export function validationMessage(key: string, lang: Language): string | undefined {
  const [kind, error, ...rest] = key.split('.');
  if (kind === undefined || error === undefined || rest.length > 0) return undefined;
  // Own-property checks keep keys like `residentId.constructor` from reaching the prototype.
  if (!Object.hasOwn(identifierErrorMessages, kind)) return undefined;
  const messages: Record<string, LocalizedText> =
    identifierErrorMessages[kind as keyof MessageCatalogue];
  if (!Object.hasOwn(messages, error)) return undefined;
  return messages[error]?.[lang];
}
