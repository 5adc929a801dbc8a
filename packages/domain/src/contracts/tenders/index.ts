export * from './tenders';
export * from './audit-details';
