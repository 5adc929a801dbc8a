export * from './draws';
export * from './evaluation-enums';
export * from './evaluations';
export * from './statistics';
export * from './evidence-files';
