/**
 * `lock update` of a project whose samuel.lock holds 50 entries, every one resolved through a
 * file:// registry of 50 released wasm plugins — against the least work that could give the same
 * answer: `sha256sum` reading and hashing the same 50 modules and 50 manifests.
 *
 * Set-up, once and untimed: the wasm template is released with our own `release --dry-run`
 * (unsigned: the local Sigstore stack is not started here, so `--allow-unsigned`); the release
 * folder is copied 50 times, each copy renamed in its samuel-plugin.toml and its module given a
 * custom section of 256 KiB of its own random bytes (a valid module of a realistic size, a
 * distinct digest each); a registry index.toml lists the 50 as file:// repositories; samuel.toml
 * asks for the 50, and a first `lock update` writes the 50 entries. Each sample then starts from
 * that lock (restored before it, untimed) and resolves, reads, hashes and checks all 50 again.
 *
 * `samuel install` is not the peer: it installs one plugin per run (copying it into
 * ~/.samuel and running it through its checks), so 50 runs of it would measure Samuel's own
 * start-up and installation, not the work `lock update` shares with it.
 *
 *   npm run bench -- lock-update [--runs=N] [--smoke] [--src]
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliUnderTest } from './bundle.js';
import { interleaved, printInterleaved } from './paired.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '..');
const CLI = join(ROOT, 'bin', 'samuel-plugin-release.js');
const PLUGINS = 50;
const PAD = 256 * 1024;

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** LEB128 of a non-negative integer. */
function uleb(n: number): Buffer {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return Buffer.from(out);
}

/** A custom section (id 0) named `name` holding `payload`. */
function customSection(name: string, payload: Buffer): Buffer {
  const body = Buffer.concat([uleb(name.length), Buffer.from(name), payload]);
  return Buffer.concat([Buffer.from([0]), uleb(body.length), body]);
}

function cli(args: string[], cwd: string): void {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` },
  });
  if (r.status !== 0)
    throw new Error(`samuel-plugin-release ${args.join(' ')} failed: ${r.stdout}${r.stderr}`);
}

/** Runs the benchmark and prints each side and each ratio. */
export async function run(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  const runs = smoke ? 1 : Number(option('runs') ?? 7);
  const work = mkdtempSync(join(tmpdir(), 'spr-bench-lock-'));
  try {
    const plugin = join(work, 'wasm-example');
    cpSync(join(ROOT, 'templates', 'wasm-example'), plugin, { recursive: true });
    const released = join(work, 'released');
    cli(['release', plugin, '--dry-run', '--sign', 'false', '--output', released], work);
    const index = ['schema_version = 1', ''];
    const wanted = ["version = '1'", ''];
    const artifacts: string[] = [];
    for (let i = 0; i < PLUGINS; i++) {
      const name = `plugin-${String(i).padStart(2, '0')}`;
      const dir = join(work, 'registry', name);
      cpSync(released, dir, { recursive: true });
      rmSync(join(dir, 'oci-layout'), { recursive: true, force: true });
      const manifest = join(dir, 'samuel-plugin.toml');
      writeFileSync(
        manifest,
        readFileSync(manifest, 'utf8').replace(/^name = ".*"$/m, `name = "${name}"`),
      );
      const module = join(dir, 'plugin.wasm');
      writeFileSync(
        module,
        Buffer.concat([readFileSync(module), customSection('bench', randomBytes(PAD))]),
      );
      artifacts.push(module, manifest);
      index.push(
        '[[plugins]]',
        `name = "${name}"`,
        `repo = "file://${dir}"`,
        'latest = "0.1.0"',
        'kind = "wasm"',
        '',
      );
      wanted.push(
        '[[plugins]]',
        `  name = '${name}'`,
        "  version = '0.1.0'",
        "  kind = 'wasm'",
        '',
      );
    }
    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(work, 'index.toml'), index.join('\n'));
    wanted.push(
      '[[registries]]',
      "  name = 'bench'",
      `  url = 'file://${join(work, 'index.toml')}'`,
      '  default = true',
      '',
    );
    writeFileSync(join(project, 'samuel.toml'), wanted.join('\n'));
    const update = ['lock', 'update', '--project', project, '--allow-unsigned'];
    cli(update, work);
    // The measured CLI: dist/ (or --src, SPR_BENCH_CLI: see bundle.ts).
    const measured = cliUnderTest(join(work, 'cli'));
    const lock = readFileSync(join(project, 'samuel.lock'));
    const entries = lock.toString().match(/^\[\[plugins\]\]$/gm)?.length ?? 0;
    if (entries !== PLUGINS) throw new Error(`the first lock update wrote ${entries} entries`);
    printInterleaved(
      `lock-update: samuel.lock of ${PLUGINS} entries, file:// registry, modules of ${PAD / 1024} KiB (${runs} rounds)`,
      await interleaved({
        sides: {
          'ours (lock update)': [process.execPath, measured, ...update],
          'sha256sum of the same files': ['sha256sum', ...artifacts],
        },
        runs,
        warmup: !smoke,
        cwd: work,
        before: () => writeFileSync(join(project, 'samuel.lock'), lock),
      }),
      'ours (lock update)',
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
