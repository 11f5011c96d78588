/** Facts the pipeline reads from the GitHub Actions environment, in one place. */
import { execFileSync } from 'node:child_process';
import { parseRemote } from '../util/source.js';

/** The release tag from the Actions context (`refs/tags/v1.2.3` → `v1.2.3`), if any. */
export function tagFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_ACTIONS !== 'true') return undefined;
  if (env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME) return env.GITHUB_REF_NAME;
  if (env.GITHUB_REF?.startsWith('refs/tags/')) return env.GITHUB_REF.slice('refs/tags/'.length);
  return undefined;
}

/** `owner/name` of the repository being released (GITHUB_REPOSITORY), if known. */
export function repositoryFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const repo = env.GITHUB_REPOSITORY;
  return repo && /^[^/\s]+\/[^/\s]+$/.test(repo) ? repo : undefined;
}

/** `owner/name` from a git remote URL (https, ssh or scp-like), if it is a GitHub-style one. */
export function repositoryFromRemote(url: string): string | undefined {
  const path = parseRemote(url)?.path;
  return path && /^[^/\s]+\/[^/\s]+$/.test(path) ? path : undefined;
}

/** `owner/name` of the checkout's origin remote at `dir`, when it is a GitHub-style URL. */
export function repositoryFromOrigin(dir: string): string | undefined {
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return repositoryFromRemote(url);
  } catch {
    return undefined;
  }
}
