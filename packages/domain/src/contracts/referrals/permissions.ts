import { civilAffairsOffices, type PermissionCatalogue } from '../../access/permission-catalogue';

export const referralPermissions = {
  'referrals:work': {
    'zh-CN': '转介服务对象、答复和反馈转给本机构的转介（接收前仅见转介共享的内容）',
    'en-US':
      'Refer clients, answer and report back on referrals to one’s organisation (before accepting, only what the referral shares)',
    grantedTo: ['social_worker', 'org_admin'],
  },
  // The sender decides to share without consent, so the holder must be able to send: an officer
  // holds no client's file and sends nothing. The organisation's administrator answers for what
  // its workers share (个人信息保护法 art. 13: life and health in an emergency, statutory duties).
  'referrals:override_consent': {
    'zh-CN': '服务对象未同意时，说明理由后仍转介（记录在转介上并留痕）',
    'en-US':
      'Refer a client without their sharing consent, with a reason (recorded on the referral, audited)',
    grantedTo: ['org_admin'],
  },
  'referrals:oversee': {
    'zh-CN': '查看辖区转介统计与时效（去标识化）',
    'en-US': 'See the referrals of one’s region and their timeliness (de-identified)',
    grantedTo: civilAffairsOffices,
  },
} as const satisfies PermissionCatalogue;
