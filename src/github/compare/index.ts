/** The capability diff of a pull request against the plugin's latest GitHub release. */
export { compareWithLatestRelease, type CompareOptions, type CompareResult } from './compare.js';
export { parseRepository } from './repository.js';
export {
  capabilityEntries,
  describeEntry,
  diffCapabilities,
  type CapabilityChange,
  type CapabilityDiff,
  type CapabilityEntry,
  type CapabilityKey,
} from './diff.js';
export { COMPARE_RULES, compareFindings, compareLines, compareSummary } from './report.js';
export {
  MANIFEST_ASSET,
  MAX_RELEASED_MANIFEST_BYTES,
  tagVersion,
  type ReleaseRef,
} from './released.js';
export { readClient, type ReadClientOptions } from './client.js';
