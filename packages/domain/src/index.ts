export * from './enums';
export * from './actions';
export * from './workshops';
export * from './permissions';
export * from './levers';
export * from './text';
export * from './indicators';
