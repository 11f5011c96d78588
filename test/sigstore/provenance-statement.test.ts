import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_BUILDER_ID, readBuildContext } from '../../src/sigstore/build-context.js';
import {
  fileSubject,
  imageDependency,
  provenanceStatement,
  RELEASE_BUILD_TYPE,
  SLSA_PROVENANCE_V1,
  toolDependency,
} from '../../src/sigstore/provenance.js';
import { ACTIONS_ENV, COMMIT, releaseToken, WORKFLOW_IDENTITY } from './provenance-fixture.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('#readBuildContext', () => {
  describe('in a GitHub Actions job with its OIDC token', () => {
    it('takes the builder from job_workflow_ref and the run URL from the claims', () => {
      const context = readBuildContext(
        { ...ACTIONS_ENV, GITHUB_SHA: 'f'.repeat(40) },
        { identityToken: releaseToken() },
      );
      expect(context).toMatchObject({
        local: false,
        builderId: WORKFLOW_IDENTITY,
        builderCertified: true,
        repository: 'acme/hello-plugin',
        // The token's claim wins over the environment: it is what the certificate will say.
        sha: COMMIT,
        ref: 'refs/tags/v1.0.0',
        workflowRef: 'acme/hello-plugin/.github/workflows/release.yml@refs/tags/v1.0.0',
        invocationId: 'https://github.com/acme/hello-plugin/actions/runs/4242/attempts/1',
        runner: { environment: 'github-hosted', os: 'Linux', arch: 'X64' },
      });
    });
  });

  describe('in a GitHub Actions job without a token', () => {
    it('names the calling workflow as builder, and says nothing certifies it', () => {
      const context = readBuildContext(ACTIONS_ENV);
      expect(context.builderId).toBe(
        'https://github.com/acme/hello-plugin/.github/workflows/release.yml@refs/tags/v1.0.0',
      );
      expect(context.builderCertified).toBe(false);
      expect(context.runner.environment).toBeUndefined();
    });
  });

  describe('on a laptop', () => {
    it('says the builder is the local machine and ignores stray GitHub variables', () => {
      const context = readBuildContext({ GITHUB_REPOSITORY: 'evil/spoof', GITHUB_SHA: 'x' });
      expect(context).toEqual({
        local: true,
        builderId: LOCAL_BUILDER_ID,
        builderCertified: false,
        serverUrl: 'https://github.com',
        runner: {},
      });
    });
  });

  it('survives a token that is not a JWT', () => {
    expect(readBuildContext(ACTIONS_ENV, { identityToken: 'not-a-jwt' }).builderCertified).toBe(
      false,
    );
  });
});

describe('#provenanceStatement', () => {
  it('writes SLSA Provenance v1 with source, inputs, tools and run details', () => {
    const statement = provenanceStatement({
      subjects: [{ name: 'plugin.wasm', digest: DIGEST }],
      context: readBuildContext(ACTIONS_ENV, { identityToken: releaseToken() }),
      externalParameters: { 'plugin-dir': 'plugins/hello' },
      resolvedDependencies: [
        toolDependency('go', '1.26.8'),
        imageDependency(`docker.io/library/alpine:3.20@${DIGEST}`, DIGEST),
      ],
      startedOn: new Date('2026-11-23T10:00:00.123Z'),
      finishedOn: new Date('2026-11-23T10:05:00Z'),
    });
    expect(statement).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'plugin.wasm', digest: { sha256: 'ab'.repeat(32) } }],
      predicateType: SLSA_PROVENANCE_V1,
      predicate: {
        buildDefinition: {
          buildType: RELEASE_BUILD_TYPE,
          externalParameters: {
            workflow: {
              ref: 'refs/tags/v1.0.0',
              repository: 'https://github.com/acme/hello-plugin',
              path: '.github/workflows/release.yml',
            },
            inputs: { 'plugin-dir': 'plugins/hello' },
          },
          internalParameters: {
            github: {
              event_name: 'push',
              repository_id: '1000',
              repository_owner_id: '2000',
              runner_environment: 'github-hosted',
              runner_os: 'Linux',
              runner_arch: 'X64',
              job_workflow_sha: 'fedcba9876543210fedcba9876543210fedcba98',
            },
          },
          resolvedDependencies: [
            {
              uri: 'git+https://github.com/acme/hello-plugin@refs/tags/v1.0.0',
              digest: { gitCommit: COMMIT },
            },
            { name: 'go', uri: 'pkg:generic/go@1.26.8' },
            { uri: 'oci://docker.io/library/alpine:3.20', digest: { sha256: 'ab'.repeat(32) } },
          ],
        },
        runDetails: {
          builder: { id: WORKFLOW_IDENTITY },
          metadata: {
            invocationId: 'https://github.com/acme/hello-plugin/actions/runs/4242/attempts/1',
            startedOn: '2026-11-23T10:00:00Z',
            finishedOn: '2026-11-23T10:05:00Z',
          },
        },
      },
    });
  });

  it('marks a laptop build as local, with no invocation', () => {
    const statement = provenanceStatement({
      subjects: [{ name: 'SKILL.md', digest: DIGEST }],
      context: readBuildContext({}),
    });
    expect(statement.predicate.runDetails).toEqual({
      builder: { id: LOCAL_BUILDER_ID },
      metadata: {},
    });
    expect(statement.predicate.buildDefinition.internalParameters).toEqual({ local: true });
    expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual([]);
  });

  it('refuses a subject without a sha256 digest, and an empty subject list', () => {
    const context = readBuildContext({});
    expect(() =>
      provenanceStatement({ subjects: [{ name: 'plugin.wasm', digest: 'md5:00' }], context }),
    ).toThrow('the provenance subject "plugin.wasm" has no sha256 digest (md5:00)');
    expect(() => provenanceStatement({ subjects: [], context })).toThrow(
      'provenance needs at least one artifact to describe',
    );
  });

  it('refuses a base image that is not pinned by digest, saying how to pin it', () => {
    expect(() => imageDependency('alpine:3.20', 'latest')).toThrow(
      expect.objectContaining({
        message: 'the base image digest "latest" is not sha256:<64 hex>',
        fix: 'pin base images by digest (FROM image@sha256:…) so provenance can name them',
      }),
    );
  });
});

describe('#fileSubject', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spr-provenance-subject-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names the file and its sha256', async () => {
    const file = join(dir, 'SKILL.md');
    await writeFile(file, 'hello\n');
    expect(await fileSubject(file)).toEqual({
      name: 'SKILL.md',
      digest: 'sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03',
    });
  });

  it('refuses what is not a regular file', async () => {
    await expect(fileSubject(dir)).rejects.toThrow(/the artifact is not a regular file/);
  });
});
