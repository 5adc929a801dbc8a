export * from './groupwork-enums';
export * from './sessions';
export * from './groups';
export * from './activities';
export * from './person-times';
