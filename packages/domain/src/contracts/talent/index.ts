export * from './workers';
export * from './certification';
export * from './talent-statistics';
export * from './rewards';
export * from './worker-detail';
export * from './transfers';
