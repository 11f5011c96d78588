/**
 * The OCI entry points the pipeline calls: open a store (a registry repository or a local OCI
 * image layout), publish a wasm module or an image layout to it, and read it back.
 */
import type { Reporter } from '../report/index.js';
import { UsageError } from '../errors.js';
import { findCredential, type Credential } from './credentials.js';
import { DEFAULT_RETRY, type RetryPolicy } from './http.js';
import { LayoutStore } from './layout.js';
import { formatReference, parseTarget, type RegistryReference } from './reference.js';
import { isLoopbackHost } from './reference.js';
import { RegistryStore, type AllowHttp } from './registry.js';
import type { PublishStore } from './store.js';

export {
  publishLayout,
  publishWasm,
  defaultTags,
  type PublishOptions,
  type PublishResult,
} from './publish.js';
export { LayoutStore } from './layout.js';
export { RegistryStore, type AllowHttp } from './registry.js';
export { isLoopbackHost } from './reference.js';
export { RegistryError, isNotFound } from './errors.js';
export {
  parseReference,
  parseTarget,
  formatReference,
  type RegistryReference,
  type PublishTarget,
} from './reference.js';
export { fallbackTag, MediaTypes, type PublishStore, type TransferStats } from './store.js';
export { DEFAULT_RETRY, BODY_LIMITS, type RetryPolicy } from './http.js';

/** How to open a store. */
export interface OpenStoreOptions {
  /**
   * Plain http (credentials included) to a registry on this machine (`--insecure`); asking it
   * of a registry elsewhere is refused. Everything else is https.
   */
  insecure?: boolean;
  /** Hosts (`host[:port]`) named one by one for plain http (`--insecure-host HOST`). */
  insecureHosts?: string[];
  /** Credentials to use instead of looking them up (env, GITHUB_TOKEN, docker config). */
  credentials?: Credential;
  reporter?: Reporter;
  env?: NodeJS.ProcessEnv;
  retry?: Partial<RetryPolicy>;
  /** PATCH chunk size for large blobs. */
  chunkSize?: number;
}

/**
 * Opens `target`: `oci-layout:DIR` (created when missing) or `registry/owner/name`. An
 * uppercase repository is lowercased with a notice, since registries reject it later anyway.
 */
export async function openStore(
  target: string,
  options: OpenStoreOptions = {},
): Promise<PublishStore> {
  const parsed = parseTarget(target);
  if (parsed.kind === 'layout') {
    const store = new LayoutStore(parsed.dir);
    await store.init();
    return store;
  }
  const ref = parsed.ref;
  const reporter = options.reporter;
  if (ref.lowercasedFrom) {
    reporter?.finding({
      severity: 'notice',
      rule: 'image-lowercase',
      message: `registry repositories must be lowercase: publishing "${ref.lowercasedFrom}" as ${formatReference(ref, {})}`,
      fix: 'write the image name in lowercase, e.g. ghcr.io/${{ github.repository_owner }} lowercased in a previous step',
    });
  }
  const env = options.env ?? process.env;
  const credential = options.credentials ?? (await findCredential(ref.registry, env));
  const allowHttp: AllowHttp = {
    loopback: options.insecure ?? false,
    hosts: options.insecureHosts ?? [],
  };
  const named = allowHttp.hosts.map((h) => h.toLowerCase()).includes(ref.registry);
  if (allowHttp.loopback && !isLoopbackHost(ref.registry) && !named) {
    // Credentials and content would cross the network unencrypted: only on the user's word.
    throw new UsageError(
      `refusing plain http to ${ref.registry}: --insecure covers only registries on this machine`,
      {
        fix: `if ${ref.registry} is on a network you trust, add --insecure-host ${ref.registry}; otherwise drop --insecure`,
      },
    );
  }
  if (named && !isLoopbackHost(ref.registry)) {
    reporter?.finding({
      severity: 'warning',
      rule: 'insecure-registry',
      message: `talking plain http to ${ref.registry} (--insecure-host): credentials and content travel unencrypted`,
      fix: 'use https for any registry that is not on this machine',
    });
  }
  return new RegistryStore(ref, {
    allowHttp,
    ...(credential ? { credential } : {}),
    retry: { ...DEFAULT_RETRY, ...options.retry },
    ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
    onRetry: (m) => reporter?.info(`retry: ${m}`),
    onNotice: (m) => reporter?.info(m),
  });
}

/** The warning for a first push to GHCR, which creates the package as private. */
export function privatePackageWarning(ref: RegistryReference): string | undefined {
  if (ref.registry !== 'ghcr.io') return undefined;
  const [owner, ...rest] = ref.repository.split('/');
  return (
    `this first push created the package ${ref.repository} on ghcr.io, and GitHub makes new packages private: ` +
    `Samuel users cannot pull it until you open https://github.com/${owner}?tab=packages → ${rest.join('/')} → Package settings → ` +
    'Change visibility → Public (an organisation may need to allow public packages first)'
  );
}
