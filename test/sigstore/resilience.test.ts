import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signBlob } from '../../src/sigstore/sign-blob.js';
import { verifyBlob, GITHUB_ACTIONS_ISSUER } from '../../src/sigstore/verify.js';
import { loadTrustMaterial } from '../../src/sigstore/trust.js';
import { githubToken, startSigstoreStack, WORKFLOW_IDENTITY, type SigstoreStack } from './stack.js';

const FAST_RETRY = { retries: 3, minTimeoutMs: 10, maxTimeoutMs: 20, factor: 1 };

describe('signing when Sigstore misbehaves', () => {
  let dir: string;
  let stack: SigstoreStack;
  let file: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spr-sign-resilience-'));
    stack = await startSigstoreStack(join(dir, 'trusted_root.json'));
    file = join(dir, 'SKILL.md');
    await writeFile(file, '---\nname: hello\n---\n# Hello\n');
  });
  afterAll(async () => {
    await stack.close();
    await rm(dir, { recursive: true, force: true });
  });

  const options = () => ({
    identityToken: githubToken(),
    fulcioUrl: stack.url,
    rekorUrl: stack.url,
    retry: FAST_RETRY,
  });

  it('retries transient Fulcio and Rekor failures', async () => {
    const before = { ...stack.requests };
    stack.failNext('fulcio', 2);
    stack.failNext('rekor', 2);
    const signed = await signBlob(file, options());
    expect(stack.requests.fulcio - before.fulcio).toBe(3);
    expect(stack.requests.rekor - before.rekor).toBe(3);
    const trust = await loadTrustMaterial(stack.trustedRootPath);
    expect(
      verifyBlob(await readFile(file), signed.bundle, { identity: WORKFLOW_IDENTITY }, trust)
        .issuer,
    ).toBe(GITHUB_ACTIONS_ISSUER);
  });

  it('reuses the existing Rekor entry when a retry conflicts (409)', async () => {
    const before = { ...stack.requests };
    stack.loseNextRekorResponse();
    const signed = await signBlob(file, options());
    expect(stack.requests.rekor - before.rekor).toBe(2);
    expect(stack.requests.rekorGet - before.rekorGet).toBe(1);
    const trust = await loadTrustMaterial(stack.trustedRootPath);
    expect(
      verifyBlob(await readFile(file), signed.bundle, { identity: WORKFLOW_IDENTITY }, trust)
        .identity,
    ).toBe(WORKFLOW_IDENTITY);
  });

  it('names Fulcio, its URL and the fix when it keeps failing', async () => {
    stack.failNext('fulcio', 10);
    const err = await signBlob(file, options()).catch((e: unknown) => e);
    stack.failNext('fulcio', 0);
    expect(err).toMatchObject({ code: 'SIGN', fix: expect.stringContaining('--fulcio-url') });
    expect((err as Error).message).toContain(
      `Fulcio at ${stack.url} did not issue a signing certificate`,
    );
  });

  it('names Rekor and the fix when it keeps failing', async () => {
    stack.failNext('rekor', 10);
    const err = await signBlob(file, options()).catch((e: unknown) => e);
    stack.failNext('rekor', 0);
    expect((err as Error).message).toContain(`Rekor at ${stack.url} did not record the signature`);
    expect(err).toMatchObject({ fix: expect.stringContaining('--rekor-url') });
  });

  it('adds an RFC 3161 timestamp when --tsa-url is given', async () => {
    const signed = await signBlob(file, { ...options(), tsaUrl: stack.url });
    expect(
      signed.bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps,
    ).toHaveLength(1);
    const trust = await loadTrustMaterial(stack.trustedRootPath);
    expect(
      verifyBlob(await readFile(file), signed.bundle, { identity: WORKFLOW_IDENTITY }, trust)
        .identity,
    ).toBe(WORKFLOW_IDENTITY);
  });

  it('reports an unreadable artifact as an I/O error with a fix', async () => {
    await expect(signBlob(join(dir, 'missing.wasm'), options())).rejects.toMatchObject({
      code: 'IO',
      message: expect.stringContaining('missing.wasm to sign it'),
    });
  });
});
