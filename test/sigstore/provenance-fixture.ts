/**
 * What the provenance tests share: a GitHub Actions job of the reusable workflow releasing
 * acme/hello-plugin (its environment and OIDC token, with the claims Fulcio copies into the
 * certificate), a real wasm module built from source, and a statement for given subjects.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../../src/util/exec.js';
import { readBuildContext } from '../../src/sigstore/build-context.js';
import {
  provenanceStatement,
  toolDependency,
  type ProvenanceSubject,
} from '../../src/sigstore/provenance.js';
import { githubToken, WORKFLOW_IDENTITY } from './stack.js';

export const FAST_RETRY = { retries: 2, minTimeoutMs: 10, maxTimeoutMs: 20, factor: 1 };
export const COMMIT = '0123456789abcdef0123456789abcdef01234567';

/** Claims of a release job of the reusable workflow called from acme/hello-plugin. */
export const RELEASE_CLAIMS = {
  workflow_ref: 'acme/hello-plugin/.github/workflows/release.yml@refs/tags/v1.0.0',
  workflow_sha: COMMIT,
  job_workflow_sha: 'fedcba9876543210fedcba9876543210fedcba98',
  repository_id: '1000',
  repository_owner_id: '2000',
  run_id: '4242',
  run_attempt: '1',
  sha: COMMIT,
};

/** A release job's token; `overrides` change claims (another builder, another repository). */
export function releaseToken(overrides: Record<string, unknown> = {}): string {
  return githubToken({ ...RELEASE_CLAIMS, ...overrides });
}

/** A job of another workflow (another builder) that could sign statements too. */
export const OTHER_BUILDER = 'acme/hello-plugin/.github/workflows/evil.yml@refs/heads/main';
/** Its certificate identity: like real Fulcio, the mock writes the job workflow's URL. */
export const OTHER_IDENTITY = `https://github.com/${OTHER_BUILDER}`;
export function otherBuilderToken(): string {
  return releaseToken({ sub: OTHER_IDENTITY, job_workflow_ref: OTHER_BUILDER });
}

/** The environment GitHub gives the release job. */
export const ACTIONS_ENV: NodeJS.ProcessEnv = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/hello-plugin',
  GITHUB_SHA: COMMIT,
  GITHUB_REF: 'refs/tags/v1.0.0',
  GITHUB_WORKFLOW_REF: RELEASE_CLAIMS.workflow_ref,
  GITHUB_EVENT_NAME: 'push',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
};

/** Builds a small real wasm module from WebAssembly text with wabt's wat2wasm. */
export async function buildWasm(dir: string, name: string, marker: number): Promise<string> {
  const wat = join(dir, `${name}.wat`);
  const out = join(dir, name);
  await writeFile(
    wat,
    `(module (func (export "answer") (result i32) i32.const ${marker}) (memory (export "memory") 1))\n`,
  );
  const r = await run('wat2wasm', [wat, '-o', out]);
  if (r.code !== 0) throw new Error(`wat2wasm failed: ${r.stderr}`);
  return out;
}

/** A provenance statement for `subjects`, built from a release job's context. */
export function releaseStatement(subjects: ProvenanceSubject[], token = releaseToken()) {
  return provenanceStatement({
    subjects,
    context: readBuildContext(ACTIONS_ENV, { identityToken: token }),
    externalParameters: { 'plugin-dir': '.', publish: 'ghcr' },
    resolvedDependencies: [toolDependency('wabt', '1.0.32')],
    startedOn: new Date('2026-11-23T10:00:00Z'),
    finishedOn: new Date('2026-11-23T10:05:00Z'),
    builderVersion: { 'samuel-plugin-release': '0.1.0' },
  });
}

export { WORKFLOW_IDENTITY };
