/**
 * Smoke for oci plugins: checks whose pass predicts Samuel will install and run the image.
 * 1. static — the reference matches Samuel's pattern; the index holds every declared platform;
 *    each entrypoint is an ELF for its platform, static or with its interpreter in the image;
 * 2. install — on each runtime present (or the one `SAMUEL_RUNTIME` names): pull, `image
 *    inspect --format {{.Id}}`, what samuel.lock will record and whether doctor accepts it;
 * 3. launch — Samuel's exact `run` arguments, a served bridge, a hard timeout: exit 0, no
 *    `exec format error`, no writes outside the declared mounts.
 * Known Samuel defects become warnings that name them.
 */
import { existsSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import { explainImageProblem, parseSamuelImage } from '../manifest/image.js';
import type { LoadedManifest } from '../manifest/types.js';
import type { Finding, Reporter } from '../report/index.js';
import {
  SAMUEL_RUNTIMES,
  samuelRuntime,
  workspaceWritable,
  grantsFromManifest,
  type SamuelRuntime,
} from '../samuel/launch.js';
import { sha256Digest } from '../oci/digest.js';
import { layoutRoot } from '../oci/publish.js';
import { parseJson } from '../oci/store.js';
import type { BridgeHandlers } from './bridge.js';
import { onPath } from './build.js';
import { inspectImageWith, layoutReader, type BlobReader, type PlatformCheck } from './inspect.js';
import { emulateInstall, hostArch, openRuntime, type InstallEmulation } from './install.js';
import { emulateLaunch, type LaunchEmulation } from './launch.js';

export interface SmokeImageOptions {
  /** The OCI image layout the build wrote. */
  layoutDir?: string;
  /** The index (or manifest) digest; default the layout's first entry, or the reference's. */
  digest?: string;
  /** `registry/owner/name@sha256:…` to pull from, as Samuel will (after a push). */
  reference?: string;
  /** Reads blobs when there is no layout (e.g. from a registry store). */
  readBlob?: BlobReader;
  /** The platforms the index must hold; default the platforms it has. */
  platforms?: string[];
  /**
   * The runtimes for install and launch: `auto` (default: the one SAMUEL_RUNTIME names, else
   * every one present), a list, or `none` (static checks only).
   */
  runtimes?: 'auto' | 'none' | SamuelRuntime[];
  /** Loopback registries reached over plain http (tests, local registries). */
  insecureRegistries?: string[];
  /** Run the launch emulation (default true when a runtime is present). */
  launch?: boolean;
  /** Hard timeout of the launch in milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Bridge handlers for the launch; default none, as in Samuel v2.3. */
  handlers?: BridgeHandlers;
  env: NodeJS.ProcessEnv;
  reporter?: Reporter;
  /** The manifest as shown to the user, for findings. */
  file?: string;
}

export interface ImageSmokeReport {
  /** True when no error was found. */
  ok: boolean;
  digest: string;
  platforms: PlatformCheck[];
  install: InstallEmulation[];
  launch?: LaunchEmulation;
  findings: Finding[];
  /** Checks that could not run here, with why. */
  skipped: string[];
}

export async function smokeImage(
  loaded: LoadedManifest,
  o: SmokeImageOptions,
): Promise<ImageSmokeReport> {
  const m = loaded.manifest;
  const findings: Finding[] = [];
  const skipped: string[] = [];
  const where = o.file ? { file: o.file } : {};
  const add = (severity: Finding['severity'], rule: string, message: string, fix?: string) =>
    findings.push({ severity, rule, message, ...(fix ? { fix } : {}), ...where });
  const info = (line: string) => o.reporter?.info(line);

  // 1. static
  const digest = o.digest ?? o.reference?.split('@')[1] ?? (await layoutDigest(o.layoutDir));
  if (!digest) {
    throw new ConfigurationError('no image to smoke-test', {
      fix: 'build the image first, or give --layout DIR or a pushed reference',
    });
  }
  const pinned = o.reference ?? `${(m.oci?.image ?? '').split('@')[0]}@${digest}`;
  if (!parseSamuelImage(pinned)) {
    const why = explainImageProblem(pinned);
    add('error', 'image-reference', why.message, why.fix);
  }
  const read = o.layoutDir ? layoutReader(o.layoutDir) : o.readBlob;
  let platforms: PlatformCheck[] = [];
  if (read) {
    const declared = o.platforms ?? (await indexPlatforms(read, digest));
    const r = await inspectImageWith(read, digest, {
      platforms: declared,
      ...(m.oci?.entrypoint?.length ? { entrypoint: m.oci.entrypoint } : {}),
      ...where,
    });
    platforms = r.platforms;
    findings.push(...r.findings);
    for (const p of platforms) info(`static: ${p.platform} ${p.entrypoint} ${p.linkage}`);
  } else skipped.push('static checks: no layout and no blob reader');

  // 2. install
  const install: InstallEmulation[] = [];
  let launch: LaunchEmulation | undefined;
  const runtimes = pickRuntimes(o.runtimes ?? 'auto', o.env, (p) => onPath(p, o.env), add);
  const predicted = platforms.find((p) => p.platform === `linux/${hostArch()}`)?.configDigest;
  for (const runtime of runtimes) {
    const opened = await openRuntime(runtime, o.env, o.insecureRegistries ?? []);
    if (!opened.handle) {
      skipped.push(`${runtime}: ${opened.reason}`);
      continue;
    }
    const handle = opened.handle;
    try {
      const source = {
        ...(o.reference ? { reference: o.reference } : {}),
        ...(o.layoutDir ? { layoutDir: o.layoutDir } : {}),
        digest,
      };
      const got = await emulateInstall(handle, source, pinned, {
        ...(predicted ? { predicted } : {}),
        findings,
        ...where,
      });
      if (!got) {
        if (!o.reference && handle.program === 'docker') {
          skipped.push('docker: install emulation needs a pushed reference');
        }
        continue;
      }
      install.push(got);
      info(`install (${runtime}): samuel.lock digest = '${got.lockDigest}'`);
      judgeInstall(got, predicted, m.name, add);
      // 3. launch, once, on the first runtime that installed (Samuel's pick comes first).
      if (!launch && o.launch !== false) {
        launch = await emulateLaunch(handle, m, got.runImage, {
          ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}),
          ...(o.handlers ? { handlers: o.handlers } : {}),
          hostEnv: o.env,
          findings,
          ...where,
          log: info,
        });
        for (const c of launch.bridgeCalls)
          info(`bridge: ${c.method} → ${JSON.stringify(c.response)}`);
        knownLaunchDefects(loaded, runtime, launch, add);
      }
    } finally {
      await handle.dispose();
    }
  }
  if (runtimes.length && !install.length && !findings.some((f) => f.severity === 'error'))
    skipped.push('install and launch: no runtime could pull the image');
  return {
    ok: !findings.some((f) => f.severity === 'error'),
    digest,
    platforms,
    install,
    ...(launch ? { launch } : {}),
    findings,
    skipped,
  };
}

