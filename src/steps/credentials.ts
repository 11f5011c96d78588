/**
 * Which credential a push uses, in order: `--username`/`--password`; the entry for the registry in
 * `--registry-auths` (or REGISTRY_AUTHS), one YAML or JSON list for several registries; then what
 * the registry client finds itself (REGISTRY_USERNAME/REGISTRY_PASSWORD, the GitHub token for
 * ghcr.io, docker and podman credential files). Every secret is registered before it is used.
 */
import { UsageError } from '../errors.js';
import type { Credential } from '../oci/credentials.js';
import { registerSecret } from '../report/index.js';
import type { PipelineContext } from '../pipeline/context.js';

interface AuthEntry {
  registry?: unknown;
  username?: unknown;
  password?: unknown;
}

export async function registryCredential(
  ctx: PipelineContext,
  registry: string,
): Promise<Credential | undefined> {
  const r = ctx.options.registry;
  if (r.username && r.password) {
    registerSecret(r.password, r.username);
    return { username: r.username, password: r.password, source: '--username/--password' };
  }
  const auths = r.registryAuths ?? ctx.env.REGISTRY_AUTHS;
  if (auths) {
    const found = await fromAuths(auths, registry);
    if (found) return found;
  }
  const token = ctx.options.release.githubToken;
  const env = token && !ctx.env.GITHUB_TOKEN ? { ...ctx.env, GITHUB_TOKEN: token } : ctx.env;
  const { findCredential } = await import('../oci/credentials.js');
  const found = await findCredential(registry, env);
  if (found) registerSecret(found.password, found.username);
  return found;
}

async function fromAuths(text: string, registry: string): Promise<Credential | undefined> {
  const { parse } = await import('yaml');
  let entries: unknown;
  try {
    entries = parse(text);
  } catch {
    throw new UsageError('registry-auths is neither YAML nor JSON', {
      fix: 'give a list like [{registry: ghcr.io, username: me, password: <token>}]',
    });
  }
  if (!Array.isArray(entries)) {
    throw new UsageError('registry-auths must be a list of {registry, username, password}', {
      fix: 'give a list like [{registry: ghcr.io, username: me, password: <token>}]',
    });
  }
  for (const e of entries as AuthEntry[]) {
    if (typeof e?.password === 'string')
      registerSecret(e.password, typeof e.username === 'string' ? e.username : undefined);
  }
  const entry = (entries as AuthEntry[]).find((e) => e?.registry === registry);
  if (!entry) return undefined;
  if (typeof entry.username !== 'string' || typeof entry.password !== 'string') {
    throw new UsageError(
      `the registry-auths entry for ${registry} needs a username and a password`,
      {
        fix: 'write {registry: …, username: …, password: …}',
      },
    );
  }
  return { username: entry.username, password: entry.password, source: 'registry-auths' };
}
