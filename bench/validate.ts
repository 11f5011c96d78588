/**
 * Validating 1,000 manifests in memory, against the usual hand-rolled peer measured in the same
 * run: parse with smol-toml and validate with ajv against Samuel's JSON schema (which gives no
 * positions, no semantic rules and no fixes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'smol-toml';
import { validateManifestBytes } from '../src/manifest/validate.js';

const COUNT = 1000;
const REFERENCE =
  process.env.SAMUEL_REFERENCE_DIR ?? join(process.cwd(), '..', 'shared', 'reference', 'samuel');

function manifest(i: number): string {
  const kind = ['wasm', 'oci', 'meta'][i % 3];
  const head = `name = "plugin-${i}"\nversion = "1.${i % 10}.${i}"\nkind = "${kind}"\nsummary = "Benchmark plugin ${i}"\nhomepage = "https://example.com/${i}"\nauthors = ["a${i}", "b"]\n\n[samuel]\nframework = "^2.3.0"\nprotocol = ">=1.0, <2.0"\n\n[capabilities]\nexec = ${i % 2 === 0}\nenv = ["HOME", "PATH"]\nfilesystem = { read = ["src/**/*.go", "docs/*.md"], write = ["out/**"] }\n\n[capabilities.network]\nhosts = ["api.example.com"]\n`;
  if (kind === 'wasm')
    return (
      head +
      `\n[wasm]\nmodule = "plugin.wasm"\nexports = ["lint", "fmt"]\n\n[runtime]\nmax_memory = 64\ntimeout = "5s"\nhard_timeout = "30s"\n`
    );
  if (kind === 'oci')
    return (
      head +
      `\n[oci]\nimage = "ghcr.io/acme/plugin-${i}@sha256:${(i.toString(16) + 'a'.repeat(64)).slice(0, 64)}"\nworkdir = "/workspace"\nmemory_limit = "512m"\n`
    );
  return head + `\n[requires]\nplugin-${i + 1} = "^1.0.0"\nplugin-${i + 2} = "~1.2"\n`;
}

async function ours(inputs: Buffer[]): Promise<number> {
  let valid = 0;
  for (const bytes of inputs) {
    const r = await validateManifestBytes(bytes, {
      file: '/tmp/bench/samuel-plugin.toml',
      displayPath: 'samuel-plugin.toml',
      cwd: '/tmp/bench',
    });
    if (r.loaded) valid++;
  }
  return valid;
}

function peer(inputs: Buffer[], check: (data: unknown) => boolean): number {
  let valid = 0;
  for (const bytes of inputs) if (check(parse(bytes.toString('utf8')))) valid++;
  return valid;
}

export async function run(): Promise<void> {
  const inputs = Array.from({ length: COUNT }, (_, i) => Buffer.from(manifest(i)));
  const ajv = new Ajv2020({ strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const check = ajv.compile(
    JSON.parse(readFileSync(join(REFERENCE, 'plugin.v2.3.schema.json'), 'utf8')),
  );
  // Warm both paths once so neither pays for JIT or lazy compilation in the timed run.
  await ours(inputs.slice(0, 50));
  peer(inputs.slice(0, 50), check);
  const rounds = 5;
  let oursMs = Infinity;
  let peerMs = Infinity;
  let oursValid = 0;
  let peerValid = 0;
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    oursValid = await ours(inputs);
    oursMs = Math.min(oursMs, performance.now() - t);
    t = performance.now();
    peerValid = peer(inputs, check);
    peerMs = Math.min(peerMs, performance.now() - t);
  }
  console.log(`validate: ${COUNT} manifests (best of ${rounds})`);
  console.log(
    `  samuel-plugin-release validate : ${oursMs.toFixed(1)} ms (${oursValid} valid) — positions, Samuel's rules, fixes`,
  );
  console.log(
    `  peer: smol-toml + ajv schema   : ${peerMs.toFixed(1)} ms (${peerValid} valid) — schema only`,
  );
  console.log(`  ratio ours/peer                : ${(oursMs / peerMs).toFixed(2)}x`);
  if (oursValid !== COUNT)
    throw new Error(`expected all ${COUNT} bench manifests to be valid, got ${oursValid}`);
}
