/** Option concerns and their typed slices; see `groups.ts`. */
export * from './spec.js';
export * from './groups.js';
export * from './policy.js';
export * from './lock.js';
export * from './compare.js';
