export * from './contract-enums';
export * from './contract-reports';
export * from './contracts';
export * from './indicators';
export * from './service-outputs';
