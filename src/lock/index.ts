/**
 * `samuel.lock` for projects that consume plugins: `lockUpdate` pins released, verified entries
 * in Samuel's exact format, `lockCheck` guards the file in pull requests, and `lockEntryFor`
 * gives a plugin's own release its lock and registry entries.
 */
export {
  lockUpdate,
  type LockUpdateOptions,
  type LockUpdateResult,
  type LockUpdateEntry,
} from './update.js';
export { lockCheck, type LockCheckOptions, type LockCheckResult } from './check.js';
export { lockEntryFor, PLATFORM_DIGESTS_KEY, type ReleaseFacts } from './entry.js';
export {
  SAMUEL_IDENTITY_PATTERNS,
  identityGlobToRegExp,
  checkLockPolicy,
  type LockPolicy,
} from './verify.js';
export { parseLockDocument, type LockDocument, type LockDocumentEntry } from './document.js';
export { resolveVersion, parseRange, indexUrl } from './registry.js';
export { createDownloader, trustedCertificates, type Downloader } from './download.js';
