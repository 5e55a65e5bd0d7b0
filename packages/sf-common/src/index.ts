export * from './errors.js';
export * from './cli-errors.js';
export * from './log.js';
export * from './config/index.js';
export * from './daemon/index.js';
export * from './values/index.js';
