/**
 * Every way `verifyProvenance` and `attestProvenance` refuse, each with the message a user sees.
 * Signed against the local Sigstore stack; images in the in-memory store.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attestProvenance, imageProvenanceSubjects } from '../../src/sigstore/attest.js';
import { fileSubject, provenanceStatement } from '../../src/sigstore/provenance.js';
import { readBuildContext } from '../../src/sigstore/build-context.js';
import { signBlob } from '../../src/sigstore/sign-blob.js';
import { signImage, BUNDLE_MEDIA_TYPE } from '../../src/sigstore/sign-image.js';
import { verifyProvenance, type ProvenancePolicy } from '../../src/sigstore/verify-provenance.js';
import { run } from '../../src/util/exec.js';
import { startSigstoreStack, type SigstoreStack } from './stack.js';
import { MemoryStore, pushImage, pushIndex } from './memory-store.js';
import {
  ACTIONS_ENV,
  buildWasm,
  FAST_RETRY,
  OTHER_IDENTITY,
  otherBuilderToken,
  releaseStatement,
  releaseToken,
  WORKFLOW_IDENTITY,
} from './provenance-fixture.js';

describe('provenance refusals', () => {
  let dir: string;
  let stack: SigstoreStack;
  let module: string;
  let bundleFile: string;
  let sign: { fulcioUrl: string; rekorUrl: string; retry: typeof FAST_RETRY };
  const policy: ProvenancePolicy = { builderId: WORKFLOW_IDENTITY };
  const check = (
    bundle: string,
    p: ProvenancePolicy = policy,
    trustedRoot = stack.trustedRootPath,
  ) => verifyProvenance({ artifact: module, bundle, policy: p, trustedRoot });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spr-provenance-refusals-'));
    stack = await startSigstoreStack(join(dir, 'trusted_root.json'));
    sign = { fulcioUrl: stack.url, rekorUrl: stack.url, retry: FAST_RETRY };
    module = await buildWasm(dir, 'plugin.wasm', 1);
    bundleFile = (
      await attestProvenance({
        ...sign,
        identityToken: releaseToken(),
        statement: releaseStatement([await fileSubject(module)]),
        outputDir: dir,
        pluginName: 'hello',
      })
    ).bundleFile;
  });
  afterAll(async () => {
    await stack.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('when the policy says nothing about the builder', () => {
    it('asks for --builder-id before reading anything', async () => {
      await expect(check(join(dir, 'missing'), {})).rejects.toThrow(
        expect.objectContaining({
          code: 'USAGE',
          message: 'provenance verification needs the expected builder',
          fix: expect.stringContaining('pass --builder-id'),
        }),
      );
    });
  });

  it('needs exactly one of a file and an image', async () => {
    await expect(verifyProvenance({ policy })).rejects.toThrow(
      'verify --provenance needs one artifact: a file or an image digest',
    );
  });

  it('needs the bundle of a file', async () => {
    await expect(verifyProvenance({ artifact: module, policy })).rejects.toThrow(
      expect.objectContaining({
        message: 'verifying provenance of a file needs its bundle',
        fix: 'pass --bundle <plugin>.provenance.sigstore.json (a release asset)',
      }),
    );
  });

  it('refuses a FIFO as the bundle without blocking on it', async () => {
    const fifo = join(dir, 'bundle.fifo');
    expect((await run('mkfifo', [fifo])).code).toBe(0);
    await expect(check(fifo)).rejects.toThrow(/the bundle is not a regular file \(a FIFO\)/);
  });

  it('refuses a bundle file that is not JSON', async () => {
    const bad = join(dir, 'bad.sigstore.json');
    await writeFile(bad, '{"mediaType": \n nope');
    await expect(check(bad)).rejects.toThrow(
      `${bad} is neither a JSON bundle nor JSON lines of bundles`,
    );
  });

  it('accepts JSON lines, as `gh attestation download` writes, when one line verifies', async () => {
    const signature = await signBlob(module, {
      ...sign,
      identityToken: releaseToken(),
      outputDir: join(dir, 'sig'),
    });
    const lines = join(dir, 'downloaded.jsonl');
    await writeFile(
      lines,
      `${JSON.stringify(signature.bundle)}\n${(await import('node:fs')).readFileSync(bundleFile, 'utf8')}`,
    );
    expect((await check(lines)).builder.id).toBe(WORKFLOW_IDENTITY);
  });

  it('refuses the signature bundle in place of the provenance', async () => {
    const signature = await signBlob(module, {
      ...sign,
      identityToken: releaseToken(),
      outputDir: join(dir, 'sig2'),
    });
    await expect(check(signature.bundlePath)).rejects.toThrow(
      expect.objectContaining({
        message: 'the bundle signs a blob, not an in-toto statement',
        fix: 'pass the attestation bundle (.sigstore.json), not the signature bundle (.bundle)',
      }),
    );
  });

  it('refuses a statement whose builder is not the workflow that signed it', async () => {
    // Another workflow signs a statement claiming our reusable workflow built the module.
    const lying = await attestProvenance({
      ...sign,
      identityToken: otherBuilderToken(),
      statement: releaseStatement([await fileSubject(module)], releaseToken()),
      outputDir: join(dir, 'lying'),
      pluginName: 'hello',
    });
    await expect(check(lying.bundleFile, { identity: OTHER_IDENTITY })).rejects.toThrow(
      `the provenance claims builder "${WORKFLOW_IDENTITY}" but was signed by "${OTHER_IDENTITY}"`,
    );
    // With only the builder in the policy, the signer is held to it too.
    await expect(check(lying.bundleFile)).rejects.toThrow(
      `signed by "${OTHER_IDENTITY}", expected exactly "${WORKFLOW_IDENTITY}"`,
    );
  });

  it('refuses a statement naming another source repository than the certificate', async () => {
    const context = {
      ...readBuildContext(ACTIONS_ENV, { identityToken: releaseToken() }),
      repository: 'evil/fork',
    };
    const forged = await attestProvenance({
      ...sign,
      identityToken: releaseToken(),
      statement: provenanceStatement({ subjects: [await fileSubject(module)], context }),
      outputDir: join(dir, 'forged-source'),
      pluginName: 'hello',
    });
    await expect(
      check(forged.bundleFile, {
        ...policy,
        sourceRepository: 'https://github.com/acme/hello-plugin',
      }),
    ).rejects.toThrow('built from "evil/fork", expected "acme/hello-plugin"');
  });

  it('refuses a certificate from another source repository', async () => {
    await expect(check(bundleFile, { ...policy, sourceRepository: 'evil/fork' })).rejects.toThrow(
      'signed in repository "acme/hello-plugin", expected "evil/fork"',
    );
  });

  it('refuses provenance signed by another Sigstore instance', async () => {
    const foreign = await startSigstoreStack(join(dir, 'foreign_root.json'));
    try {
      await expect(check(bundleFile, policy, foreign.trustedRootPath)).rejects.toThrow(
        /^the signature does not verify: /,
      );
    } finally {
      await foreign.close();
    }
  });

  describe('for images', () => {
    it('says when an image has no provenance attached (a signature is not provenance)', async () => {
      const store = new MemoryStore();
      const image = await pushImage(store, 'unattested');
      await signImage(store, image.digest, { ...sign, identityToken: releaseToken() });
      await expect(
        verifyProvenance({
          image: { store, digest: image.digest },
          policy,
          trustedRoot: stack.trustedRootPath,
        }),
      ).rejects.toThrow(`memory://test/plugin@${image.digest} has no provenance attached`);
    });

    it('refuses a digest that is not sha256 before reading anything', async () => {
      await expect(
        verifyProvenance({ image: { store: new MemoryStore(), digest: 'latest' }, policy }),
      ).rejects.toThrow('"latest" is not a sha256 manifest digest');
    });

    it('will not attest an index with a statement that leaves a platform out', async () => {
      const store = new MemoryStore();
      const { index } = await pushIndex(store);
      const [top] = await imageProvenanceSubjects(store, index.digest, 'memory/plugin');
      await expect(
        attestProvenance({
          ...sign,
          identityToken: releaseToken(),
          statement: releaseStatement([top!]),
          outputDir: join(dir, 'partial'),
          pluginName: 'hello',
          image: { store, digest: index.digest, reference: 'memory/plugin' },
        }),
      ).rejects.toThrow(
        /^the provenance statement does not name sha256:[0-9a-f]{64}, sha256:[0-9a-f]{64} of memory\/plugin$/,
      );
      expect(await store.referrers(index.digest, BUNDLE_MEDIA_TYPE)).toEqual([]);
    });

    it('signing does not take an earlier provenance attestation for a signature to reuse', async () => {
      const store = new MemoryStore();
      const image = await pushImage(store, 'attested-first');
      const reference = `memory/plugin@${image.digest}`;
      await attestProvenance({
        ...sign,
        identityToken: releaseToken(),
        statement: releaseStatement(await imageProvenanceSubjects(store, image.digest, reference)),
        outputDir: join(dir, 'attested-first'),
        pluginName: 'hello',
        image: { store, digest: image.digest, reference },
      });
      const [signed] = await signImage(store, image.digest, {
        ...sign,
        identityToken: releaseToken(),
        trustedRoot: stack.trustedRootPath,
      });
      expect(signed?.reused).toBeUndefined();
      expect(await store.referrers(image.digest, BUNDLE_MEDIA_TYPE)).toHaveLength(2);
    });
  });
});
