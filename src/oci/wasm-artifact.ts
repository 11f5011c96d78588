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
 * Source URL, revision and a reproducible creation time (see util/source.ts); `created` falls
 * back to the module's modification time, never "now", so the same input gives the same digest.
 */
export async function sourceContext(
  pluginDir: string,
  modulePath: string,
  manifest: PluginManifest,
  env: NodeJS.ProcessEnv,
): Promise<SourceContext> {
  // Loaded here, not at the top: an image-layout push never starts a process.
  const { sourceFacts } = await import('../util/source.js');
  const facts = await sourceFacts(pluginDir, env);
  const ctx: SourceContext = {
    created: rfc3339(
      facts.epoch !== undefined ? new Date(facts.epoch * 1000) : (await stat(modulePath)).mtime,
    ),
  };
  const source = facts.source ?? manifest.homepage;
  if (source) ctx.source = source;
  if (facts.revision) ctx.revision = facts.revision;
  return ctx;
}

/** Default install name of the layer, as Samuel names a downloaded module. */
export function layerTitle(modulePath: string): string {
  return basename(modulePath);
}

function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
