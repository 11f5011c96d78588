/** Creating GitHub releases: the client, the preflight, and the publish order. */
export { githubClient, apiUrl, serverUrl, type GitHubClient } from './client.js';
export { preflightRelease, type PreflightResult } from './preflight.js';
export {
  publishRelease,
  type PublishedRelease,
  type ReleaseFile,
  type ReleasedAsset,
} from './publish.js';
