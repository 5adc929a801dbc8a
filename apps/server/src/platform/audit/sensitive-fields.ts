import { maskPhone, maskResidentId } from '@shegong/domain';

/**
 * The one list of sensitive fields (个人信息保护法 art. 28): masking in responses, exports and the
 * audit trail all read it. A field name means the same thing in every module.
 */
const maskers: Record<string, (value: string) => string> = {
  idNumber: maskResidentId,
  phone: maskPhone,
  passwordHash: () => '[redacted]',
};

export function isSensitiveField(field: string): boolean {
  return field in maskers;
}

export function maskField(field: string, value: unknown): unknown {
  const mask = maskers[field];
  return mask && typeof value === 'string' && value !== '' ? mask(value) : value;
}
