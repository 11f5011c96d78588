/** The OCI image layout store and layout publishing: what skopeo reads, and the errors. */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LayoutStore, openStore, publishLayout, publishWasm } from '../../src/oci/index.js';
import { imageLayout, tempDir, wasmPlugin } from './helpers/fixtures.js';
import { digestOf, skopeoRaw } from './helpers/readback.js';

describe('LayoutStore', () => {
  it('receives a wasm artifact that skopeo reads by tag, and re-publishing writes nothing', async () => {
    const dir = join(tempDir(), 'oci');
    const { loaded, modulePath } = wasmPlugin('0.3.0');
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const first = await publishWasm(loaded, modulePath, await openStore(`oci-layout:${dir}`), {
      env,
    });
    expect(first.reference).toBe(`oci-layout:${dir}@${first.digest}`);
    expect(digestOf(skopeoRaw(`oci:${dir}:0.3.0`))).toBe(first.digest);
    expect(digestOf(skopeoRaw(`oci:${dir}:latest`))).toBe(first.digest);
    const again = await publishWasm(loaded, modulePath, await openStore(`oci-layout:${dir}`), {
      env,
    });
    expect(again.stats).toMatchObject({ uploaded: 0, skipped: 2 });
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
      manifests: unknown[];
    };
    expect(index.manifests).toHaveLength(2);
  });

  it('moves a tag instead of duplicating it', async () => {
    const store = new LayoutStore(join(tempDir(), 'oci'));
    const a = wasmPlugin('1.0.0');
    const b = wasmPlugin('1.0.0');
    await publishWasm(a.loaded, a.modulePath, store, { tags: ['stable'] });
    const second = await publishWasm(b.loaded, b.modulePath, store, { tags: ['stable'] });
    expect((await store.getManifest('stable')).descriptor.digest).toBe(second.digest);
    expect((await store.readIndex()).manifests).toHaveLength(1);
  });

  it('lists referrers through the tag fallback', async () => {
    const store = new LayoutStore(join(tempDir(), 'oci'));
    const { loaded, modulePath } = wasmPlugin();
    const subject = await publishWasm(loaded, modulePath, store);
    const empty = await store.pushBlob(Buffer.from('{}'), 'application/vnd.oci.empty.v1+json');
    const sig = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: 'x/sig',
        config: empty,
        layers: [],
        subject: { digest: subject.digest },
      }),
    );
    const pushed = await store.pushManifest(sig, 'application/vnd.oci.image.manifest.v1+json');
    expect((await store.referrers(subject.digest, 'x/sig')).map((d) => d.digest)).toEqual([
      pushed.digest,
    ]);
    expect(await store.referrers(pushed.digest)).toEqual([]);
  });

  it('says what is missing', async () => {
    const store = new LayoutStore(join(tempDir(), 'oci'));
    await store.init();
    await expect(store.getManifest('nope')).rejects.toThrow(/has no manifest tagged "nope"/);
    await expect(store.getBlob('sha256:' + 'c'.repeat(64))).rejects.toThrow(
      /has no blob sha256:c+/,
    );
  });
});

describe('publishLayout', () => {
  it('copies a multi-platform layout into another layout, identical for skopeo', async () => {
    const { dir } = imageLayout(['linux/amd64', 'linux/arm64']);
    const out = join(tempDir(), 'oci');
    const result = await publishLayout(dir, await openStore(`oci-layout:${out}`), {
      version: '1.0.0',
      latest: false,
    });
    expect(result.tags).toEqual(['1.0.0']);
    expect(digestOf(skopeoRaw(`oci:${out}:1.0.0`))).toBe(digestOf(skopeoRaw(`oci:${dir}:latest`)));
  });

  it('publishes side-by-side platform images as one index', async () => {
    const a = imageLayout(['linux/amd64']);
    const b = imageLayout(['linux/arm64']);
    const index = JSON.parse(readFileSync(join(a.dir, 'index.json'), 'utf8')) as {
      manifests: object[];
    };
    const other = JSON.parse(readFileSync(join(b.dir, 'index.json'), 'utf8')) as {
      manifests: { digest: string }[];
    };
    for (const name of readdirSync(join(b.dir, 'blobs/sha256'))) {
      writeFileSync(
        join(a.dir, 'blobs/sha256', name),
        readFileSync(join(b.dir, 'blobs/sha256', name)),
      );
    }
    writeFileSync(
      join(a.dir, 'index.json'),
      JSON.stringify({ schemaVersion: 2, manifests: [...index.manifests, ...other.manifests] }),
    );
    const result = await publishLayout(a.dir, new LayoutStore(join(tempDir(), 'oci')), {
      noTags: true,
    });
    expect(result.mediaType).toBe('application/vnd.oci.image.index.v1+json');
  });

  it('explains a layout without index.json, an ambiguous one, and a missing blob', async () => {
    const store = new LayoutStore(join(tempDir(), 'oci'));
    await expect(publishLayout(tempDir(), store, { noTags: true })).rejects.toThrow(
      /is not an OCI image layout \(no readable index.json\)/,
    );

    const { dir } = imageLayout(['linux/amd64']);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
      manifests: { annotations: Record<string, string> }[];
    };
    const copy = {
      ...index.manifests[0]!,
      annotations: { 'org.opencontainers.image.ref.name': 'other' },
    };
    delete (copy as { platform?: unknown }).platform;
    writeFileSync(
      join(dir, 'index.json'),
      JSON.stringify({ schemaVersion: 2, manifests: [...index.manifests, copy] }),
    );
    const ambiguous = await publishLayout(dir, store, { noTags: true }).catch(
      (e: { message: string; fix: string }) => e,
    );
    expect(ambiguous).toMatchObject({
      message: expect.stringMatching(/lists 2 images; cannot tell which/),
      fix: 'pass --layout-ref with one of: latest, other',
    });
    expect((await publishLayout(dir, store, { noTags: true, layoutRef: 'other' })).digest).toMatch(
      /^sha256:/,
    );

    const broken = imageLayout(['linux/amd64']);
    const manifestDigest = (
      JSON.parse(readFileSync(join(broken.dir, 'index.json'), 'utf8')) as {
        manifests: { digest: string }[];
      }
    ).manifests[0]!.digest;
    rmSync(join(broken.dir, 'blobs/sha256', manifestDigest.slice(7)));
    await expect(publishLayout(broken.dir, store, { noTags: true })).rejects.toThrow(
      /is missing blob sha256:/,
    );
  });
});
