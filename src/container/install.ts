/**
 * What `samuel install` does with an oci plugin, on the runtimes present (contract §3): `<rt>
 * pull <image>`, then `<rt> image inspect <image> --format {{.Id}}`, whose output samuel.lock
 * records as the plugin's `digest` — and whether `samuel doctor` will then accept it.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SamuelRuntime } from '../samuel/launch.js';
import { inertLog, type Finding } from '../report/index.js';
import { run, tail } from '../util/exec.js';
import { podmanSandbox } from './sandbox.js';

/** A runtime ready for pulls and runs: podman in throw-away storage, or the docker daemon. */
export interface RuntimeHandle {
  runtime: SamuelRuntime;
  program: 'podman' | 'docker';
  env: NodeJS.ProcessEnv;
  /** Images this handle pulled (removed again by `dispose` for docker). */
  pulled: string[];
  dispose(): Promise<void>;
}

/** Opens a runtime; undefined (with the reason) when it cannot be used here. */
export async function openRuntime(
  runtime: SamuelRuntime,
  env: NodeJS.ProcessEnv,
  insecureRegistries: string[],
): Promise<{ handle?: RuntimeHandle; reason?: string }> {
  if (runtime === 'docker') {
    const v = await run('docker', ['version', '--format', '{{.Server.Version}}'], { env }).catch(
      () => undefined,
    );
    if (!v || v.code !== 0) {
      return { reason: `docker cannot reach its daemon: ${inertLog(tail(v?.stderr ?? '', 1))}` };
    }
    const handle: RuntimeHandle = {
      runtime,
      program: 'docker',
      env,
      pulled: [],
      async dispose() {
        for (const image of handle.pulled) {
          const ids = await run('docker', ['ps', '-aq', '--filter', `ancestor=${image}`], { env });
          const list = ids.stdout.split('\n').filter(Boolean);
          if (list.length) await run('docker', ['rm', '-f', ...list], { env });
          await run('docker', ['image', 'rm', image], { env });
        }
      },
    };
    return { handle };
  }
  const sandbox = await podmanSandbox(env, { insecureRegistries, prefix: 'spr-smoke-' });
  return {
    handle: {
      runtime,
      program: 'podman',
      env: sandbox.env,
      pulled: [],
      dispose: () => sandbox.dispose(),
    },
  };
}

/** Where the image comes from: a registry reference by digest, or an OCI layout. */
export interface ImageSource {
  /** `registry/owner/name@sha256:…` — what Samuel pulls. */
  reference?: string;
  layoutDir?: string;
  /** The index (or manifest) digest. */
  digest: string;
}

export interface InstallEmulation {
  runtime: SamuelRuntime;
  /** The pull argument used. */
  pulled: string;
  /** What `image inspect --format {{.Id}}` printed: the lock's `digest`. */
  lockDigest: string;
  /** The host platform's config digest from the image, when known: what podman should show. */
  predicted?: string;
  /** True when the lock's digest is a substring of the pinned `[oci].image` (doctor's drift check). */
  digestCheckPasses: boolean;
  /** The image to give `run`. */
  runImage: string;
}

/**
 * Pulls and inspects as Samuel does. A layout is pulled through a one-entry copy of its
 * `index.json` (the blobs linked, not copied), so exactly `source.digest` is pulled.
 */
export async function emulateInstall(
  handle: RuntimeHandle,
  source: ImageSource,
  pinned: string,
  options: { predicted?: string; findings: Finding[]; file?: string },
): Promise<InstallEmulation | undefined> {
  const rt = handle.program;
  const add = (rule: string, message: string, fix: string) =>
    options.findings.push({
      severity: 'error',
      rule,
      message,
      fix,
      ...(options.file ? { file: options.file } : {}),
    });
  let pullArg: string;
  let scratch: string | undefined;
  if (source.reference) pullArg = source.reference;
  else if (source.layoutDir && rt === 'podman') {
    // podman names the pulled image after the folder, and names must be lowercase.
    scratch = join(tmpdir(), `spr-pull-${randomBytes(8).toString('hex')}`);
    await mkdir(scratch, { mode: 0o700 });
    await writeFile(join(scratch, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    await symlink(resolve(source.layoutDir, 'blobs'), join(scratch, 'blobs'));
    const top = await readFile(join(source.layoutDir, 'blobs', 'sha256', source.digest.slice(7)));
    const mediaType =
      (JSON.parse(top.toString('utf8')) as { mediaType?: string }).mediaType ??
      'application/vnd.oci.image.index.v1+json';
    await writeFile(
      join(scratch, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType,
            digest: source.digest,
            size: top.length,
            annotations: { 'org.opencontainers.image.ref.name': 'smoke' },
          },
        ],
      }),
    );
    pullArg = `oci:${scratch}:smoke`;
  } else return undefined;
  try {
    const pull = await run(rt, ['pull', pullArg], { env: handle.env });
    if (pull.code !== 0) {
      const out = inertLog(tail(pull.stderr || pull.stdout, 4));
      add(
        'install-pull',
        `${rt} pull ${pullArg} failed, so samuel install fails: ${out}`,
        /no image found|manifest unknown|choosing an image from manifest list|no matching manifest/i.test(
          out,
        )
          ? `the image has no manifest for this machine's platform: build it for linux/${hostArch()}`
          : 'push the image first and check the reference (and that the registry is reachable)',
      );
      return undefined;
    }
    handle.pulled.push(pullArg);
    // After a pull from a layout, podman names the image by its ID (the last line it prints).
    const target = source.reference ?? pull.stdout.trim().split('\n').pop()!.trim();
    const inspect = await run(rt, ['image', 'inspect', target, '--format', '{{.Id}}'], {
      env: handle.env,
    });
    const id = inspect.stdout.trim();
    if (inspect.code !== 0 || !id) {
      add(
        'install-inspect',
        `${rt} image inspect ${target} failed, so samuel install fails: ${inertLog(tail(inspect.stderr, 3))}`,
        'check the runtime can read the image it pulled',
      );
      return undefined;
    }
    return {
      runtime: handle.runtime,
      pulled: pullArg,
      lockDigest: id,
      ...(options.predicted ? { predicted: options.predicted } : {}),
      digestCheckPasses: pinned.includes(id),
      runImage: target,
    };
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

/** This machine's architecture as OCI names it. */
export function hostArch(): string {
  const map: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ia32: '386',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
  };
  return map[process.arch] ?? process.arch;
}
