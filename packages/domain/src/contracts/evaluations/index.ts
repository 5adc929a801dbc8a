export * from './draws';
export * from './evaluation-enums';
export * from './evaluations';
