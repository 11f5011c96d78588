/**
 * Runs the image the way Samuel's launcher would (contract §3): the exact `run` arguments
 * `BuildRunArgs` gives for the manifest, every bind source created under a short temporary
 * folder (podman refuses a missing one; Unix socket paths are at most 107 bytes), the bridge
 * socket served with Samuel's semantics, a hard timeout, and a snapshot of the host folders
 * before and after to catch writes outside the declared mounts.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import picomatch from 'picomatch';
import {
  buildRunArgs,
  containerPathOf,
  hostPathOf,
  launchOptionsFor,
  MAX_SOCKET_PATH,
  workspaceWritable,
  type LaunchManifest,
} from '../samuel/launch.js';
import { inertLog, type Finding } from '../report/index.js';
import { run, tail } from '../util/exec.js';
import { serveBridge, type BridgeCall, type BridgeHandlers } from './bridge.js';
import type { RuntimeHandle } from './install.js';
import { changedPaths, snapshot } from './snapshot.js';

export interface LaunchEmulation {
  /** The program and the arguments exactly as run (temporary host paths included). */
  program: string;
  args: string[];
  exitCode: number;
  timedOut: boolean;
  /** The container's output, neutralised and cut to the last lines. */
  output: string;
  bridgeCalls: BridgeCall[];
  /** Host paths the run changed where no declared write mount allows it. */
  writesOutside: string[];
  /** Host paths the run changed inside writable mounts (relative to the project). */
  writes: string[];
}

export interface LaunchEmulationOptions {
  /** Hard timeout in milliseconds (default 30 000, Samuel's wasm hard timeout). */
  timeoutMs?: number;
  /** Files to seed the project with (relative path → content); default a small Markdown tree. */
  project?: Record<string, string>;
  /** Bridge handlers; default none, as Samuel v2.3 registers none. */
  handlers?: BridgeHandlers;
  /** Environment the allowed `[capabilities].env` keys are read from. */
  hostEnv?: NodeJS.ProcessEnv;
  findings: Finding[];
  file?: string;
  log?: (line: string) => void;
}

const DEFAULT_PROJECT: Record<string, string> = {
  'README.md': '# A project\n',
  'docs/guide.md': '# Guide\n',
  'src/main.txt': 'not markdown\n',
};

/** A short folder for the socket path budget: /tmp when it exists, else the OS temp folder. */
async function shortTemp(): Promise<string> {
  const base = existsSync('/tmp') ? '/tmp' : tmpdir();
  return mkdtemp(join(base, 'spr-l-'));
}

