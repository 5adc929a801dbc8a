import type { LocalizedText } from '@shegong/domain';

/**
 * The message of every error code the API answers with. `{name}` placeholders are filled from
 * the error's params.
 */
export const errorMessages = {
  VALIDATION_FAILED: {
    'zh-CN': '请求内容有误：{fields}',
    'en-US': 'The request is invalid: {fields}',
  },
  BAD_REQUEST: { 'zh-CN': '请求格式有误', 'en-US': 'The request is malformed' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录', 'en-US': 'Please sign in' },
  SESSION_EXPIRED: {
    'zh-CN': '登录已过期，请重新登录',
    'en-US': 'Your session has expired, please sign in again',
  },
  FORBIDDEN: { 'zh-CN': '没有执行此操作的权限', 'en-US': 'You are not allowed to do this' },
  CSRF_REJECTED: {
    'zh-CN': '请求校验失败，请刷新页面后重试',
    'en-US': 'Request verification failed; reload the page and try again',
  },
  NOT_FOUND: { 'zh-CN': '{entity}不存在', 'en-US': '{entity} was not found' },
  ROUTE_NOT_FOUND: {
    'zh-CN': '接口不存在：{method} {url}',
    'en-US': 'No such endpoint: {method} {url}',
  },
  CONFLICT: { 'zh-CN': '{message}', 'en-US': '{message}' },
  VERSION_CONFLICT: {
    'zh-CN': '记录已被他人修改，请刷新后重试',
    'en-US': 'The record was changed by someone else; reload and try again',
  },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '请求内容过大', 'en-US': 'The request body is too large' },
  URI_TOO_LONG: { 'zh-CN': '请求地址过长', 'en-US': 'The request URL is too long' },
  UNSUPPORTED_MEDIA_TYPE: {
    'zh-CN': '不支持的内容类型',
    'en-US': 'Unsupported content type',
  },
  RATE_LIMITED: {
    'zh-CN': '请求过于频繁，请稍后再试',
    'en-US': 'Too many requests; try again later',
  },
  BAD_CREDENTIALS: { 'zh-CN': '账号或密码错误', 'en-US': 'Wrong account name or password' },
  ACCOUNT_LOCKED: {
    'zh-CN': '账号已被锁定，请于 {minutes} 分钟后再试或联系管理员',
    'en-US': 'The account is locked; try again in {minutes} minutes or contact an administrator',
  },
  ACCOUNT_DISABLED: {
    'zh-CN': '账号已停用，请联系管理员',
    'en-US': 'The account is disabled; contact an administrator',
  },
  PASSWORD_CHANGE_REQUIRED: {
    'zh-CN': '首次登录请先修改密码',
    'en-US': 'Please change your password before continuing',
  },
  PASSWORD_POLICY: {
    'zh-CN': '密码至少 {minLength} 位，且包含大写字母、小写字母、数字、符号中的至少 {classes} 类',
    'en-US':
      'A password needs at least {minLength} characters from at least {classes} of: upper case, lower case, digits, symbols',
  },
  SERVICE_UNAVAILABLE: {
    'zh-CN': '服务暂不可用',
    'en-US': 'The service is unavailable',
  },
  INTERNAL: {
    'zh-CN': '服务器内部错误，请稍后重试（编号 {requestId}）',
    'en-US': 'Internal server error; please try again later (reference {requestId})',
  },
} as const satisfies Record<string, LocalizedText>;

export type ErrorCode = keyof typeof errorMessages;
