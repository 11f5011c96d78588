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
export { lockEntryFor, type ReleaseFacts } from './entry.js';
export { identityGlobToRegExp, checkLockPolicy, type LockPolicy } from './verify.js';
export { createDownloader, type Downloader } from './download.js';
