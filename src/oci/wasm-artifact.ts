/**
 * Builds the CNCF "wasm OCI artifact": an OCI image manifest whose config is
 * `application/vnd.wasm.config.v0+json` (architecture `wasm`, os `wasip1`, `layerDigests`,
 * `created`) and whose single layer is the module as `application/wasm`. JSON is written with
 * a fixed key order and a reproducible `created`, so unchanged content keeps its digest and a
 * re-publish uploads nothing.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PluginManifest } from '../manifest/types.js';
import { MediaTypes } from './store.js';
import type { Descriptor } from './types.js';

/** Facts about where the module came from, for the `org.opencontainers.image.*` annotations. */
export interface SourceContext {
  /** Repository URL, e.g. `https://github.com/acme/hello`. */
  source?: string;
  /** Commit SHA. */
  revision?: string;
  /** RFC 3339 creation time. */
  created: string;
}

/** The config blob: field order fixed so the bytes (and digest) are stable. */
export function wasmConfig(layerDigest: string, created: string): Buffer {
  return Buffer.from(
    JSON.stringify({ created, architecture: 'wasm', os: 'wasip1', layerDigests: [layerDigest] }),
  );
}

/** `org.opencontainers.image.*` annotations from the manifest and the source context. */
export function wasmAnnotations(
  manifest: PluginManifest,
  ctx: SourceContext,
): Record<string, string> {
  const a: Record<string, string> = { 'org.opencontainers.image.created': ctx.created };
  if (ctx.source) a['org.opencontainers.image.source'] = ctx.source;
  a['org.opencontainers.image.version'] = manifest.version;
  if (ctx.revision) a['org.opencontainers.image.revision'] = ctx.revision;
  a['org.opencontainers.image.title'] = manifest.name;
  if (manifest.summary) a['org.opencontainers.image.description'] = manifest.summary;
  if (manifest.license) a['org.opencontainers.image.licenses'] = manifest.license;
  return a;
}

/** The image manifest that ties config and layer together. */
export function wasmManifest(
  config: Descriptor,
  layer: Descriptor,
  layerTitle: string,
  annotations: Record<string, string>,
): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      config: { mediaType: MediaTypes.wasmConfig, digest: config.digest, size: config.size },
      layers: [
        {
          mediaType: MediaTypes.wasmLayer,
          digest: layer.digest,
          size: layer.size,
          annotations: { 'org.opencontainers.image.title': layerTitle },
        },
      ],
      annotations,
    }),
  );
}

/**
 * Source URL, revision and a reproducible creation time. Actions variables win; otherwise git
 * in the plugin directory; `created` falls back from `SOURCE_DATE_EPOCH` to the commit time to
 * the module's modification time, never "now", so the same input gives the same digest.
 */
export async function sourceContext(
  pluginDir: string,
  modulePath: string,
  manifest: PluginManifest,
  env: NodeJS.ProcessEnv,
): Promise<SourceContext> {
  const git = async (...args: string[]): Promise<string | undefined> => {
    try {
      // Loaded here, not at the top: an image-layout push never starts a process.
      const { run } = await import('../util/exec.js');
      const res = await run('git', args, { cwd: pluginDir, env, timeoutMs: 10_000 });
      return res.code === 0 && res.stdout.trim() !== '' ? res.stdout.trim() : undefined;
    } catch {
      // No git on the machine: the annotations it would give are optional.
      return undefined;
    }
  };
  const ctx: SourceContext = { created: '' };
  const fromActions = env.GITHUB_REPOSITORY
    ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`
    : undefined;
  const source =
    fromActions ?? normaliseRemote(await git('remote', 'get-url', 'origin')) ?? manifest.homepage;
  if (source) ctx.source = source;
  const revision = env.GITHUB_SHA || (await git('rev-parse', 'HEAD'));
  if (revision) ctx.revision = revision;
  if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) {
    ctx.created = rfc3339(new Date(Number(env.SOURCE_DATE_EPOCH) * 1000));
  } else {
    const commitTime = await git('log', '-1', '--format=%ct');
    ctx.created = rfc3339(
      commitTime ? new Date(Number(commitTime) * 1000) : (await stat(modulePath)).mtime,
    );
  }
  return ctx;
}

/** Default install name of the layer, as Samuel names a downloaded module. */
export function layerTitle(modulePath: string): string {
  return basename(modulePath);
}

function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `git@github.com:o/r.git` and `https://…/o/r.git` → `https://github.com/o/r`; drops credentials. */
export function normaliseRemote(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(\.git)?$/.exec(url);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return `https://${u.host}${u.pathname.replace(/\.git$/, '')}`;
  } catch {
    return undefined;
  }
}
