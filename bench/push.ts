/**
 * Pushing a ~200 MiB, 5-layer OCI image layout to a real registry on 127.0.0.1, against
 * `skopeo copy` of the same layout to the same registry in the same run. Each side runs as its
 * own process under `/usr/bin/time`, so wall time and peak RSS are measured the same way.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  writeSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRegistry } from '../test/helpers/registry.js';
import { openStore, publishLayout } from '../src/oci/index.js';

const LAYERS = 5;
const LAYER_MIB = 40;

/** Writes a layout of random (incompressible) layers, streamed to disk in 1 MiB pieces. */
function makeLayout(dir: string): void {
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const put = (data: Buffer): { digest: string; size: number } => {
    const hex = createHash('sha256').update(data).digest('hex');
    writeFileSync(join(dir, 'blobs', 'sha256', hex), data);
    return { digest: `sha256:${hex}`, size: data.length };
  };
  const layers = [];
  for (let i = 0; i < LAYERS; i++) {
    const tmp = join(dir, `layer-${i}.tmp`);
    const fd = openSync(tmp, 'w');
    const hash = createHash('sha256');
    for (let m = 0; m < LAYER_MIB; m++) {
      const chunk = randomBytes(1 << 20);
      hash.update(chunk);
      writeSync(fd, chunk);
    }
    closeSync(fd);
    const hex = hash.digest('hex');
    renameSync(tmp, join(dir, 'blobs', 'sha256', hex));
    layers.push({
      mediaType: 'application/vnd.oci.image.layer.v1.tar',
      digest: `sha256:${hex}`,
      size: LAYER_MIB << 20,
    });
  }
  const config = put(
    Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
      }),
    ),
  );
  const manifest = put(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers,
      }),
    ),
  );
  const entry = {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    ...manifest,
    annotations: { 'org.opencontainers.image.ref.name': 'bench' },
  };
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [entry] }));
}

/** Runs a command under GNU time; returns wall seconds and peak RSS in MiB. */
function timed(cmd: string, args: string[]): { seconds: number; rssMiB: number } {
  const res = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', cmd, ...args], { encoding: 'utf8' });
  const m = /TIME ([\d.]+) (\d+)/.exec(res.stderr);
  if (res.status !== 0 || !m)
    throw new Error(`${cmd} failed (${res.status}): ${res.stderr.slice(-2000)}`);
  return { seconds: Number(m[1]), rssMiB: Number(m[2]) / 1024 };
}

/** The child side: push the layout to the target, print the stats. */
async function child(layout: string, target: string): Promise<void> {
  const store = await openStore(target, { insecure: true, env: {} });
  const result = await publishLayout(layout, store, { tags: ['bench'] });
  console.log(JSON.stringify(result.stats));
}

/** Runs the benchmark and prints both sides and the ratios. */
export async function run(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'spr-bench-push-'));
  const layout = join(work, 'layout');
  makeLayout(layout);
  const registry = await startRegistry();
  try {
    const self = fileURLToPath(import.meta.url);
    const ours = timed(process.execPath, [
      ...process.execArgv,
      self,
      '--child',
      layout,
      `${registry.host}/bench/ours`,
    ]);
    const skopeo = timed('skopeo', [
      'copy',
      '--quiet',
      '--dest-tls-verify=false',
      `oci:${layout}:bench`,
      `docker://${registry.host}/bench/skopeo:bench`,
    ]);
    const again = timed(process.execPath, [
      ...process.execArgv,
      self,
      '--child',
      layout,
      `${registry.host}/bench/ours`,
    ]);
    const size = LAYERS * LAYER_MIB;
    console.log(`push: ${size} MiB in ${LAYERS} layers to docker-registry on 127.0.0.1`);
    console.log(
      `  samuel-plugin-release  ${ours.seconds.toFixed(2)} s  peak RSS ${ours.rssMiB.toFixed(0)} MiB`,
    );
    console.log(
      `  skopeo copy            ${skopeo.seconds.toFixed(2)} s  peak RSS ${skopeo.rssMiB.toFixed(0)} MiB`,
    );
    console.log(
      `  re-publish (no upload) ${again.seconds.toFixed(2)} s  peak RSS ${again.rssMiB.toFixed(0)} MiB`,
    );
    console.log(
      `  ratio (ours / skopeo): time ${(ours.seconds / skopeo.seconds).toFixed(2)}x, peak RSS ${(ours.rssMiB / skopeo.rssMiB).toFixed(2)}x`,
    );
  } finally {
    await registry.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]!, process.argv[4]!);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await run();
}
