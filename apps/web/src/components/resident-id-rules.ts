import { identifierErrorMessages, parseResidentId, type Language } from '@shegong/domain';
import type { FormRule } from 'antd';

/** A 居民身份证号 field's rules, checked as typed (length, date, check digit); optional unless `required`. */
export function residentIdFieldRules(language: Language, { required = false } = {}): FormRule[] {
  return [
    ...(required
      ? [{ required: true, message: identifierErrorMessages.residentId.empty[language] }]
      : []),
    {
      validator: async (_rule, value: string | undefined) => {
        if (!value) return;
        const result = parseResidentId(value);
        if (!result.ok) throw new Error(identifierErrorMessages.residentId[result.error][language]);
      },
    },
  ];
}
