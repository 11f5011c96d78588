/**
 * Provenance of a wasm release, end to end against the local Sigstore stack: attested by our
 * library, then accepted by cosign (offline, --trusted-root), by gh (in a network namespace with
 * no network) and by our verifier — and refused by each for another module or another builder.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attestProvenance, provenanceAssetName } from '../../src/sigstore/attest.js';
import { fileSubject, SLSA_PROVENANCE_V1 } from '../../src/sigstore/provenance.js';
import { verifyProvenance } from '../../src/sigstore/verify-provenance.js';
import { GITHUB_ACTIONS_ISSUER } from '../../src/sigstore/verify.js';
import {
  cosignVerifyProvenanceBlobCommand,
  ghVerifyProvenanceCommand,
} from '../../src/sigstore/commands.js';
import { startSigstoreStack, type SigstoreStack } from './stack.js';
import { cosign } from './cosign.js';
import { ghVerify, trustedRootJsonl } from './gh.js';
import {
  buildWasm,
  COMMIT,
  FAST_RETRY,
  OTHER_IDENTITY,
  otherBuilderToken,
  releaseStatement,
  releaseToken,
  WORKFLOW_IDENTITY,
} from './provenance-fixture.js';
import { runCli } from '../helpers/cli.js';

describe('provenance of a wasm module', () => {
  let dir: string;
  let stack: SigstoreStack;
  let rootJsonl: string;
  let module: string;
  let otherModule: string;
  let bundleFile: string;
  let otherBuilderBundle: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spr-provenance-wasm-'));
    stack = await startSigstoreStack(join(dir, 'trusted_root.json'));
    rootJsonl = await trustedRootJsonl(stack.trustedRootPath, dir);
    module = await buildWasm(dir, 'plugin.wasm', 42);
    otherModule = await buildWasm(dir, 'other.wasm', 7);
    const sign = { fulcioUrl: stack.url, rekorUrl: stack.url, retry: FAST_RETRY };
    const attested = await attestProvenance({
      ...sign,
      identityToken: releaseToken(),
      statement: releaseStatement([await fileSubject(module)]),
      outputDir: join(dir, 'release'),
      pluginName: 'hello',
    });
    bundleFile = attested.bundleFile;
    // The same module attested by another workflow of the caller's repository.
    const other = await attestProvenance({
      ...sign,
      identityToken: otherBuilderToken(),
      statement: releaseStatement([await fileSubject(module)], otherBuilderToken()),
      outputDir: join(dir, 'other-builder'),
      pluginName: 'hello',
    });
    otherBuilderBundle = other.bundleFile;
  });
  afterAll(async () => {
    await stack.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one v0.3 DSSE bundle as <plugin>.provenance.sigstore.json', async () => {
    expect(bundleFile).toBe(join(dir, 'release', provenanceAssetName('hello')));
    expect(bundleFile.endsWith('hello.provenance.sigstore.json')).toBe(true);
    const bundle = JSON.parse(await readFile(bundleFile, 'utf8'));
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(bundle.verificationMaterial.tlogEntries[0].kindVersion.kind).toBe('dsse');
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    expect(statement.predicateType).toBe(SLSA_PROVENANCE_V1);
    expect(statement.subject).toEqual([
      { name: 'plugin.wasm', digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } },
    ]);
    expect(statement.predicate.runDetails.builder.id).toBe(WORKFLOW_IDENTITY);
  });

  describe('cosign verify-blob-attestation --type slsaprovenance1 (offline)', () => {
    const verify = (file: string, bundle: string, identity = WORKFLOW_IDENTITY) =>
      cosign([
        'verify-blob-attestation',
        '--bundle',
        bundle,
        '--type',
        'slsaprovenance1',
        '--trusted-root',
        stack.trustedRootPath,
        '--certificate-identity',
        identity,
        '--certificate-oidc-issuer',
        GITHUB_ACTIONS_ISSUER,
        '--certificate-github-workflow-repository',
        'acme/hello-plugin',
        file,
      ]);

    it('accepts the statement for the module', async () => {
      const r = await verify(module, bundleFile);
      expect(`${r.code}\n${r.stderr}`).toMatch(/^0\n[\s\S]*Verified OK/);
    });

    it('accepts it with the command line a release prints', async () => {
      const line = cosignVerifyProvenanceBlobCommand(module, bundleFile, {
        identity: WORKFLOW_IDENTITY,
        repository: 'acme/hello-plugin',
      });
      expect(line).not.toContain("'");
      const r = await cosign([
        ...line.split(' ').slice(1, -1),
        '--trusted-root',
        stack.trustedRootPath,
        module,
      ]);
      expect(`${r.code}\n${r.stderr}`).toMatch(/^0\n[\s\S]*Verified OK/);
    });

    it('refuses it for another module', async () => {
      const r = await verify(otherModule, bundleFile);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/digest|subject/i);
    });

    it('refuses a statement by another builder', async () => {
      const r = await verify(module, otherBuilderBundle);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/none of the expected identities matched|expected/i);
      // …which is what it is: another workflow's own, valid statement.
      expect((await verify(module, otherBuilderBundle, OTHER_IDENTITY)).code).toBe(0);
    });
  });

  describe('gh attestation verify --bundle --custom-trusted-root, with no network at all', () => {
    const signerWorkflow = (identity: string) =>
      identity.replace(/^https:\/\//, '').replace(/@.*$/, '');
    const verify = (file: string, bundle: string, identity = WORKFLOW_IDENTITY) =>
      ghVerify(
        [
          file,
          '--bundle',
          bundle,
          '--custom-trusted-root',
          rootJsonl,
          '--repo',
          'acme/hello-plugin',
          '--signer-workflow',
          signerWorkflow(identity),
          '--format',
          'json',
        ],
        'offline',
      );

    it('accepts the statement for the module', async () => {
      const r = await verify(module, bundleFile);
      expect(`${r.code}\n${r.stderr}`).toBe('0\n');
      const [result] = JSON.parse(r.stdout);
      expect(result.verificationResult.statement.predicateType).toBe(SLSA_PROVENANCE_V1);
      expect(result.verificationResult.statement.subject[0].name).toBe('plugin.wasm');
      expect(result.verificationResult.signature.certificate).toMatchObject({
        buildSignerURI: WORKFLOW_IDENTITY,
        sourceRepositoryURI: 'https://github.com/acme/hello-plugin',
      });
    });

    it('refuses it for another module', async () => {
      const r = await verify(otherModule, bundleFile);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('verifying with issuer "sigstore.mock"');
    });

    it('accepts it with the command line a release prints', async () => {
      const line = ghVerifyProvenanceCommand(module, bundleFile, {
        identity: WORKFLOW_IDENTITY,
        repository: 'acme/hello-plugin',
      });
      const args = line.split(' ').slice(3); // after "gh attestation verify"; nothing needed quoting
      expect(line).not.toContain("'");
      const r = await ghVerify([...args, '--custom-trusted-root', rootJsonl], 'offline');
      expect(r.code).toBe(0);
    });

    it('refuses a statement by another builder', async () => {
      const r = await verify(module, otherBuilderBundle);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('verifying with issuer "sigstore.mock"');
      // The refusal is about who built it: the same bundle passes for its own workflow.
      expect((await verify(module, otherBuilderBundle, OTHER_IDENTITY)).code).toBe(0);
    });
  });

  describe('#verifyProvenance', () => {
    const policy = {
      builderId: WORKFLOW_IDENTITY,
      sourceRepository: 'acme/hello-plugin',
    };

    it('accepts it and says what built the module', async () => {
      const found = await verifyProvenance({
        artifact: module,
        bundle: bundleFile,
        policy,
        trustedRoot: stack.trustedRootPath,
      });
      expect(found).toMatchObject({
        ok: true,
        subjectName: 'plugin.wasm',
        builder: { id: WORKFLOW_IDENTITY, local: false },
        source: { repository: 'acme/hello-plugin', ref: 'refs/tags/v1.0.0', commit: COMMIT },
        invocationId: 'https://github.com/acme/hello-plugin/actions/runs/4242/attempts/1',
        signer: { identity: WORKFLOW_IDENTITY, issuer: GITHUB_ACTIONS_ISSUER },
      });
    });

    it('refuses it for another module', async () => {
      await expect(
        verifyProvenance({
          artifact: otherModule,
          bundle: bundleFile,
          policy,
          trustedRoot: stack.trustedRootPath,
        }),
      ).rejects.toThrow(/^the provenance is for sha256:[0-9a-f]{64}, not for sha256:[0-9a-f]{64}$/);
    });

    it('refuses a statement by another builder', async () => {
      await expect(
        verifyProvenance({
          artifact: module,
          bundle: otherBuilderBundle,
          policy,
          trustedRoot: stack.trustedRootPath,
        }),
      ).rejects.toThrow(`built by "${OTHER_IDENTITY}", expected "${WORKFLOW_IDENTITY}"`);
    });
  });
  describe('verify --provenance on the command line', () => {
    const cli = (file: string, bundle: string, extra: string[] = []) =>
      runCli([
        'verify',
        file,
        '--provenance',
        '--bundle',
        bundle,
        '--trusted-root',
        stack.trustedRootPath,
        ...extra,
      ]);
    const policy = ['--builder-id', WORKFLOW_IDENTITY, '--source-repository', 'acme/hello-plugin'];

    it('accepts it and prints what built the module, from where, in which run', async () => {
      const r = await cli(module, bundleFile, policy);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Verified provenance: .*plugin\.wasm \(sha256:[0-9a-f]{64}\)$/m);
      expect(r.stdout).toContain(`  built by: ${WORKFLOW_IDENTITY}\n`);
      expect(r.stdout).toContain(`  from: acme/hello-plugin refs/tags/v1.0.0 at ${COMMIT}\n`);
      expect(r.stdout).toContain(
        '  run: https://github.com/acme/hello-plugin/actions/runs/4242/attempts/1\n',
      );
      const json = await cli(module, bundleFile, [...policy, '--json']);
      expect(JSON.parse(json.stdout)).toMatchObject({
        ok: true,
        provenance: { builder: { id: WORKFLOW_IDENTITY }, source: { commit: COMMIT } },
      });
    });

    it('refuses another module and another builder with exit 1', async () => {
      const other = await cli(otherModule, bundleFile, policy);
      expect(other.code).toBe(1);
      expect(other.stderr).toMatch(/the provenance is for sha256:[0-9a-f]{64}, not for sha256:/);
      const builder = await cli(module, otherBuilderBundle, policy);
      expect(builder.code).toBe(1);
      expect(builder.stderr).toContain(`built by "${OTHER_IDENTITY}"`);
    });

    it('refuses another source repository', async () => {
      const r = await cli(module, bundleFile, [
        '--builder-id',
        WORKFLOW_IDENTITY,
        '--source-repository',
        'acme/other',
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('acme/other');
    });

    it.each([
      [[], 'provenance verification needs the expected builder', 'fix: pass --builder-id'],
      [
        ['--builder-id', WORKFLOW_IDENTITY, '--certificate-github-workflow-repository', 'a/b'],
        'with --provenance the source repository is --source-repository',
        'fix: pass --source-repository OWNER/REPO',
      ],
    ])('exits 2 on a policy it cannot use (%j)', async (extra, message, fix) => {
      const r = await cli(module, bundleFile, extra as string[]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain(fix);
    });

    it('names a missing artifact, and asks for the bundle before reading the file', async () => {
      const missing = await cli(join(dir, 'nope.wasm'), bundleFile, policy);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`${join(dir, 'nope.wasm')}: no such artifact`);
      expect(missing.stderr).not.toContain('looks like a bug');
      const noBundle = await runCli(['verify', join(dir, 'nope.wasm'), '--provenance', ...policy]);
      expect(noBundle.code).toBe(2);
      expect(noBundle.stderr).toContain('verifying provenance of a file needs its bundle');
    });

    it('says --builder-id belongs to --provenance', async () => {
      const r = await runCli(['verify', module, '--bundle', bundleFile, '--builder-id', 'x']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--builder-id applies to provenance');
      expect(r.stderr).toContain('fix: add --provenance');
    });
  });
});
