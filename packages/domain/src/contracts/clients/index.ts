export * from './client-enums';
export * from './clients';
