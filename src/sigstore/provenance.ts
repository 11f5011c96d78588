/**
 * SLSA Provenance v1 statements (https://slsa.dev/spec/v1.0/provenance) for what a release
 * ships: which workflow built it, from which repository and commit, with which inputs and
 * tools. The layout follows GitHub's own workflow build type, so readers that know
 * actions/attest's statements find the same fields here.
 */
import { basename } from 'node:path';
import { ReleaseError, UsageError } from '../errors.js';
import { fileDigest } from '../oci/digest.js';
import type { BuildContext } from './build-context.js';
import { INTOTO_STATEMENT_V1, type Statement, type StatementSubject } from './statement.js';

/** The SLSA Provenance v1 predicate type. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/** What our build type means is written down in docs/provenance.md. */
export const RELEASE_BUILD_TYPE =
  'https://github.com/samuelpkg/samuel-plugin-release/blob/main/docs/provenance.md#build-type-v1';

/** An SLSA ResourceDescriptor: a source, a tool, a base image. */
export interface ResourceDescriptor {
  uri?: string;
  name?: string;
  digest?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** The predicate of an SLSA Provenance v1 statement. */
export interface SlsaProvenanceV1 {
  buildDefinition: {
    buildType: string;
    externalParameters: Record<string, unknown>;
    internalParameters?: Record<string, unknown>;
    resolvedDependencies?: ResourceDescriptor[];
  };
  runDetails: {
    builder: { id: string; version?: Record<string, string> };
    metadata?: { invocationId?: string; startedOn?: string; finishedOn?: string };
  };
}

/** One artifact the release ships. */
export interface ProvenanceSubject {
  /** The file name or image reference a user sees: `plugin.wasm`, `ghcr.io/acme/x@sha256:…`. */
  name: string;
  /** `sha256:<64 hex>`. */
  digest: string;
}

export interface ProvenanceInput {
  subjects: ProvenanceSubject[];
  context: BuildContext;
  /** The workflow inputs that shape the build (names as the workflow spells them). */
  externalParameters?: Record<string, unknown>;
  /** Toolchains and base images, beyond the source (which is added from the context). */
  resolvedDependencies?: ResourceDescriptor[];
  startedOn?: Date;
  finishedOn?: Date;
  /** Versions of the builder's parts, e.g. `{ 'samuel-plugin-release': '1.4.0' }`. */
  builderVersion?: Record<string, string>;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** The subject of a file: its name and sha256 (streamed, regular files only). */
export async function fileSubject(path: string, name = basename(path)): Promise<ProvenanceSubject> {
  return { name, digest: (await fileDigest(path, 'artifact')).digest };
}

/** A tool the build used, as a dependency: `pkg:generic/<name>@<version>`. */
export function toolDependency(name: string, version: string): ResourceDescriptor {
  return { name, uri: `pkg:generic/${encodeURIComponent(name)}@${encodeURIComponent(version)}` };
}

/** A base image the build started from, pinned by digest. */
export function imageDependency(reference: string, digest: string): ResourceDescriptor {
  if (!DIGEST.test(digest)) {
    throw new UsageError(`the base image digest "${digest}" is not sha256:<64 hex>`, {
      fix: 'pin base images by digest (FROM image@sha256:…) so provenance can name them',
    });
  }
  return { uri: `oci://${reference.replace(/@sha256:[0-9a-f]{64}$/, '')}`, digest: hexOf(digest) };
}

function hexOf(digest: string): { sha256: string } {
  return { sha256: digest.slice('sha256:'.length) };
}

/** The source repository at the commit, as GitHub's build type names it. */
export function sourceDependency(context: BuildContext): ResourceDescriptor | undefined {
  if (!context.repository) return undefined;
  const ref = context.ref ? `@${context.ref}` : '';
  const source: ResourceDescriptor = {
    uri: `git+${context.serverUrl}/${context.repository}${ref}`,
  };
  if (context.sha) source.digest = { gitCommit: context.sha };
  return source;
}

/** `owner/repo/.github/workflows/x.yml@ref` → the workflow's repository URL, path and ref. */
function workflowParameters(
  context: BuildContext,
): { ref: string; repository: string; path: string } | undefined {
  const m = /^([^/]+\/[^/]+)\/(.+)@(.+)$/.exec(context.workflowRef ?? '');
  if (!m) return undefined;
  return { ref: m[3] as string, repository: `${context.serverUrl}/${m[1]}`, path: m[2] as string };
}

function timestamp(date: Date | undefined, name: string): string | undefined {
  if (date === undefined) return undefined;
  if (Number.isNaN(date.getTime())) {
    throw new ReleaseError('INTERNAL', `the provenance ${name} time is not a valid date`);
  }
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Builds the in-toto statement with the SLSA Provenance v1 predicate for `input.subjects`. */
export function provenanceStatement(input: ProvenanceInput): Statement<SlsaProvenanceV1> {
  if (input.subjects.length === 0) {
    throw new ReleaseError('INTERNAL', 'provenance needs at least one artifact to describe');
  }
  const subject: StatementSubject[] = input.subjects.map((s) => {
    if (!DIGEST.test(s.digest) || s.name === '') {
      throw new ReleaseError(
        'INTERNAL',
        `the provenance subject "${s.name}" has no sha256 digest (${s.digest})`,
      );
    }
    return { name: s.name, digest: hexOf(s.digest) };
  });
  const { context } = input;
  const externalParameters: Record<string, unknown> = {};
  const workflow = workflowParameters(context);
  if (workflow) externalParameters.workflow = workflow;
  externalParameters.inputs = input.externalParameters ?? {};
  const github: Record<string, string> = {};
  const facts: [string, string | undefined][] = [
    ['event_name', context.eventName],
    ['repository_id', context.repositoryId],
    ['repository_owner_id', context.repositoryOwnerId],
    ['runner_environment', context.runner.environment],
    ['runner_os', context.runner.os],
    ['runner_arch', context.runner.arch],
    ['job_workflow_sha', context.jobWorkflowSha],
  ];
  for (const [key, value] of facts) if (value !== undefined) github[key] = value;
  const source = sourceDependency(context);
  const resolvedDependencies = [...(source ? [source] : []), ...(input.resolvedDependencies ?? [])];
  const metadata: NonNullable<SlsaProvenanceV1['runDetails']['metadata']> = {};
  if (context.invocationId) metadata.invocationId = context.invocationId;
  const started = timestamp(input.startedOn, 'start');
  const finished = timestamp(input.finishedOn, 'finish');
  if (started) metadata.startedOn = started;
  if (finished) metadata.finishedOn = finished;
  const builder: SlsaProvenanceV1['runDetails']['builder'] = { id: context.builderId };
  if (input.builderVersion) builder.version = input.builderVersion;
  const predicate: SlsaProvenanceV1 = {
    buildDefinition: {
      buildType: RELEASE_BUILD_TYPE,
      externalParameters,
      internalParameters: context.local ? { local: true } : { github },
      resolvedDependencies,
    },
    runDetails: { builder, metadata },
  };
  return { _type: INTOTO_STATEMENT_V1, subject, predicateType: SLSA_PROVENANCE_V1, predicate };
}
