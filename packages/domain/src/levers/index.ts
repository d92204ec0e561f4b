export * from './cop-levers';
export * from './porteur-levers';
