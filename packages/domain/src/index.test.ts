import { describe, it, expect } from 'vitest';
import * as domain from './index';

describe('@shegong/domain entry', () => {
  it('exposes the rules a server and a web client need', () => {
    expect(domain.isResidentId('11010519491231002X')).toBe(true);
    expect(domain.isCreditCode('91350100M000100Y43')).toBe(true);
    expect(domain.isMobile('13800138000')).toBe(true);
    expect(domain.normalizeRegionCode('520100')).toBe('5201');
    expect(domain.maskPhone('13800138000')).toBe('138****8000');
    expect(domain.labelOf(domain.caseWorkStages, 'intake', 'zh-CN')).toBe('接案');
    expect(domain.residentIdSchema.parse('11010519491231002x')).toBe('11010519491231002X');
    expect(domain.validationMessage('regionCode.invalid', 'en-US')).toBe('Region code is invalid');
  });
});
