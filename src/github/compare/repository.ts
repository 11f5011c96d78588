/**
 * `owner/repo` as a flag gives it. Apart from the comparison itself: the option parser of every
 * command reads it, and must not load GitHub's client to do so.
 */
import { UsageError } from '../../errors.js';

const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;

/** Splits `owner/repo`; a `https://github.com/owner/repo(.git)` URL is accepted too. */
export function parseRepository(value: string): { owner: string; repo: string } {
  const bare = value
    .trim()
    .replace(/^https?:\/\/[^/]+\//, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  const m = REPOSITORY.exec(bare);
  if (!m || m[2] === '.' || m[2] === '..') {
    throw new UsageError(`--compare-release: ${JSON.stringify(value)} is not a GitHub repository`, {
      fix: 'write OWNER/REPO, e.g. --compare-release=acme/hello, or --compare-release=true for GITHUB_REPOSITORY',
    });
  }
  return { owner: m[1]!, repo: m[2]! };
}
