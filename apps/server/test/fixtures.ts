import { creditCodeCheckChar, residentIdCheckChar } from '@shegong/domain';

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

/** A valid 居民身份证号 from 南明区, born on `birthDate` (YYYYMMDD), numbered `n` (odd = male). */
export function residentIdFor(n: number, birthDate = '19960315', county = '520102'): string {
  const first17 = `${county}${birthDate}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export function workerInput(n: number, overrides: Record<string, unknown> = {}) {
  return {
    idNumber: residentIdFor(n),
    name: `测试社工${n}`,
    phone: `139${String(n).padStart(8, '0')}`,
    educationLevel: 'bachelor',
    major: '社会工作',
    socialWorkMajor: true,
    regionCode: '520102016',
    ...overrides,
  };
}
