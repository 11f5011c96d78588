/**
 * Releases and projects for the lock tests: the wasm template released by our own
 * `release --dry-run` at a chosen version, signed against the local Sigstore stack (as our
 * reusable workflow, or as some other workflow) or not at all; a consuming project whose
 * samuel.toml names a registry index the test writes.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, TOOLS_PATH } from '../helpers/cli.js';
import { githubToken, type SigstoreStack } from '../sigstore/stack.js';

export const TEMPLATES = join(process.cwd(), 'templates');

/** A workflow identity Samuel's default policy does not trust. */
export const OTHER_IDENTITY =
  'https://github.com/evil/plugins/.github/workflows/release.yml@refs/heads/main';

export type Signer = 'ours' | 'other' | 'none';

let counter = 0;

/**
 * Releases a copy of the wasm template at `version` into a fresh folder under `work`; the copy
 * asks for a filesystem read grant so the lock entry carries capabilities.
 */
export async function releaseWasm(
  work: string,
  version: string,
  signer: Signer,
  stack?: SigstoreStack,
): Promise<string> {
  const id = `${version}-${signer}-${++counter}`;
  const plugin = join(work, `plugin-${id}`);
  cpSync(join(TEMPLATES, 'wasm-example'), plugin, { recursive: true });
  const manifest = join(plugin, 'samuel-plugin.toml');
  writeFileSync(
    manifest,
    readFileSync(manifest, 'utf8').replace('version = "0.1.0"', `version = "${version}"`) +
      '\n[capabilities.filesystem]\nread = ["/workspace/**"]\n',
  );
  const out = join(work, `out-${id}`);
  const sign =
    signer === 'none'
      ? ['--sign', 'false']
      : [
          '--sign',
          'true',
          '--identity-token',
          signer === 'ours' ? githubToken() : githubToken({ sub: OTHER_IDENTITY }),
          '--fulcio-url',
          stack!.url,
          '--rekor-url',
          stack!.url,
        ];
  const r = await runCli(['release', plugin, '--dry-run', '--output', out, ...sign], {
    cwd: work,
    env: { PATH: TOOLS_PATH, HOME: process.env.HOME },
  });
  if (r.code !== 0) throw new Error(`release failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
  return out;
}

/** The assets Samuel downloads for a wasm release, from a release folder. */
export function wasmAssets(out: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const name of ['plugin.wasm', 'samuel-plugin.toml', 'plugin.wasm.bundle']) {
    try {
      files[name] = readFileSync(join(out, name));
    } catch {
      // unsigned releases have no bundle
    }
  }
  return files;
}

export interface IndexEntryInput {
  name: string;
  repo: string;
  latest: string;
  kind: string;
  versions?: string[];
}

/** Writes a registry index.toml at `path`, in the layout registries use. */
export function writeIndex(path: string, entries: IndexEntryInput[]): void {
  const lines = ['schema_version = 1', ''];
  for (const e of entries) {
    lines.push('[[plugins]]');
    for (const [k, v] of Object.entries(e)) lines.push(`${k} = ${JSON.stringify(v)}`);
    lines.push('');
  }
  writeFileSync(path, lines.join('\n'));
}

/** A consuming project at `dir` with one registry and the given samuel.toml plugins. */
export function writeProject(
  dir: string,
  indexPath: string,
  plugins: { name: string; version: string; kind: string }[],
  registryName = 'trusted',
): void {
  mkdirSync(dir, { recursive: true });
  const lines = [
    "version = '1'",
    '',
    ...plugins.flatMap((p) => [
      '[[plugins]]',
      `  name = '${p.name}'`,
      `  version = '${p.version}'`,
      `  kind = '${p.kind}'`,
      '',
    ]),
    '[[registries]]',
    `  name = '${registryName}'`,
    `  url = 'file://${indexPath}'`,
    '  default = true',
    '',
  ];
  writeFileSync(join(dir, 'samuel.toml'), lines.join('\n'));
}

/** The `[[plugins]]` entry named `name` in lock text, header to its last line. */
export function entryBlock(lock: string, name: string): string | undefined {
  const blocks = lock.split(/\n(?=\[)/);
  return blocks
    .map((b) => (b.endsWith('\n') ? b : `${b}\n`))
    .find((b) => b.startsWith('[[plugins]]') && b.includes(`\n  name = '${name}'\n`))
    ?.replace(/\n+$/, '\n');
}
