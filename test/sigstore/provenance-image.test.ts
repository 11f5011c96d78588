/**
 * Provenance of a multi-platform image in a real registry without a referrers API (like GHCR):
 * the bundle is attached to the index and to each platform manifest beside the signatures, and
 * cosign verify-attestation, gh attestation verify and our verifier accept each digest — and
 * refuse a statement attached to another image or made by another builder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import {
  attestProvenance,
  imageProvenanceSubjects,
  type AttestProvenanceResult,
} from '../../src/sigstore/attest.js';
import { SLSA_PROVENANCE_V1 } from '../../src/sigstore/provenance.js';
import { attachBundle, PREDICATE_TYPE_ANNOTATION } from '../../src/sigstore/referrers.js';
import {
  signImage,
  BUNDLE_MEDIA_TYPE,
  COSIGN_SIGN_PREDICATE,
} from '../../src/sigstore/sign-image.js';
import { statementOf } from '../../src/sigstore/statement.js';
import { verifyProvenance } from '../../src/sigstore/verify-provenance.js';
import { GITHUB_ACTIONS_ISSUER } from '../../src/sigstore/verify.js';
import type { Descriptor } from '../../src/oci/types.js';
import { RegistryStore } from '../../src/oci/registry.js';
import { parseReference } from '../../src/oci/reference.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { startSigstoreStack, type SigstoreStack } from './stack.js';
import { pushImage, pushIndex } from './memory-store.js';
import { cosign } from './cosign.js';
import { ghVerify, trustedRootJsonl } from './gh.js';
import {
  FAST_RETRY,
  OTHER_IDENTITY,
  otherBuilderToken,
  releaseStatement,
  releaseToken,
  WORKFLOW_IDENTITY,
} from './provenance-fixture.js';
import { runCli } from '../helpers/cli.js';

describe('provenance of an image index and its platforms', () => {
  let dir: string;
  let stack: SigstoreStack;
  let registry: TestRegistry;
  let store: RegistryStore;
  let rootJsonl: string;
  let repo: string;
  let index: Descriptor;
  let children: Descriptor[];
  let attested: AttestProvenanceResult;
  /** Another image carrying the index's bundle: a statement for another digest. */
  let forged: Descriptor;
  /** An image attested by another workflow. */
  let otherBuilt: Descriptor;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spr-provenance-image-'));
    stack = await startSigstoreStack(join(dir, 'trusted_root.json'));
    rootJsonl = await trustedRootJsonl(stack.trustedRootPath, dir);
    registry = await startRegistry();
    repo = `${registry.host}/acme/hello-plugin`;
    store = new RegistryStore(parseReference(repo), {
      allowHttp: { loopback: true, hosts: [] },
      retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 20, idleTimeoutMs: 10000 },
    });
    const sign = {
      fulcioUrl: stack.url,
      rekorUrl: stack.url,
      retry: FAST_RETRY,
      trustedRoot: stack.trustedRootPath,
    };
    ({ index, children } = await pushIndex(store));
    // Signed first, as the pipeline does: provenance sits beside the signatures.
    await signImage(store, index.digest, { ...sign, identityToken: releaseToken() });
    const reference = `${repo}@${index.digest}`;
    attested = await attestProvenance({
      ...sign,
      identityToken: releaseToken(),
      statement: releaseStatement(await imageProvenanceSubjects(store, index.digest, reference)),
      outputDir: join(dir, 'release'),
      pluginName: 'hello-plugin',
      image: { store, digest: index.digest, reference },
    });
    forged = await pushImage(store, 'forged');
    await attachBundle(store, forged, attested.bundle, SLSA_PROVENANCE_V1);
    otherBuilt = await pushImage(store, 'other-builder');
    await attestProvenance({
      ...sign,
      identityToken: otherBuilderToken(),
      statement: releaseStatement(
        await imageProvenanceSubjects(store, otherBuilt.digest, repo),
        otherBuilderToken(),
      ),
      outputDir: join(dir, 'other'),
      pluginName: 'other',
      image: { store, digest: otherBuilt.digest, reference: repo },
    });
  });
  afterAll(async () => {
    await registry.stop();
    await stack.close();
    await rm(dir, { recursive: true, force: true });
  });

  const digests = () => [index.digest, ...children.map((c) => c.digest)];

  it('names the index and each platform, and attaches one referrer to each', async () => {
    const statement = statementOf(bundleFromJSON(attested.bundle));
    expect(statement.subject.map((s) => s.name)).toEqual(digests().map((d) => `${repo}@${d}`));
    expect(attested.referrers.map((r) => [r.digest, r.platform])).toEqual([
      [index.digest, undefined],
      [children[0]!.digest, 'linux/amd64'],
      [children[1]!.digest, 'linux/arm64'],
    ]);
    for (const digest of digests()) {
      const types = (await store.referrers(digest, BUNDLE_MEDIA_TYPE)).map(
        (r) => r.annotations?.[PREDICATE_TYPE_ANNOTATION],
      );
      expect(types.sort()).toEqual([SLSA_PROVENANCE_V1, COSIGN_SIGN_PREDICATE].sort());
    }
  });

  it('a re-run of signing reuses the signature, never the provenance beside it', async () => {
    const [again] = await signImage(store, index.digest, {
      identityToken: releaseToken(),
      fulcioUrl: stack.url,
      rekorUrl: stack.url,
      retry: FAST_RETRY,
      trustedRoot: stack.trustedRootPath,
    });
    expect(again?.reused).toBe(true);
    expect(statementOf(bundleFromJSON(again!.bundle)).predicateType).toBe(COSIGN_SIGN_PREDICATE);
  });

  describe('cosign verify-attestation --type slsaprovenance1 (offline, --trusted-root)', () => {
    const verify = (digest: string, identity = WORKFLOW_IDENTITY) =>
      cosign([
        'verify-attestation',
        '--type',
        'slsaprovenance1',
        '--trusted-root',
        stack.trustedRootPath,
        '--certificate-identity',
        identity,
        '--certificate-oidc-issuer',
        GITHUB_ACTIONS_ISSUER,
        '--allow-http-registry',
        `${repo}@${digest}`,
      ]);

    it('accepts the index and every platform manifest', async () => {
      for (const digest of digests()) {
        const r = await verify(digest);
        expect(`${r.code}\n${r.stderr}`).toMatch(/^0\n[\s\S]*The cosign claims were validated/);
        const payload = JSON.parse(r.stdout.trim().split('\n')[0]!).payload as string;
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        expect(statement.predicateType).toBe(SLSA_PROVENANCE_V1);
      }
    });

    it('refuses a statement for another digest attached to an image', async () => {
      const r = await verify(forged.digest);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/no matching attestations|digest/i);
    });

    it('refuses a statement by another builder', async () => {
      const r = await verify(otherBuilt.digest);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/no matching attestations|expected/i);
      expect((await verify(otherBuilt.digest, OTHER_IDENTITY)).code).toBe(0);
    });
  });

  describe('gh attestation verify oci://… --custom-trusted-root, reaching nothing but the local registry', () => {
    const verify = (digest: string, source: string[], workflow = WORKFLOW_IDENTITY) =>
      ghVerify(
        [
          `oci://${repo}@${digest}`,
          ...source,
          '--custom-trusted-root',
          rootJsonl,
          '--repo',
          'acme/hello-plugin',
          '--signer-workflow',
          workflow.replace(/^https:\/\//, '').replace(/@.*$/, ''),
          '--format',
          'json',
        ],
        'loopback-only',
        // gh insists on a login before it reads bundles from a registry, though it never uses
        // it there; a placeholder satisfies it, and the proxy trap catches any use of it.
        source.includes('--bundle-from-oci') ? { GH_TOKEN: 'placeholder-never-sent' } : {},
      );

    it('accepts the index and every platform manifest with the release asset', async () => {
      for (const digest of digests()) {
        const r = await verify(digest, ['--bundle', attested.bundleFile]);
        expect(`${r.code}\n${r.stderr}`).toBe('0\n');
        const [result] = JSON.parse(r.stdout);
        expect(result.verificationResult.statement.predicateType).toBe(SLSA_PROVENANCE_V1);
      }
    });

    it('accepts them with the bundle read from the registry (--bundle-from-oci)', async () => {
      for (const digest of digests()) {
        const r = await verify(digest, ['--bundle-from-oci']);
        expect(`${r.code}\n${r.stderr}`).toBe('0\n');
      }
    });

    it('really is cut off: without --custom-trusted-root it needs the network, and fails', async () => {
      const r = await ghVerify(
        [
          `oci://${repo}@${index.digest}`,
          '--bundle',
          attested.bundleFile,
          '--repo',
          'acme/hello-plugin',
        ],
        'loopback-only',
      );
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/no valid Sigstore verifiers could be initialized/);
    });

    it('refuses a statement for another digest', async () => {
      const r = await verify(forged.digest, ['--bundle', attested.bundleFile]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('verifying with issuer "sigstore.mock"');
    });

    it('refuses a statement by another builder', async () => {
      const r = await verify(otherBuilt.digest, ['--bundle-from-oci']);
      expect(r.code).not.toBe(0);
      expect((await verify(otherBuilt.digest, ['--bundle-from-oci'], OTHER_IDENTITY)).code).toBe(0);
    });
  });

  describe('#verifyProvenance with the bundles attached in the registry', () => {
    const policy = { builderId: WORKFLOW_IDENTITY, sourceRepository: 'acme/hello-plugin' };
    const verify = (digest: string) =>
      verifyProvenance({ image: { store, digest }, policy, trustedRoot: stack.trustedRootPath });

    it('accepts the index and every platform manifest', async () => {
      for (const digest of digests()) {
        const found = await verify(digest);
        expect(found).toMatchObject({
          ok: true,
          digest,
          subjectName: `${repo}@${digest}`,
          builder: { id: WORKFLOW_IDENTITY },
          source: { repository: 'acme/hello-plugin' },
        });
      }
    });

    it('refuses a statement for another digest', async () => {
      await expect(verify(forged.digest)).rejects.toThrow(
        `the provenance is for ${digests().join(', ')}, not for ${forged.digest}`,
      );
    });

    it('refuses a statement by another builder', async () => {
      await expect(verify(otherBuilt.digest)).rejects.toThrow(
        `built by "${OTHER_IDENTITY}", expected "${WORKFLOW_IDENTITY}"`,
      );
    });
  });
  describe('verify --provenance on the command line, reading the registry', () => {
    const cli = (digest: string, extra: string[] = []) =>
      runCli([
        'verify',
        `${repo}@${digest}`,
        '--provenance',
        '--builder-id',
        WORKFLOW_IDENTITY,
        '--source-repository',
        'acme/hello-plugin',
        '--trusted-root',
        stack.trustedRootPath,
        '--insecure',
        ...extra,
      ]);

    it('accepts the index and each platform, and prints what built it', async () => {
      for (const digest of digests()) {
        const r = await cli(digest);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(`Verified provenance: ${repo}@${digest} (${digest})`);
        expect(r.stdout).toContain(`  built by: ${WORKFLOW_IDENTITY}\n`);
      }
    });

    it('refuses a statement for another digest and one by another builder, exit 1', async () => {
      const forgedRun = await cli(forged.digest);
      expect(forgedRun.code).toBe(1);
      expect(forgedRun.stderr).toContain(`not for ${forged.digest}`);
      const other = await cli(otherBuilt.digest);
      expect(other.code).toBe(1);
      expect(other.stderr).toContain(
        `built by "${OTHER_IDENTITY}", expected "${WORKFLOW_IDENTITY}"`,
      );
    });
  });
});
