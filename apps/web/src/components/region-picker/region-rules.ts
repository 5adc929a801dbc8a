import type { FormRule } from 'antd';

/**
 * A division must be chosen. Unlike antd's `required`, '' (the whole country) counts as chosen.
 */
export function requiredRegion(message: string): FormRule {
  return {
    required: true,
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string') throw new Error(message);
    },
  };
}
