/**
 * Checks before any build work that the release can be created: the token can write the
 * repository's contents, and the tag exists and points at the commit being released.
 */
import { execFileSync } from 'node:child_process';
import { ConfigurationError } from '../../errors.js';
import { statusOf, type GitHubClient } from './client.js';
import { apiError } from './publish.js';

export interface PreflightOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  tag: string;
  /** The commit being released (GITHUB_SHA, else `git rev-parse HEAD` in `cwd`). */
  sha?: string;
  cwd: string;
}

export interface PreflightResult {
  /** The commit the tag points at. */
  commit: string;
  private: boolean;
}

export async function preflightRelease(o: PreflightOptions): Promise<PreflightResult> {
  const where = `${o.owner}/${o.repo}`;
  let repository;
  try {
    repository = (await o.client.rest.repos.get({ owner: o.owner, repo: o.repo })).data;
  } catch (e) {
    throw apiError(e, `reading ${where}`, o);
  }
  if (repository.permissions && !repository.permissions.push) {
    throw new ConfigurationError(
      `the token cannot write the contents of ${where}, so it cannot create the release`,
      {
        fix: 'grant `permissions: contents: write` to the release job (and to the job that calls the reusable workflow)',
      },
    );
  }
  let commit: string;
  try {
    const ref = (
      await o.client.rest.git.getRef({ owner: o.owner, repo: o.repo, ref: `tags/${o.tag}` })
    ).data;
    commit = ref.object.sha;
    if (ref.object.type === 'tag') {
      commit = (
        await o.client.rest.git.getTag({ owner: o.owner, repo: o.repo, tag_sha: ref.object.sha })
      ).data.object.sha;
    }
  } catch (e) {
    if (statusOf(e) === 404) {
      throw new ConfigurationError(`the tag ${o.tag} does not exist in ${where}`, {
        fix: `push the tag first (git tag ${o.tag} && git push origin ${o.tag}); the release is made from a pushed tag`,
      });
    }
    throw apiError(e, `reading the tag ${o.tag}`, o);
  }
  const head = o.sha ?? localHead(o.cwd);
  if (head && head !== commit) {
    throw new ConfigurationError(
      `the tag ${o.tag} points at ${commit.slice(0, 12)}, but the checked-out commit is ${head.slice(0, 12)}`,
      {
        fix: `check out the tag (actions/checkout with ref: ${o.tag}) or move the tag to the commit you mean to release`,
      },
    );
  }
  return { commit, private: repository.private };
}

function localHead(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}