export async function emulateLaunch(
  handle: RuntimeHandle,
  manifest: LaunchManifest,
  image: string,
  o: LaunchEmulationOptions,
): Promise<LaunchEmulation> {
  const finding = (severity: Finding['severity'], rule: string, message: string, fix?: string) =>
    o.findings.push({
      severity,
      rule,
      message,
      ...(fix ? { fix } : {}),
      ...(o.file ? { file: o.file } : {}),
    });
  const root = await shortTemp();
  const project = join(root, 'p');
  const home = join(root, 'h');
  const user =
    typeof process.getuid === 'function' ? `${process.getuid()}:${process.getgid!()}` : undefined;
  const launch = launchOptionsFor(manifest, image, {
    projectDir: project,
    home,
    hostEnv: o.hostEnv ?? {},
    ...(user ? { user } : {}),
  });
  const L = launch.layout;
  const bridge = await (async () => {
    if (Buffer.byteLength(L.bridgeSocket) > MAX_SOCKET_PATH) {
      throw new Error(`socket path too long: ${L.bridgeSocket}`);
    }
    for (const [rel, text] of Object.entries(o.project ?? DEFAULT_PROJECT)) {
      await mkdir(join(project, rel, '..'), { recursive: true });
      await writeFile(join(project, rel), text);
    }
    for (const dir of [L.skills, L.samuelRun, L.pluginConfig])
      await mkdir(dir, { recursive: true });
    for (const m of launch.extraMounts) {
      if (m.hostPath === project || m.hostPath.startsWith(`${project}/`)) {
        await mkdir(m.hostPath, { recursive: true });
        if (/[*?[\]{}]/.test(m.containerPath)) {
          finding(
            'warning',
            'samuel-glob-mount',
            `Samuel mounts the [capabilities.filesystem] pattern ${m.containerPath} literally (-v <project>/${m.containerPath.slice('/workspace/'.length)}:${m.containerPath}): podman refuses it unless that odd path exists in the project`,
            'declare folders (e.g. "docs" or "/workspace/out"), not globs, for oci plugins',
          );
        }
      } else {
        finding(
          'warning',
          'samuel-host-mount',
          `Samuel bind-mounts the host path ${m.hostPath} into the container as is${existsSync(m.hostPath) ? '' : ', and podman refuses it where it does not exist'}`,
          'declare paths under /workspace (relative paths are), so the plugin sees only the project',
        );
      }
    }
    return serveBridge(L.bridgeSocket, { ...(o.handlers ? { handlers: o.handlers } : {}) });
  })().catch(async (e: unknown) => {
    await rm(root, { recursive: true, force: true });
    throw e;
  });
  const args = buildRunArgs(launch);
  try {
    const ignore = new Set([L.bridgeSocket]);
    const before = await snapshot(root, ignore);
    o.log?.(`${handle.program} ${args.join(' ')}`);
    const timeoutMs = o.timeoutMs ?? 30_000;
    const r = await run(handle.program, args, { env: handle.env, timeoutMs });
    if (r.timedOut) {
      // The killed client leaves its container running: remove it.
      if (handle.program === 'podman')
        await run('podman', ['rm', '--all', '--force'], { env: handle.env });
    }
    const after = await snapshot(root, ignore);
    const output = inertLog(tail(`${r.stdout}\n${r.stderr}`, 20));
    for (const line of output.split('\n').filter(Boolean)) o.log?.(`  ${line}`);
    const changed = changedPaths(before, after).filter((p) => after.get(p) !== 'dir');
    const allowed = writableMatchers(manifest, launch, project);
    const writesOutside = changed.filter((p) => !allowed(p));
    const writes = changed.filter((p) => allowed(p)).map((p) => p.slice(project.length + 1));
    const result: LaunchEmulation = {
      program: handle.program,
      args,
      exitCode: r.code,
      timedOut: r.timedOut,
      output,
      bridgeCalls: bridge.calls,
      writesOutside: writesOutside.map((p) =>
        p.startsWith(`${project}/`) ? `/workspace/${p.slice(project.length + 1)}` : p,
      ),
      writes,
    };
    judge(result, manifest, timeoutMs, finding);
    return result;
  } finally {
    await bridge.close();
    await rm(root, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Which host paths a run may change: the declared `filesystem.write` entries, and Samuel's
 * `/.samuel/run` when it is mounted writable (it is whenever /workspace is).
 */
function writableMatchers(
  manifest: LaunchManifest,
  launch: ReturnType<typeof launchOptionsFor>,
  project: string,
): (path: string) => boolean {
  const tests: ((p: string) => boolean)[] = [];
  const under = (dir: string) => (p: string) => p === dir || p.startsWith(`${dir}/`);
  for (const w of manifest.capabilities.filesystem.write) {
    const host = hostPathOf(containerPathOf(w), project);
    tests.push(under(host));
    if (/[*?[\]{}]/.test(host)) tests.push(picomatch(host, { dot: true }));
  }
  if (workspaceWritable(launch.grants)) tests.push(under(launch.layout.samuelRun));
  return (p) => tests.some((t) => t(p));
}

function judge(
  r: LaunchEmulation,
  manifest: LaunchManifest,
  timeoutMs: number,
  finding: (s: Finding['severity'], rule: string, message: string, fix?: string) => void,
): void {
  const last = r.output.split('\n').slice(-3).join(' | ');
  if (/exec format error/i.test(r.output)) {
    finding(
      'error',
      'launch-exec-format',
      `the container failed with "exec format error": its entrypoint is not built for this machine (${last})`,
      'cross-compile the entrypoint for every platform (GOARCH=…, or FROM --platform=$BUILDPLATFORM with a cross compiler)',
    );
  } else if (r.timedOut) {
    finding(
      'error',
      'launch-timeout',
      `the entrypoint did not exit within ${Math.round(timeoutMs / 1000)} s and was killed; Samuel's launch has no timeout, so it would wait for ever`,
      'do the work and exit; Samuel v2.3 launches a plugin per call, not as a daemon',
    );
  } else if (/error mounting .* not a directory/i.test(r.output)) {
    finding(
      'error',
      'launch-mount-conflict',
      `the runtime could not mount one of Samuel's folders because the image has a file in its way: ${last}`,
      'keep /workspace, /skills, /.samuel and /plugin free in the image (put the entrypoint in /bin, say)',
    );
  } else if (
    /statfs .*no such file|no such file or directory.*mount|error checking path/i.test(r.output) &&
    r.exitCode !== 0
  ) {
    finding(
      'error',
      'launch-mount-source',
      `the runtime refused a bind mount whose host path does not exist: ${last}`,
      'declare [capabilities.filesystem] paths that exist in the project',
    );
  } else if (r.exitCode !== 0) {
    finding(
      'error',
      'launch-exit',
      `the container exited with code ${r.exitCode} when run with Samuel's arguments: ${last}`,
      'run it with the arguments shown (--verbose) and fix what it prints',
    );
  }
  if (r.writesOutside.length) {
    finding(
      'error',
      'launch-writes-outside',
      `the container wrote outside its declared write mounts: ${r.writesOutside.slice(0, 5).join(', ')}${r.writesOutside.length > 5 ? ` and ${r.writesOutside.length - 5} more` : ''}`,
      `write only under the [capabilities.filesystem].write paths (${manifest.capabilities.filesystem.write.join(', ') || 'none declared'}); Samuel mounts the whole project writable once any /workspace path is granted`,
    );
  }
  for (const call of r.bridgeCalls) {
    if (call.problems.length) {
      finding(
        'warning',
        'bridge-request-shape',
        `bridge request ${call.method} does not match plugin.proto: ${call.problems.join('; ')}`,
        'send {"method": "PluginService/<Method>", "body": {…}} with the fields of plugin.proto in snake_case',
      );
    }
  }
}