type Add = (severity: Finding['severity'], rule: string, message: string, fix?: string) => void;

function pickRuntimes(
  wanted: 'auto' | 'none' | SamuelRuntime[],
  env: NodeJS.ProcessEnv,
  has: (p: string) => boolean,
  add: Add,
): SamuelRuntime[] {
  if (wanted === 'none') return [];
  if (Array.isArray(wanted)) return wanted;
  if ((env.SAMUEL_RUNTIME ?? '').trim()) {
    const pick = samuelRuntime(env, has);
    if (!pick.runtime) {
      add(
        'error',
        'samuel-runtime',
        pick.problem!,
        `set SAMUEL_RUNTIME to one of ${SAMUEL_RUNTIMES.join(', ')}, or unset it`,
      );
      return [];
    }
    return [pick.runtime];
  }
  return (['podman', 'docker'] as const).filter((p) => has(p));
}

function judgeInstall(
  got: InstallEmulation,
  predicted: string | undefined,
  name: string,
  add: Add,
): void {
  if (
    got.runtime !== 'docker' &&
    predicted &&
    got.lockDigest !== predicted.replace(/^sha256:/, '')
  ) {
    add(
      'error',
      'install-digest',
      `${got.runtime} recorded ${got.lockDigest}, not the config digest ${predicted} of this machine's platform`,
      'rebuild the image; the pushed image differs from the one checked',
    );
  }
  add(
    'warning',
    'samuel-doctor-oci',
    `samuel doctor will report ${name} as failed (a Samuel v2.3 defect): install never creates .samuel/plugins/${name}/ ("installed dir missing")${got.digestCheckPasses ? '' : `, and the lock's digest ${got.lockDigest} (the ${got.runtime} image ID) is not part of [oci].image ("oci image digest drift")`}`,
    'nothing to change in the plugin; tell users the doctor failure is expected until Samuel fixes it',
  );
}

function knownLaunchDefects(
  loaded: LoadedManifest,
  runtime: SamuelRuntime,
  r: LaunchEmulation,
  add: Add,
): void {
  const m = loaded.manifest;
  if (runtime === 'podman') {
    const parts: string[] = [];
    if (workspaceWritable(grantsFromManifest(m))) parts.push('cannot write /workspace');
    if (r.bridgeCalls.length)
      parts.push('cannot connect to the bridge socket, which Samuel leaves at mode 0755');
    if (parts.length) {
      add(
        'warning',
        'samuel-rootless-user',
        `under rootless podman (how Samuel runs podman) with --user, the plugin ${parts.join(' and ')} (a Samuel v2.3 defect)`,
        'expect it to work with SAMUEL_RUNTIME=podman-root or docker until Samuel fixes it',
      );
    }
  }
  if ((m.oci?.cpuQuota || m.oci?.memoryLimit) && !existsSync('/sys/fs/cgroup/cgroup.controllers')) {
    add(
      'warning',
      'samuel-cgroups-v1-limits',
      'cpu_quota and memory_limit are ignored on cgroups v1 hosts (rootless podman cannot apply --cpus/--memory there): the limits were not enforced in this run',
      'do not rely on the limits for safety on such hosts',
    );
  }
}

/** The digest of the image a layout holds (see layoutRoot), when a layout is given. */
async function layoutDigest(dir: string | undefined): Promise<string | undefined> {
  return dir ? sha256Digest((await layoutRoot(dir)).bytes) : undefined;
}

/** The platforms of an image index (attestation manifests, `unknown/unknown`, left out). */
export async function indexPlatforms(read: BlobReader, digest: string): Promise<string[]> {
  const top = parseJson<{
    manifests?: { platform?: { os: string; architecture: string; variant?: string } }[];
  }>(await read(digest), `the image ${digest}`);
  return (top.manifests ?? [])
    .map((x) => x.platform)
    .filter(
      (p): p is { os: string; architecture: string; variant?: string } => !!p && p.os !== 'unknown',
    )
    .map((p) => `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`);
}
