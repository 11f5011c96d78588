/** Builds test content: plugin manifests, small wasm modules, and OCI image layouts on disk. */
import { wasmManifest } from '../../helpers/manifest.js';
import { createHash, randomBytes } from 'node:crypto';
import { afterAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedManifest, PluginManifest } from '../../../src/manifest/types.js';

const made: string[] = [];
// Every folder made here is removed when the test file is done.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder, removed after the test file. */
export function tempDir(prefix = 'spr-oci-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A wasm plugin folder with a tiny (valid header) module and its typed manifest. */
export function wasmPlugin(
  version = '1.2.3',
  extra: Partial<PluginManifest> = {},
): { loaded: LoadedManifest; modulePath: string } {
  const dir = tempDir('spr-plugin-');
  const modulePath = join(dir, 'plugin.wasm');
  // "\0asm" + version 1, then a custom section with random bytes so each plugin differs.
  const payload = randomBytes(32);
  writeFileSync(
    modulePath,
    Buffer.concat([
      Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0, payload.length + 2, 1, 0x78]),
      payload,
    ]),
  );
  const manifest: PluginManifest = wasmManifest({
    name: 'hello',
    version,
    summary: 'Says hello',
    license: 'MIT',
    ...extra,
  });
  const loaded: LoadedManifest = {
    file: join(dir, 'samuel-plugin.toml'),
    dir,
    source: '',
    manifest,
    positions: new Map(),
  };
  return { loaded, modulePath };
}

function writeBlob(dir: string, data: Buffer): { digest: string; size: number } {
  const hex = createHash('sha256').update(data).digest('hex');
  writeFileSync(join(dir, 'blobs', 'sha256', hex), data);
  return { digest: `sha256:${hex}`, size: data.length };
}

/**
 * An OCI image layout with one image per platform (random layers of `layerSizes` bytes); with
 * several platforms `index.json` points at one image index, as `podman manifest push` writes.
 */
export function imageLayout(
  platforms: string[] = ['linux/amd64'],
  layerSizes: number[] = [1024, 2048],
): { dir: string } {
  const dir = tempDir('spr-layout-');
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const images = platforms.map((p) => {
    const [os, architecture] = p.split('/') as [string, string];
    const layers = layerSizes.map((n) => ({
      mediaType: 'application/vnd.oci.image.layer.v1.tar',
      ...writeBlob(dir, randomBytes(n)),
    }));
    const config = writeBlob(
      dir,
      Buffer.from(
        JSON.stringify({
          architecture,
          os,
          rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
        }),
      ),
    );
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers,
      }),
    );
    return {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      ...writeBlob(dir, manifest),
      platform: { os, architecture },
    };
  });
  let top: object;
  if (images.length === 1) top = images[0]!;
  else {
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: images,
      }),
    );
    top = { mediaType: 'application/vnd.oci.image.index.v1+json', ...writeBlob(dir, index) };
  }
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [{ ...top, annotations: { 'org.opencontainers.image.ref.name': 'latest' } }],
    }),
  );
  return { dir };
}

/** A throwaway reporter-like logger that keeps lines. */
export function collect(): { lines: string[]; log: (m: string) => void } {
  const lines: string[] = [];
  return { lines, log: (m) => lines.push(m) };
}
