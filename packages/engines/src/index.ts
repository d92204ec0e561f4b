export * as acc from './acc';
