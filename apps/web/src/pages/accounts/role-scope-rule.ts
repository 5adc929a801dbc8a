import {
  labelOf,
  regionLevelOf,
  roleDefinition,
  roles,
  type Language,
  type Role,
} from '@shegong/domain';
import type { FormRule } from 'antd';
import type { Translate } from '../../i18n/language-context';

/**
 * Roles tied to one tier of government (县级民政…) need a scope of that tier. Checked here for
 * a quick answer; the server checks again.
 */
export function roleScopeRule(t: Translate, language: Language, scopeField: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, chosen: Role[] | undefined) => {
      const scope: unknown = getFieldValue(scopeField);
      if (typeof scope !== 'string' || !chosen) return;
      const level = scope === '' ? 'country' : regionLevelOf(scope);
      const misfit = chosen.find((role) => {
        const wanted = roleDefinition(role).scopeLevel;
        return wanted !== undefined && wanted !== level;
      });
      if (!misfit) return;
      const wanted = roleDefinition(misfit).scopeLevel ?? 'country';
      throw new Error(
        t('accounts.assign.levelMismatch', {
          role: labelOf(roles, misfit, language),
          level: t(`region.level.${wanted}`),
        }),
      );
    },
  });
}
