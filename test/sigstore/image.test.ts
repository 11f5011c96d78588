import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TrustMaterial } from '@sigstore/verify';
import {
  signImage,
  BUNDLE_MEDIA_TYPE,
  COSIGN_SIGN_PREDICATE,
} from '../../src/sigstore/sign-image.js';
import {
  verifyImage,
  GITHUB_ACTIONS_ISSUER,
  type IdentityPolicy,
} from '../../src/sigstore/verify.js';
import { loadTrustMaterial } from '../../src/sigstore/trust.js';
import { RegistryStore } from '../../src/oci/registry.js';
import { parseReference } from '../../src/oci/reference.js';
import { githubToken, startSigstoreStack, WORKFLOW_IDENTITY, type SigstoreStack } from './stack.js';
import { MemoryStore, pushImage, pushIndex } from './memory-store.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { cosign } from './cosign.js';
import { main } from '../../src/cli/main.js';

const FAST_RETRY = { retries: 2, minTimeoutMs: 10, maxTimeoutMs: 20, factor: 1 };
const policy: IdentityPolicy = { identity: WORKFLOW_IDENTITY, issuer: GITHUB_ACTIONS_ISSUER };

describe('image signing', () => {
  let dir: string;
  let stack: SigstoreStack;
  let trust: TrustMaterial;
  let sign: {
    identityToken: string;
    fulcioUrl: string;
    rekorUrl: string;
    retry: typeof FAST_RETRY;
    trustedRoot?: string;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spr-sign-image-'));
    stack = await startSigstoreStack(join(dir, 'trusted_root.json'));
    trust = await loadTrustMaterial(stack.trustedRootPath);
    sign = {
      identityToken: githubToken(),
      fulcioUrl: stack.url,
      rekorUrl: stack.url,
      retry: FAST_RETRY,
    };
  });
  afterAll(async () => {
    await stack.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('#signImage with an in-memory store', () => {
    it('attaches a cosign v3 style referrer whose bundle signs the manifest digest', async () => {
      const store = new MemoryStore();
      const image = await pushImage(store, 'one');
      const [signed] = await signImage(store, image.digest, sign);
      expect(signed?.digest).toBe(image.digest);
      const referrers = await store.referrers(image.digest, BUNDLE_MEDIA_TYPE);
      expect(referrers).toHaveLength(1);
      const manifest = JSON.parse(
        Buffer.from((await store.getManifest(referrers[0]!.digest)).bytes).toString('utf8'),
      );
      expect(manifest).toMatchObject({
        artifactType: BUNDLE_MEDIA_TYPE,
        config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2 },
        layers: [{ mediaType: BUNDLE_MEDIA_TYPE }],
        subject: { digest: image.digest, mediaType: image.mediaType, size: image.size },
        annotations: {
          'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE,
          'dev.sigstore.bundle.content': 'dsse-envelope',
        },
      });
      const bundle = JSON.parse(
        Buffer.from(await store.getBlob(manifest.layers[0].digest)).toString('utf8'),
      );
      expect(bundle.verificationMaterial.tlogEntries[0].kindVersion).toEqual({
        kind: 'dsse',
        version: '0.0.1',
      });
      expect(verifyImage(image.digest, bundle, policy, trust).identity).toBe(WORKFLOW_IDENTITY);
    });

    describe('when the release is run again', () => {
      it('reuses the signature this identity already attached instead of adding another', async () => {
        const store = new MemoryStore();
        const image = await pushImage(store, 'rerun');
        const again = { ...sign, trustedRoot: stack.trustedRootPath };
        const [first] = await signImage(store, image.digest, again);
        const [second] = await signImage(store, image.digest, {
          ...again,
          identityToken: githubToken(),
        });
        expect(second?.reused).toBe(true);
        expect(second?.referrer.digest).toBe(first?.referrer.digest);
        expect(await store.referrers(image.digest, BUNDLE_MEDIA_TYPE)).toHaveLength(1);
      });

      it('adds a signature when the earlier one cannot be checked against a trusted root', async () => {
        const store = new MemoryStore();
        const image = await pushImage(store, 'unchecked');
        const unchecked = { ...sign, trustedRoot: join(dir, 'missing-trusted-root.json') };
        await signImage(store, image.digest, unchecked);
        const [second] = await signImage(store, image.digest, unchecked);
        expect(second?.reused).toBeUndefined();
        expect(await store.referrers(image.digest, BUNDLE_MEDIA_TYPE)).toHaveLength(2);
      });

      it('adds a signature when the earlier one, same identity, does not verify against this trusted root', async () => {
        const foreign = await startSigstoreStack(join(dir, 'foreign_root.json'));
        try {
          const store = new MemoryStore();
          const image = await pushImage(store, 'foreign-instance');
          await signImage(store, image.digest, {
            ...sign,
            fulcioUrl: foreign.url,
            rekorUrl: foreign.url,
          });
          const [second] = await signImage(store, image.digest, {
            ...sign,
            trustedRoot: stack.trustedRootPath,
          });
          expect(second?.reused).toBeUndefined();
          expect(await store.referrers(image.digest, BUNDLE_MEDIA_TYPE)).toHaveLength(2);
        } finally {
          await foreign.close();
        }
      });

      it('adds a signature when the earlier one is by another identity', async () => {
        const store = new MemoryStore();
        const image = await pushImage(store, 'other-identity');
        const checked = { ...sign, trustedRoot: stack.trustedRootPath };
        await signImage(store, image.digest, {
          ...checked,
          identityToken: githubToken({
            sub: 'https://github.com/acme/other/.github/workflows/x.yml@refs/heads/main',
          }),
        });
        const [second] = await signImage(store, image.digest, checked);
        expect(second?.reused).toBeUndefined();
        expect(await store.referrers(image.digest, BUNDLE_MEDIA_TYPE)).toHaveLength(2);
      });
    });

    it('signs an index and each platform manifest', async () => {
      const store = new MemoryStore();
      const { index, children } = await pushIndex(store);
      const signed = await signImage(store, index.digest, sign);
      expect(signed.map((s) => s.digest)).toEqual([index.digest, ...children.map((c) => c.digest)]);
      expect(signed.map((s) => s.platform)).toEqual([undefined, 'linux/amd64', 'linux/arm64']);
      for (const s of signed) {
        expect(await store.referrers(s.digest, BUNDLE_MEDIA_TYPE)).toHaveLength(1);
        expect(verifyImage(s.digest, s.bundle, policy, trust).digest).toBe(s.digest);
      }
      // A platform's bundle does not vouch for its sibling.
      expect(() => verifyImage(children[1]!.digest, signed[1]!.bundle, policy, trust)).toThrow(
        /the bundle is for sha256:.* not for/,
      );
    });

    it('refuses a reference that is not a digest before contacting anything', async () => {
      await expect(signImage(new MemoryStore(), 'latest', sign)).rejects.toThrow(
        /"latest" is not a sha256 manifest digest/,
      );
    });

    it('names the store and the fix when the manifest is missing', async () => {
      const missing = `sha256:${'a'.repeat(64)}`;
      await expect(signImage(new MemoryStore(), missing, sign)).rejects.toThrow(
        `cannot read memory://test/plugin@${missing} to sign it`,
      );
    });
  });

  describe('in a real registry without a referrers API, checked by cosign', () => {
    let registry: TestRegistry;
    let store: RegistryStore;
    beforeAll(async () => {
      registry = await startRegistry();
      store = new RegistryStore(parseReference(`${registry.host}/acme/hello-plugin`), {
        allowHttp: { loopback: true, hosts: [] },
        retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 20, idleTimeoutMs: 10000 },
      });
    });
    afterAll(async () => {
      await registry.stop();
    });

    const cosignVerify = (ref: string, identity = WORKFLOW_IDENTITY) =>
      cosign([
        'verify',
        '--trusted-root',
        stack.trustedRootPath,
        '--certificate-identity',
        identity,
        '--certificate-oidc-issuer',
        GITHUB_ACTIONS_ISSUER,
        '--allow-http-registry',
        ref,
      ]);

    it('cosign verifies the index and every platform manifest through the tag fallback', async () => {
      const { index, children } = await pushIndex(store);
      const signed = await signImage(store, index.digest, sign);
      expect(signed).toHaveLength(3);
      for (const digest of [index.digest, ...children.map((c) => c.digest)]) {
        const r = await cosignVerify(`${registry.host}/acme/hello-plugin@${digest}`);
        expect(`${r.code}\n${r.stderr}\n${r.stdout}`).toMatch(
          /^0\n[\s\S]*The cosign claims were validated/,
        );
        expect(r.stdout).toContain(digest.slice('sha256:'.length));
      }
      // And the bundle file a release ships verifies offline with cosign too.
      const bundleFile = join(dir, 'hello-plugin.bundle');
      await writeFile(bundleFile, JSON.stringify(signed[0]!.bundle));
      expect(verifyImage(index.digest, signed[0]!.bundle, policy, trust).digest).toBe(index.digest);
    });

    it('our verify finds the referrer in the registry, and rejects a bundle for another digest', async () => {
      const image = await pushImage(store, 'ours');
      const other = await pushImage(store, 'other');
      const [signed] = await signImage(store, image.digest, sign);
      const out: string[] = [];
      const run = (args: string[]) =>
        main(
          [
            'verify',
            ...args,
            '--trusted-root',
            stack.trustedRootPath,
            '--certificate-identity',
            WORKFLOW_IDENTITY,
          ],
          {
            env: { PATH: process.env.PATH },
            out: (t) => out.push(t),
            err: (t) => out.push(t),
          },
        );
      expect(await run([`${registry.host}/acme/hello-plugin@${image.digest}`, '--insecure'])).toBe(
        0,
      );
      expect(out.join('')).toContain('Verified OK');
      const bundleFile = join(dir, 'ours.bundle');
      await writeFile(bundleFile, JSON.stringify(signed!.bundle));
      out.length = 0;
      expect(
        await run([`${registry.host}/acme/hello-plugin@${other.digest}`, '--bundle', bundleFile]),
      ).toBe(1);
      expect(out.join('')).toContain(`the bundle is for ${image.digest}, not for ${other.digest}`);
      out.length = 0;
      expect(await run([`${registry.host}/acme/hello-plugin@${other.digest}`, '--insecure'])).toBe(
        1,
      );
      expect(out.join('')).toContain('has no Sigstore bundle attached');
    });

    it('cosign rejects the signature for another identity', async () => {
      const image = await pushImage(store, 'identity');
      await signImage(store, image.digest, sign);
      const r = await cosignVerify(
        `${registry.host}/acme/hello-plugin@${image.digest}`,
        `${WORKFLOW_IDENTITY}x`,
      );
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/none of the expected identities matched|no matching|expected/i);
    });
  });
});
