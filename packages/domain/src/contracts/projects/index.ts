export * from './project-enums';
export * from './money';
export * from './projects';
