/**
 * Where a plugin's source lives, which commit it is and when that commit was made: for the
 * `org.opencontainers.image.*` annotations and labels, and for reproducible timestamps. Actions'
 * variables win; otherwise git in the plugin directory. A remote is shown only as a public web
 * address, never with the credentials a remote URL may carry.
 */
import { run } from './exec.js';

export interface SourceFacts {
  /** Repository URL, e.g. `https://github.com/acme/hello`. */
  source?: string;
  /** Commit SHA. */
  revision?: string;
  /** `SOURCE_DATE_EPOCH`, else the commit time, in whole seconds; absent when neither is known. */
  epoch?: number;
}

/**
 * A git remote URL — https, ssh or scp-like (`git@host:owner/name.git`) — as its host and
 * repository path, without credentials, port (ssh), `.git` or slashes at either end.
 */
export function parseRemote(url: string): { host: string; path: string } | undefined {
  const text = url.trim();
  let host: string;
  let path: string;
  const scp = /^[^@\s/]+@([^:\s/]+):(?!\/)(.+)$/.exec(text);
  if (scp) {
    host = scp[1]!;
    path = scp[2]!;
  } else {
    let u: URL;
    try {
      u = new URL(text);
    } catch {
      return undefined;
    }
    if (u.protocol === 'ssh:') host = u.hostname;
    else if (u.protocol === 'https:' || u.protocol === 'http:') host = u.host;
    else return undefined;
    path = u.pathname;
  }
  path = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  return host && path ? { host, path } : undefined;
}

/** A remote as the public web address of its repository (`https://host/owner/name`). */
export function normaliseRemote(url: string | undefined): string | undefined {
  const remote = url === undefined ? undefined : parseRemote(url);
  return remote ? `https://${remote.host}/${remote.path}` : undefined;
}

/** The source facts of the checkout at `dir` (see the module comment). */
export async function sourceFacts(dir: string, env: NodeJS.ProcessEnv): Promise<SourceFacts> {
  const git = async (...args: string[]): Promise<string | undefined> => {
    try {
      const res = await run('git', args, { cwd: dir, env, timeoutMs: 10_000 });
      return res.code === 0 && res.stdout.trim() !== '' ? res.stdout.trim() : undefined;
    } catch {
      // No git on the machine: what it would tell is optional.
      return undefined;
    }
  };
  const fromEnv = env.SOURCE_DATE_EPOCH !== undefined && /^\d+$/.test(env.SOURCE_DATE_EPOCH);
  // The git questions asked at once: each is a process start.
  const [remote, head, commitTime] = await Promise.all([
    env.GITHUB_REPOSITORY ? undefined : git('remote', 'get-url', 'origin'),
    env.GITHUB_SHA ? undefined : git('rev-parse', 'HEAD'),
    fromEnv ? undefined : git('log', '-1', '--format=%ct'),
  ]);
  const facts: SourceFacts = {};
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const source = env.GITHUB_REPOSITORY
    ? `${server}/${env.GITHUB_REPOSITORY}`
    : normaliseRemote(remote);
  if (source) facts.source = source;
  const revision = env.GITHUB_SHA || head;
  if (revision) facts.revision = revision;
  if (fromEnv) facts.epoch = Number(env.SOURCE_DATE_EPOCH);
  else if (commitTime && /^\d+$/.test(commitTime)) facts.epoch = Number(commitTime);
  return facts;
}
