import type { Role } from '@shegong/domain';

/** The demo region: 贵州省贵阳市南明区, with its sibling 云岩区 to show that scopes hold. */
export const demoCounty = '520102';
export const demoPassword = 'Shegong@2026';

export const demoAccounts: {
  username: string;
  realName: string;
  regionCode: string;
  roles: Role[];
  /**
   * Social workers and 机构管理员 work for the demo operator unless they belong to the specialist;
   * evaluators (评估人员) belong to one of two evaluation agencies (评估机构 A and B); one more
   * 机构管理员 manages the county's organisation on the abnormal-activity list.
   */
  organisation?: 'specialist' | 'agencyA' | 'agencyB' | 'listed';
}[] = [
  {
    username: 'admin',
    realName: '系统管理员（演示）',
    regionCode: '5201',
    roles: ['system_admin'],
  },
  {
    username: 'security',
    realName: '安全管理员（演示）',
    regionCode: '5201',
    roles: ['security_admin'],
  },
  {
    username: 'auditor',
    realName: '审计管理员（演示）',
    regionCode: '5201',
    roles: ['audit_admin'],
  },
  {
    username: 'guizhou',
    realName: '黔省民政',
    regionCode: '52',
    roles: ['civil_affairs_province'],
  },
  { username: 'guiyang', realName: '筑城民政', regionCode: '5201', roles: ['civil_affairs_city'] },
  {
    username: 'nanming',
    realName: '南明民政',
    regionCode: '520102',
    roles: ['civil_affairs_county'],
  },
  {
    // A second officer of the same county: approves what nanming drafts (立项四眼原则).
    username: 'nanming2',
    realName: '南明民政（复核）',
    regionCode: '520102',
    roles: ['civil_affairs_county'],
  },
  {
    username: 'yunyan',
    realName: '云岩民政',
    regionCode: '520103',
    roles: ['civil_affairs_county'],
  },
  {
    // Bound at seeding to the organisation that runs most demo stations.
    username: 'jigou',
    realName: '机构管理员（演示）',
    regionCode: '520102',
    roles: ['org_admin'],
  },
  {
    // 机构管理员 of the county's organisation on the abnormal-activity list (活动异常名录): its bids
    // are shown ineligible, naming the list entry.
    username: 'jigou2',
    realName: '机构管理员（列入异常名录的机构）',
    regionCode: '520102',
    roles: ['org_admin'],
    organisation: 'listed',
  },
  {
    // 社工 of the organisation that runs most demo stations, at the 新华路街道 station.
    username: 'shegong',
    realName: '林晓（社工）',
    regionCode: '520102016',
    roles: ['social_worker'],
  },
  {
    // The same organisation's supervising social worker (督导), across the county.
    username: 'dudao',
    realName: '周敏（督导）',
    regionCode: '520102',
    roles: ['social_worker'],
  },
  {
    // 社工 of another organisation of the county, the specialist (专科) that referrals go to.
    username: 'zhuanke',
    realName: '何静（专科社工）',
    regionCode: '520102',
    roles: ['social_worker'],
    organisation: 'specialist',
  },
  {
    username: 'xinhua',
    realName: '新华路街道民政',
    regionCode: '520102016',
    roles: ['civil_affairs_township'],
  },
  {
    // 评估人员 of evaluation agency A: scores purchased-service projects of the city.
    username: 'pinggu',
    realName: '韦评（评估人员）',
    regionCode: '5201',
    roles: ['evaluator'],
    organisation: 'agencyA',
  },
  {
    // 评估人员 of evaluation agency B.
    username: 'pinggu2',
    realName: '罗估（评估人员）',
    regionCode: '5201',
    roles: ['evaluator'],
    organisation: 'agencyB',
  },
];
