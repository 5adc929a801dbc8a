import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors/app-error';
import type { SecurityPolicy } from './security-policy';

export function hashPassword(password: string): Promise<string> {
  // 2 = Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
  return hash(password, { algorithm: 2 });
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** Verified against when the account does not exist, so both answers take the same time. */
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('timing-equaliser-not-a-password');
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}

/** Upper case, lower case, digits, symbols: how many of the four a password uses. */
export function characterClasses(password: string): number {
  return [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export function assertPasswordPolicy(
  password: string,
  policy: SecurityPolicy,
  path = 'body.newPassword',
) {
  if (
    password.length >= policy.passwordMinLength &&
    characterClasses(password) >= policy.passwordMinClasses
  )
    return;
  const params = { minLength: policy.passwordMinLength, classes: policy.passwordMinClasses };
  throw new AppError('PASSWORD_POLICY', params, [
    {
      path,
      message: {
        'zh-CN': `至少 ${params.minLength} 位，包含至少 ${params.classes} 类字符`,
        'en-US': `At least ${params.minLength} characters from ${params.classes} classes`,
      },
    },
  ]);
}
