/**
 * Where registry credentials come from, in order: explicit values (`REGISTRY_USERNAME` /
 * `REGISTRY_PASSWORD`), `GITHUB_TOKEN` for ghcr.io, then the docker `config.json` (plain
 * `auths`, `credHelpers`, `credsStore`) and the containers `auth.json` that podman and skopeo
 * write. Anonymous when none match.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { registerSecret } from '../report/index.js';
import { readRegularFile } from '../util/files.js';

/** A credentials file larger than this is not read (docker's own are a few KiB). */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** A username/password pair (a token as the password is what GHCR expects). */
export interface Credential {
  username: string;
  password: string;
  /** Where it came from, for error messages (never the secret itself). */
  source: string;
}

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
}

interface ConfigFile {
  auths?: Record<string, AuthEntry>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/**
 * Finds credentials for `registry` (host[:port]); undefined means anonymous. What it returns is
 * already registered as a secret in every form (raw, `user:password`, base64).
 */
export async function findCredential(
  registry: string,
  env: NodeJS.ProcessEnv,
): Promise<Credential | undefined> {
  const found = await lookUp(registry, env);
  if (found) registerSecret(found.password, found.username);
  return found;
}

async function lookUp(registry: string, env: NodeJS.ProcessEnv): Promise<Credential | undefined> {
  if (env.REGISTRY_USERNAME && env.REGISTRY_PASSWORD) {
    return {
      username: env.REGISTRY_USERNAME,
      password: env.REGISTRY_PASSWORD,
      source: 'REGISTRY_USERNAME/REGISTRY_PASSWORD',
    };
  }
  if (registry === 'ghcr.io' && env.GITHUB_TOKEN) {
    return {
      username: env.GITHUB_ACTOR || 'github-actions',
      password: env.GITHUB_TOKEN,
      source: 'GITHUB_TOKEN',
    };
  }
  for (const file of configFiles(env)) {
    const config = await readConfig(file);
    if (!config) continue;
    const helper = config.credHelpers?.[registry] ?? config.credsStore;
    if (helper) {
      const fromHelper = await askHelper(helper, registry, env);
      if (fromHelper) return fromHelper;
    }
    const entry = findEntry(config.auths ?? {}, registry);
    const cred = entry && entryToCredential(entry, file);
    if (cred) return cred;
  }
  return undefined;
}

function configFiles(env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME || homedir();
  const files = [join(env.DOCKER_CONFIG || join(home, '.docker'), 'config.json')];
  if (env.REGISTRY_AUTH_FILE) files.push(env.REGISTRY_AUTH_FILE);
  if (env.XDG_RUNTIME_DIR) files.push(join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
  files.push(join(env.XDG_CONFIG_HOME || join(home, '.config'), 'containers', 'auth.json'));
  return files;
}

async function readConfig(file: string): Promise<ConfigFile | undefined> {
  try {
    // A regular file of bounded size only: a FIFO or /dev/zero here must not hang the push.
    const text = await readRegularFile(file, {
      maxBytes: MAX_CONFIG_BYTES,
      what: 'credentials file',
    });
    return JSON.parse(text.toString('utf8')) as ConfigFile;
  } catch {
    // A missing or unreadable config simply contributes no credentials, as with docker itself.
    return undefined;
  }
}

/** Keys may be `host`, `https://host`, or `https://host/v1/`; compare on the host part. */
function findEntry(auths: Record<string, AuthEntry>, registry: string): AuthEntry | undefined {
  for (const [key, entry] of Object.entries(auths)) {
    const host = key
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '')
      .toLowerCase();
    if (host === registry) return entry;
  }
  return undefined;
}

function entryToCredential(entry: AuthEntry, file: string): Credential | undefined {
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0)
      return {
        username: decoded.slice(0, colon),
        password: decoded.slice(colon + 1),
        source: file,
      };
  }
  if (entry.username && entry.password)
    return { username: entry.username, password: entry.password, source: file };
  // An identity token is exchanged at the token endpoint as a refresh token; docker sends it as
  // the password of the reserved user "<token>".
  if (entry.identitytoken)
    return { username: '<token>', password: entry.identitytoken, source: file };
  return undefined;
}

async function askHelper(
  helper: string,
  registry: string,
  env: NodeJS.ProcessEnv,
): Promise<Credential | undefined> {
  try {
    // Loaded only when a helper is configured: most pushes never start a process.
    const { run } = await import('../util/exec.js');
    const res = await run(`docker-credential-${helper}`, ['get'], {
      input: registry,
      env,
      timeoutMs: 30_000,
    });
    if (res.code !== 0) return undefined;
    const parsed = JSON.parse(res.stdout) as { Username?: string; Secret?: string };
    if (!parsed.Username || !parsed.Secret) return undefined;
    return {
      username: parsed.Username,
      password: parsed.Secret,
      source: `docker-credential-${helper}`,
    };
  } catch {
    // A helper that is not installed behaves like docker's: no credentials from it.
    return undefined;
  }
}
