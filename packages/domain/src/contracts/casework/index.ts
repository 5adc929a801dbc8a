export * from './case-enums';
export * from './assessment-forms';
export * from './cases';
