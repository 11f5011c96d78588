/** The bottom layer every domain may import: findings, the reporter interface, text safety. */
export * from './finding.js';
export type { Reporter } from './reporter.js';
