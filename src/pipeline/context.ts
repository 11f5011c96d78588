/**
 * What every step sees: the typed option slices, the plugin once validated, the artifact list,
 * the reporter and the process environment. Built by the faces (CLI, action) and by tests
 * (`contextFor` in test/helpers gives defaults).
 */
import { join, resolve } from 'node:path';
import type { LoadedManifest, PluginKind } from '../manifest/types.js';
import type { Finding, Reporter } from '../report/index.js';
import type { BuildResult, SmokeReport } from '../wasm/index.js';
import type { PublishResult } from '../oci/index.js';
import type { SignPluginResult } from '../sigstore/index.js';
import { ReleaseError } from '../errors.js';
import type {
  BuildOptions,
  CompareReleaseOptions,
  ManifestOptions,
  ModuleOptions,
  OutputOptions,
  PublishOptions,
  RegistryOptions,
  ReleaseOptions,
  SigstoreOptions,
  SmokeOptions,
} from '../options/index.js';
import { ArtifactList } from './artifacts.js';

/** Every option slice a step may read; a command fills the ones it declares, defaults the rest. */
export interface PipelineOptions {
  manifest: ManifestOptions;
  compare: CompareReleaseOptions;
  build: BuildOptions;
  module: ModuleOptions;
  smoke: SmokeOptions;
  registry: RegistryOptions;
  publish: PublishOptions;
  sigstore: SigstoreOptions;
  output: OutputOptions;
  release: ReleaseOptions;
}

export const DEFAULT_OPTIONS: PipelineOptions = {
  manifest: { strict: false, pin: false },
  compare: {},
  build: {},
  module: {},
  smoke: { calls: [], initialize: false },
  registry: { insecure: false, insecureHosts: [] },
  publish: { imageTags: [], latest: true, noTags: false },
  sigstore: { mode: 'auto' },
  output: {},
  release: { dryRun: true },
};

export interface PipelineContext {
  /** The command running (`release`, `build`, …): some steps word their results by it. */
  readonly command: string;
  /** Plugin directory or manifest path as given (relative to `cwd`). */
  readonly target: string;
  readonly options: PipelineOptions;
  readonly reporter: Reporter;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly artifacts: ArtifactList;
  /** When the run began (provenance records it as the build's start). */
  readonly startedAt: Date;
  /** Set by the validate step. */
  loaded?: LoadedManifest;
  /** The release tag (`--tag`, the pushed tag, else `v<version>`), set by the validate step. */
  tag?: string;
  /** Step outputs (also set on the reporter as they are known). */
  readonly outputs: Record<string, string>;
  /** Each step's full result, for the faces to render (text, JSON, job summary). */
  readonly results: StepResults;
}

/** What steps leave for the faces to render; typed per step. */
export interface StepResults {
  validate?: { displayPath: string; findings: Finding[] };
  build?: BuildResult;
  audit?: { module: string; findings: Finding[] };
  smoke?: SmokeReport;
  publish?: PublishResult & { location: string };
  sign?: SignPluginResult;
  release?: { outputDir: string; assets: string[]; notes: string };
}

export function newContext(init: {
  command: string;
  target: string;
  options?: Partial<PipelineOptions>;
  reporter: Reporter;
  cwd: string;
  env: NodeJS.ProcessEnv;
}): PipelineContext {
  return {
    command: init.command,
    target: init.target,
    options: { ...DEFAULT_OPTIONS, ...init.options },
    reporter: init.reporter,
    cwd: init.cwd,
    env: init.env,
    artifacts: new ArtifactList(),
    startedAt: new Date(),
    outputs: {},
    results: {},
  };
}

/** The validated plugin; steps after validate call this instead of reading `loaded!`. */
export function plugin(ctx: PipelineContext): LoadedManifest {
  if (!ctx.loaded) {
    throw new ReleaseError('INTERNAL', 'no validated manifest: the validate step did not run', {
      fix: 'run the validate step first',
    });
  }
  return ctx.loaded;
}

export function kindOf(ctx: PipelineContext): PluginKind | undefined {
  return ctx.loaded?.manifest.kind;
}

/** True when the run must not touch the outside world. */
export function isDryRun(ctx: PipelineContext): boolean {
  return ctx.options.release.dryRun;
}

/** The folder that receives assets, bundles, notes and the local OCI layout. */
export function outputDir(ctx: PipelineContext): string {
  const m = plugin(ctx).manifest;
  return resolve(
    ctx.cwd,
    ctx.options.output.output ?? join('samuel-release', `${m.name}-${m.version}`),
  );
}

/** Sets a step output on the reporter and keeps it for the JSON document. */
export function setOutput(ctx: PipelineContext, name: string, value: string): void {
  ctx.outputs[name] = value;
  ctx.reporter.setOutput(name, value);
}
