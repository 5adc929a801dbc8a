export * from './referral-enums';
export * from './referrals';
