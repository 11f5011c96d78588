/** The bottom layer every domain may import: findings, the reporter interface, text safety. */
export * from './finding.js';
export type { Reporter } from './reporter.js';
export { registerSecret, onSecret, redact, clearSecrets } from './secrets.js';
export { inertLog, inertMarkdown, MAX_UNTRUSTED_LINE } from './untrusted.js';
