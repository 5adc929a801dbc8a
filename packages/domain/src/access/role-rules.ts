import type { LocalizedText } from '../i18n/language';
import { regionLevelOf, type RegionLevel } from '../regions/region-code';
import { roleDefinition, type Role } from './roles';

/**
 * Why a set of roles cannot be given to an account with this scope, or [] when it can:
 * the three administrators (三员) each stand alone, and a tiered civil-affairs role needs a scope
 * of its tier.
 */
export function roleAssignmentProblems(
  assigned: readonly Role[],
  regionCode: string,
): LocalizedText[] {
  const problems: LocalizedText[] = [];
  const unique = new Set(assigned);
  const administrators = [...unique].filter((role) => roleDefinition(role).administrator);
  if (administrators.length > 0 && unique.size > 1) {
    problems.push({
      'zh-CN': '系统管理员、安全管理员、审计管理员须单独设置，不能与其他角色兼任',
      'en-US':
        'The system, security and audit administrator roles cannot be combined with any other role',
    });
  }
  const level = regionCode === '' ? 'country' : regionLevelOf(regionCode);
  for (const role of unique) {
    const definition = roleDefinition(role);
    if (definition.scopeLevel && definition.scopeLevel !== level) {
      problems.push({
        'zh-CN': `${definition['zh-CN']}的管辖范围须为${levelNames[definition.scopeLevel]['zh-CN']}区划`,
        'en-US': `${definition['en-US']} needs a ${levelNames[definition.scopeLevel]['en-US']} scope`,
      });
    }
  }
  return problems;
}

const levelNames: Record<RegionLevel, LocalizedText> = {
  country: { 'zh-CN': '全国', 'en-US': 'national' },
  province: { 'zh-CN': '省级', 'en-US': 'province' },
  city: { 'zh-CN': '市级', 'en-US': 'city' },
  county: { 'zh-CN': '县级', 'en-US': 'county' },
  township: { 'zh-CN': '乡镇（街道）级', 'en-US': 'township' },
  village: { 'zh-CN': '村（社区）级', 'en-US': 'village' },
};
