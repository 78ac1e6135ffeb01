export * from './regions.js';
export * from './elections.js';
export * from './reference-loads.js';
export * from './access.js';
export * from './audit.js';
export * from './files.js';
export * from './meetings.js';
export * from './vulnerability.js';
