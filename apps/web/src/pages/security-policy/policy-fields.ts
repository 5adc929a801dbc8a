import { securityPolicySchema, type SecurityPolicy } from '@shegong/domain';
import type { MessageKey } from '../../i18n/messages';

export interface PolicyField {
  name: keyof SecurityPolicy;
  label: MessageKey;
  unit: MessageKey;
  hint?: MessageKey;
  /** The bounds come from the shared contract, so the form and the server never disagree. */
  min: number;
  max: number;
}

function field(
  name: keyof SecurityPolicy,
  label: MessageKey,
  unit: MessageKey,
  hint?: MessageKey,
): PolicyField {
  const schema = securityPolicySchema.shape[name];
  return { name, label, unit, hint, min: schema.minValue ?? 0, max: schema.maxValue ?? 0 };
}

export const policyGroups: { title: MessageKey; fields: PolicyField[] }[] = [
  {
    title: 'securityPolicy.group.password',
    fields: [
      field('passwordMinLength', 'securityPolicy.passwordMinLength', 'unit.characters'),
      field(
        'passwordMinClasses',
        'securityPolicy.passwordMinClasses',
        'unit.classes',
        'securityPolicy.passwordMinClasses.hint',
      ),
    ],
  },
  {
    title: 'securityPolicy.group.lockout',
    fields: [
      field('maxFailedLogins', 'securityPolicy.maxFailedLogins', 'unit.times'),
      field('lockoutMinutes', 'securityPolicy.lockoutMinutes', 'unit.minutes'),
    ],
  },
  {
    title: 'securityPolicy.group.session',
    fields: [
      field('idleTimeoutMinutes', 'securityPolicy.idleTimeoutMinutes', 'unit.minutes'),
      field('absoluteTimeoutHours', 'securityPolicy.absoluteTimeoutHours', 'unit.hours'),
    ],
  },
  {
    title: 'securityPolicy.group.search',
    fields: [
      field(
        'identitySearchesPerHour',
        'securityPolicy.identitySearchesPerHour',
        'unit.times',
        'securityPolicy.identitySearchesPerHour.hint',
      ),
    ],
  },
];
