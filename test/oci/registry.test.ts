/**
 * Publishing to a real registry (Debian's docker-registry on 127.0.0.1), read back by skopeo
 * (and crane when installed) with identical digests.
 */
import { join } from 'node:path';
import { openStore, publishLayout, publishWasm, type PublishStore } from '../../src/oci/index.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { imageLayout, tempDir, wasmPlugin } from './helpers/fixtures.js';
import { craneDigest, digestOf, skopeoCopyAll, skopeoRaw } from './helpers/readback.js';

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
});

const open = (repo: string): Promise<PublishStore> =>
  openStore(`${registry.host}/${repo}`, { insecure: true, env: {} });

describe('publishWasm to a registry', () => {
  it('pushes a CNCF wasm artifact that skopeo reads back with the same digest', async () => {
    const { loaded, modulePath } = wasmPlugin('1.2.3');
    const store = await open('acme/hello');
    const result = await publishWasm(loaded, modulePath, store, {
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(result.tags).toEqual(['1.2.3', 'latest']);
    expect(result.reference).toBe(`${registry.host}/acme/hello@${result.digest}`);

    const raw = skopeoRaw(`docker://${registry.host}/acme/hello:1.2.3`);
    expect(digestOf(raw)).toBe(result.digest);
    expect(digestOf(skopeoRaw(`docker://${registry.host}/acme/hello:latest`))).toBe(result.digest);
    const crane = craneDigest(`${registry.host}/acme/hello:1.2.3`);
    if (crane !== undefined) expect(crane).toBe(result.digest);

    const manifest = JSON.parse(raw.toString()) as {
      mediaType: string;
      config: { mediaType: string; digest: string };
      layers: { mediaType: string; annotations: Record<string, string> }[];
      annotations: Record<string, string>;
    };
    expect(manifest.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(manifest.config.mediaType).toBe('application/vnd.wasm.config.v0+json');
    expect(manifest.layers).toHaveLength(1);
    expect(manifest.layers[0]!.mediaType).toBe('application/wasm');
    expect(manifest.annotations['org.opencontainers.image.version']).toBe('1.2.3');
    expect(manifest.annotations['org.opencontainers.image.created']).toBe('2023-11-14T22:13:20Z');
    const config = JSON.parse(
      Buffer.from(await store.getBlob(manifest.config.digest)).toString(),
    ) as Record<string, unknown>;
    expect(config).toMatchObject({
      architecture: 'wasm',
      os: 'wasip1',
      created: '2023-11-14T22:13:20Z',
    });

    const copy = skopeoCopyAll(
      `docker://${registry.host}/acme/hello@${result.digest}`,
      join(tempDir(), 'copy'),
    );
    expect(copy).toEqual({ ok: true, stderr: expect.any(String) });
  });

  it('uploads zero blobs when the same content is published again', async () => {
    const { loaded, modulePath } = wasmPlugin('2.0.0');
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const first = await publishWasm(loaded, modulePath, await open('acme/again'), { env });
    expect(first.stats.uploaded).toBe(2);
    const second = await publishWasm(loaded, modulePath, await open('acme/again'), { env });
    expect(second.digest).toBe(first.digest);
    expect(second.stats).toMatchObject({ uploaded: 0, skipped: 2, uploadedBytes: 0 });
  });

  it('does not tag latest for a prerelease, and pushes by digest only with noTags', async () => {
    const { loaded, modulePath } = wasmPlugin('3.0.0-rc.1');
    const store = await open('acme/pre');
    const pre = await publishWasm(loaded, modulePath, store);
    expect(pre.tags).toEqual(['3.0.0-rc.1']);
    await expect(store.getManifest('latest')).rejects.toThrow(/HTTP 404/);

    const other = wasmPlugin('4.0.0');
    const untagged = await publishWasm(other.loaded, other.modulePath, store, { noTags: true });
    expect(untagged.tags).toEqual([]);
    expect(digestOf(skopeoRaw(`docker://${registry.host}/acme/pre@${untagged.digest}`))).toBe(
      untagged.digest,
    );
    await expect(store.getManifest('4.0.0')).rejects.toThrow(/HTTP 404/);
  });

  it('mounts blobs from another repository instead of uploading them', async () => {
    const { loaded, modulePath } = wasmPlugin('1.0.0');
    const env = { SOURCE_DATE_EPOCH: '1' };
    await publishWasm(loaded, modulePath, await open('acme/source'), { env });
    const result = await publishWasm(loaded, modulePath, await open('acme/target'), {
      env,
      mountFrom: 'acme/source',
    });
    expect(result.stats.mounted).toBe(1);
    // The layer is mounted; only the tiny config is uploaded (it goes through pushBlob).
    expect(result.stats.uploaded).toBe(1);
  });
});

describe('publishLayout to a registry', () => {
  it('pushes a single-image layout with every blob', async () => {
    const { dir } = imageLayout(['linux/amd64'], [4096, 70_000]);
    const result = await publishLayout(dir, await open('acme/image'), { version: '0.1.0' });
    expect(digestOf(skopeoRaw(`docker://${registry.host}/acme/image:0.1.0`))).toBe(result.digest);
    expect(digestOf(skopeoRaw(`oci:${dir}:latest`))).toBe(result.digest);
    expect(
      skopeoCopyAll(`docker://${registry.host}/acme/image:0.1.0`, join(tempDir(), 'c')).ok,
    ).toBe(true);
  });

  it('pushes a multi-platform index with its child manifests, chunked', async () => {
    const { dir } = imageLayout(['linux/amd64', 'linux/arm64'], [3000, 150_000]);
    const store = await openStore(`${registry.host}/acme/multi`, {
      insecure: true,
      env: {},
      chunkSize: 64 * 1024,
    });
    const result = await publishLayout(dir, store, { version: '1.0.0' });
    expect(result.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(digestOf(skopeoRaw(`docker://${registry.host}/acme/multi:1.0.0`))).toBe(result.digest);
    const copy = skopeoCopyAll(
      `docker://${registry.host}/acme/multi@${result.digest}`,
      join(tempDir(), 'c'),
    );
    expect(copy.stderr).toBe('');
    expect(copy.ok).toBe(true);
  });
});

describe('referrers on a registry without the referrers API', () => {
  it('keeps the sha256-<hex> tag index up to date', async () => {
    const { loaded, modulePath } = wasmPlugin('1.0.0');
    const store = await open('acme/signed');
    const subject = await publishWasm(loaded, modulePath, store);
    const empty = await store.pushBlob(Buffer.from('{}'), 'application/vnd.oci.empty.v1+json');
    const sig = (n: number): Buffer =>
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          config: empty,
          layers: [empty],
          subject: {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: subject.digest,
            size: 1,
          },
          annotations: { n: String(n) },
        }),
      );
    const a = await store.pushManifest(sig(1), 'application/vnd.oci.image.manifest.v1+json');
    const b = await store.pushManifest(sig(2), 'application/vnd.oci.image.manifest.v1+json');
    await store.pushManifest(sig(2), 'application/vnd.oci.image.manifest.v1+json');
    const list = await store.referrers(
      subject.digest,
      'application/vnd.dev.sigstore.bundle.v0.3+json',
    );
    expect(list.map((d) => d.digest)).toEqual([a.digest, b.digest]);
    expect(list[0]!.annotations).toEqual({ n: '1' });
    expect(await store.referrers(subject.digest, 'application/other')).toEqual([]);
    const fallback = skopeoRaw(
      `docker://${registry.host}/acme/signed:sha256-${subject.digest.slice(7)}`,
    );
    expect(JSON.parse(fallback.toString()).manifests).toHaveLength(2);
  });
});
