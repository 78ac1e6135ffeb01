export * from './regions.js';
export * from './elections.js';
export * from './reference-loads.js';
