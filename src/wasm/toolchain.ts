/**
 * Which compiler builds a plugin, and with what command. Detection looks at the plugin
 * directory (Cargo.toml, asconfig.json, go.mod); `--toolchain` overrides it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { run } from '../util/exec.js';

export const TOOLCHAINS = ['tinygo', 'go', 'rust', 'assemblyscript', 'command'] as const;
export type Toolchain = (typeof TOOLCHAINS)[number];

/** A command to run, with where its module lands. */
export interface BuildPlan {
  toolchain: Toolchain;
  command: string;
  args: string[];
  env: Record<string, string>;
  /** Where the compiler writes the module (copied to `[wasm].module` when different). */
  producedAt: string;
  /** Command printing the toolchain version. */
  versionCommand: [string, ...string[]];
}

/** Picks the toolchain for `dir`: an explicit choice wins, then the project files decide. */
export async function detectToolchain(dir: string, explicit?: string): Promise<Toolchain> {
  if (explicit) {
    if (!(TOOLCHAINS as readonly string[]).includes(explicit)) {
      throw new UsageError(`unknown toolchain "${explicit}"`, {
        fix: `use one of: ${TOOLCHAINS.join(', ')}`,
      });
    }
    return explicit as Toolchain;
  }
  if (existsSync(join(dir, 'Cargo.toml'))) return 'rust';
  if (existsSync(join(dir, 'asconfig.json'))) return 'assemblyscript';
  if (existsSync(join(dir, 'go.mod'))) {
    if (await onPath('tinygo')) return 'tinygo';
    // Falling back to standard Go would build a module Samuel v2.3 cannot run (_initialize).
    throw new UsageError(`${dir} is a Go plugin and TinyGo is not installed`, {
      fix: 'install TinyGo (the build action does; Samuel never calls _initialize, so standard-Go modules trap there), or pass --toolchain go to build with standard Go anyway',
    });
  }
  throw new UsageError(
    `cannot tell how to build the plugin in ${dir}: no go.mod, Cargo.toml or asconfig.json`,
    {
      fix: 'pass --toolchain (tinygo, go, rust, assemblyscript) or --toolchain command --build-command "…"',
    },
  );
}

/** The build command for `toolchain`, writing the module to `out` (absolute). */
export function planBuild(
  toolchain: Toolchain,
  dir: string,
  out: string,
  buildCommand?: string,
  env: NodeJS.ProcessEnv = process.env,
): BuildPlan {
  const pkg = existsSync(join(dir, 'cmd')) ? './cmd' : '.';
  switch (toolchain) {
    case 'tinygo':
      // Samuel's reference build (TinyGo 0.31.2).
      return {
        toolchain,
        command: 'tinygo',
        args: ['build', '-o', out, '-target=wasi', '-no-debug', '-opt=2', pkg],
        env: {},
        producedAt: out,
        versionCommand: ['tinygo', 'version'],
      };
    case 'go':
      return {
        toolchain,
        command: 'go',
        args: ['build', '-buildmode=c-shared', '-trimpath', '-o', out, pkg],
        env: { GOOS: 'wasip1', GOARCH: 'wasm' },
        producedAt: out,
        versionCommand: ['go', 'version'],
      };
    case 'rust': {
      const target = env.SPR_RUST_TARGET ?? 'wasm32-wasip1';
      const crate = crateName(dir).replace(/-/g, '_');
      return {
        toolchain,
        command: 'cargo',
        args: ['build', '--release', '--target', target],
        env: {},
        producedAt: join(dir, 'target', target, 'release', `${crate}.wasm`),
        versionCommand: ['rustc', '--version'],
      };
    }
    case 'assemblyscript': {
      const asc = localBin(dir, 'asc') ?? 'asc';
      return {
        toolchain,
        command: asc,
        args: ['assembly/index.ts', '--outFile', out, '--optimize'],
        env: {},
        producedAt: out,
        versionCommand: [asc, '--version'],
      };
    }
    case 'command': {
      const argv = splitCommand(buildCommand ?? '');
      const [command, ...args] = argv;
      if (!command) {
        throw new UsageError('--toolchain command needs --build-command', {
          fix: 'pass the command that writes the module, e.g. --build-command "make plugin.wasm"',
        });
      }
      return {
        toolchain,
        command,
        args,
        env: {},
        producedAt: out,
        versionCommand: [command, '--version'],
      };
    }
  }
}

/** The toolchain's version line, or "unknown" when it cannot say. */
export async function toolchainVersion(plan: BuildPlan, dir: string): Promise<string> {
  const [cmd, ...args] = plan.versionCommand;
  try {
    const r = await run(cmd, args, { cwd: dir, timeoutMs: 30000 });
    const line = (r.stdout || r.stderr).split('\n').find((l) => l.trim() !== '');
    return r.code === 0 && line ? line.trim() : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Splits a declared command into argv: whitespace separates, quotes group; no shell features. */
export function splitCommand(text: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** `node_modules/.bin/<name>` in `dir` or the nearest folder above it that has one. */
export function localBin(dir: string, name: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const bin = join(d, 'node_modules', '.bin', name);
    if (existsSync(bin)) return bin;
    if (dirname(d) === d) return undefined;
  }
}

function crateName(dir: string): string {
  const text = readFileSync(join(dir, 'Cargo.toml'), 'utf8');
  const pkg = /\[package\]([\s\S]*?)(?:\n\[|$)/.exec(text)?.[1] ?? '';
  const name = /^\s*name\s*=\s*"([^"]+)"/m.exec(pkg)?.[1];
  if (!name) {
    throw new UsageError(`${join(dir, 'Cargo.toml')} has no [package] name`, {
      fix: 'add name = "…" under [package]',
    });
  }
  return name;
}

async function onPath(cmd: string): Promise<boolean> {
  try {
    return (await run(cmd, ['version'], { timeoutMs: 10000 })).code === 0;
  } catch {
    return false;
  }
}
