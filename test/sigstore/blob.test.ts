import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signBlob } from '../../src/sigstore/sign-blob.js';
import {
  verifyBlob,
  GITHUB_ACTIONS_ISSUER,
  type IdentityPolicy,
} from '../../src/sigstore/verify.js';
import { loadTrustMaterial } from '../../src/sigstore/trust.js';
import type { TrustMaterial } from '@sigstore/verify';
import { githubToken, startSigstoreStack, WORKFLOW_IDENTITY, type SigstoreStack } from './stack.js';
import { cosign } from './cosign.js';

const FAST_RETRY = { retries: 2, minTimeoutMs: 10, maxTimeoutMs: 20, factor: 1 };

describe('blob signing against a local Sigstore stack', () => {
  let dir: string;
  let stack: SigstoreStack;
  let trust: TrustMaterial;
  let file: string;
  let bundlePath: string;
  const policy: IdentityPolicy = { identity: WORKFLOW_IDENTITY, issuer: GITHUB_ACTIONS_ISSUER };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spr-sign-blob-'));
    stack = await startSigstoreStack(join(dir, 'trusted_root.json'));
    trust = await loadTrustMaterial(stack.trustedRootPath);
    file = join(dir, 'plugin.wasm');
    await writeFile(file, Buffer.from('\0asm\x01\0\0\0 a tiny module'));
    const signed = await signBlob(file, {
      identityToken: githubToken(),
      fulcioUrl: stack.url,
      rekorUrl: stack.url,
      retry: FAST_RETRY,
    });
    bundlePath = signed.bundlePath;
  });
  afterAll(async () => {
    await stack.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('#signBlob', () => {
    it('writes a v0.3 message-signature bundle beside the file', async () => {
      expect(bundlePath).toBe(`${file}.bundle`);
      const bundle = JSON.parse(await readFile(bundlePath, 'utf8'));
      expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
      expect(bundle.messageSignature.messageDigest.algorithm).toBe('SHA2_256');
      expect(bundle.verificationMaterial.certificate.rawBytes).toEqual(expect.any(String));
      expect(bundle.verificationMaterial.tlogEntries[0].kindVersion).toEqual({
        kind: 'hashedrekord',
        version: '0.0.1',
      });
      expect(
        bundle.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint.envelope,
      ).toContain('127.0.0.1');
    });
  });

  describe('#verifyBlob', () => {
    it('accepts the file with the exact identity and reads the source repository', async () => {
      const result = verifyBlob(
        await readFile(file),
        JSON.parse(await readFile(bundlePath, 'utf8')),
        policy,
        trust,
      );
      expect(result.identity).toBe(WORKFLOW_IDENTITY);
      expect(result.issuer).toBe(GITHUB_ACTIONS_ISSUER);
      expect(result.sourceRepository).toBe('https://github.com/acme/hello-plugin');
    });
  });

  describe('cosign verify-blob', () => {
    it('accepts the bundle offline with the trusted root', async () => {
      const r = await cosign([
        'verify-blob',
        '--bundle',
        bundlePath,
        '--trusted-root',
        stack.trustedRootPath,
        '--certificate-identity',
        WORKFLOW_IDENTITY,
        '--certificate-oidc-issuer',
        GITHUB_ACTIONS_ISSUER,
        file,
      ]);
      expect(`${r.code}\n${r.stderr}`).toMatch(/^0\n[\s\S]*Verified OK/);
    });
  });
});
