import { creditCodeCheckChar } from '@shegong/domain';

/** A valid 统一社会信用代码 of a 社会服务机构 (52…) registered in `county`, numbered `n`. */
export function creditCodeFor(county: string, n: number): string {
  const first17 = `52${county.slice(0, 6).padEnd(6, '0')}${String(n).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

export function organisationInput(
  regionCode: string,
  n: number,
  overrides: Record<string, unknown> = {},
) {
  return {
    creditCode: creditCodeFor(regionCode, n),
    name: `测试社会工作服务中心${n}`,
    type: 'social_service_org',
    background: 'enterprise',
    registeredOn: '2019-05-20',
    legalRepresentative: '王芳',
    contactPerson: '李明',
    contactPhone: '0851-85550000',
    address: '贵阳市南明区某路1号',
    regionCode,
    serviceFields: ['social_assistance', 'elderly_care'].slice(0, 1),
    ...overrides,
  };
}
