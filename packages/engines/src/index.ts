export * as acc from './acc';
export * as heat from './heat';
export * as trajectory from './trajectory';
