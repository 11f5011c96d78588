/**
 * `build`: compiles the plugin with its toolchain into `[wasm].module`, streams the compiler's
 * output into a log group, enforces the size budget and records the toolchain version.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { LoadedManifest } from '../manifest/types.js';
import type { Reporter } from '../report/index.js';
import { ConfigurationError, IoError, ReleaseError } from '../errors.js';
import { formatSize, parseSize } from '../util/size.js';
import { run, tail } from '../util/exec.js';
import { READ_LIMITS, readRegularFile, writeFileAtomic } from '../util/files.js';
import { inertLine, LineSplitter } from './text.js';
import { detectToolchain, planBuild, toolchainVersion, type Toolchain } from './toolchain.js';

/** Samuel's reference plugin fails its release above 2 MiB. */
export const DEFAULT_SIZE_BUDGET = 2 * 1024 * 1024;

export interface BuildOptions {
  toolchain?: string;
  buildCommand?: string;
  /** Bytes; default 2 MiB. */
  sizeBudget?: number;
  reporter?: Reporter;
  env?: NodeJS.ProcessEnv;
}

/** How to get each toolchain, for the error when it is missing. */
const TOOLCHAIN_INSTALL: Record<Toolchain, string> = {
  tinygo: 'install TinyGo 0.31+ (the build action does it for you)',
  go: 'install Go 1.24 or newer',
  rust: 'install Rust with the wasm32-wasip1 target (rustup target add wasm32-wasip1)',
  assemblyscript:
    "add assemblyscript to the plugin's devDependencies and run npm ci in the plugin folder",
  command: 'check the program named by --build-command',
};

/** What a build produced. */
export interface BuildResult {
  modulePath: string;
  size: number;
  toolchain: Toolchain;
  version: string;
}

/** Builds the module of a wasm plugin; throws `ReleaseError` (BUILD) with the compiler's words. */
export async function buildWasm(
  loaded: LoadedManifest,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const wasm = loaded.manifest.wasm;
  if (loaded.manifest.kind !== 'wasm' || !wasm) {
    throw new ConfigurationError(
      `${loaded.file} declares kind = "${loaded.manifest.kind}", not "wasm"`,
      {
        fix: 'run build on a wasm plugin (kind = "wasm" with a [wasm] table)',
        position: { file: loaded.file },
      },
    );
  }
  const modulePath = resolve(loaded.dir, wasm.module);
  const toolchain = await detectToolchain(loaded.dir, options.toolchain);
  const plan = planBuild(
    toolchain,
    loaded.dir,
    modulePath,
    options.buildCommand,
    options.env ?? process.env,
  );
  const version = await toolchainVersion(plan, loaded.dir);
  mkdirSync(dirname(modulePath), { recursive: true });
  const commandLine = [plan.command, ...plan.args].map(quoteArg).join(' ');
  const shown = relative(loaded.dir, plan.producedAt) || plan.producedAt;
  const before = await fingerprint(plan.producedAt);
  const compile = async (): Promise<void> => {
    // Compiler output is untrusted text: streamed line by line, each line made inert.
    const splitters = { stdout: new LineSplitter(), stderr: new LineSplitter() };
    const show = (lines: string[]): void =>
      lines.forEach((l) => options.reporter?.info(inertLine(l)));
    const r = await run(plan.command, plan.args, {
      cwd: loaded.dir,
      env: { ...(options.env ?? process.env), ...plan.env },
      onOutput: (chunk, stream) => show(splitters[stream].push(chunk)),
    }).catch((e: unknown) => {
      throw new IoError(`cannot run ${plan.command}: the ${toolchain} toolchain is not installed`, {
        cause: e,
        fix: TOOLCHAIN_INSTALL[toolchain],
      });
    });
    show([...splitters.stdout.flush(), ...splitters.stderr.flush()]);
    if (r.code !== 0) {
      const words = tail(r.stderr + '\n' + r.stdout)
        .split('\n')
        .map((l) => inertLine(l))
        .join('\n');
      throw new ReleaseError('BUILD', `${commandLine} failed (exit code ${r.code}):\n${words}`, {
        fix: 'fix the compiler error above, then build again',
      });
    }
  };
  const title = `build ${loaded.manifest.name} with ${toolchain} (${version})`;
  if (options.reporter) await options.reporter.group(title, compile);
  else await compile();
  const after = await fingerprint(plan.producedAt);
  if (!after) {
    throw new ReleaseError(
      'BUILD',
      `\`${commandLine}\` succeeded but wrote no module at ${shown}`,
      {
        fix: `make the build write [wasm].module (${wasm.module})`,
      },
    );
  }
  // Only a declared command can silently skip the work; a built-in toolchain that finds nothing
  // to do (cargo's no-op build) leaves the same, still current, module.
  if (
    toolchain === 'command' &&
    before &&
    before.mtimeMs === after.mtimeMs &&
    before.sha256 === after.sha256
  ) {
    throw new ReleaseError(
      'BUILD',
      `\`${commandLine}\` succeeded but left ${shown} unchanged (same modification time and sha256 as before the build), so it did not build the module`,
      {
        fix: `make the command write ${shown} on every run (a stale module would be released otherwise): delete it first or build from clean`,
      },
    );
  }
  if (plan.producedAt !== modulePath) await writeFileAtomic(modulePath, after.bytes);
  const size = after.bytes.length;
  const budget = options.sizeBudget ?? DEFAULT_SIZE_BUDGET;
  if (size > budget) {
    throw new ReleaseError(
      'BUILD',
      `${wasm.module} is ${formatSize(size)}, over the size budget of ${formatSize(budget)}`,
      {
        fix: 'shrink the module (TinyGo -opt=z, strip debug info, drop dependencies) or raise --size-budget',
      },
    );
  }
  return { modulePath, size, toolchain, version };
}

/** The file's modification time, content hash and bytes; undefined when it does not exist. */
async function fingerprint(
  path: string,
): Promise<{ mtimeMs: number; sha256: string; bytes: Buffer } | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  const bytes = await readRegularFile(path, { maxBytes: READ_LIMITS.module, what: 'module' });
  return {
    mtimeMs: info.mtimeMs,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
  };
}

/** An argument as a reader would type it. */
function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Parses `2MiB`, `512KiB`, `1.5MB` or plain bytes. */

export { parseSize, formatSize };
