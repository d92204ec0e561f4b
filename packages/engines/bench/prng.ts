export { mulberry32 as prng } from '../src/random';
