export * from './indicators';
export * from './service-outputs';
