/**
 * Building an oci plugin's image: `samuel-plugin-release build` of the oci template (a FROM
 * scratch image that COPYs a binary cross-compiled outside, for linux/amd64 and linux/arm64)
 * against podman doing the same work alone (`bench/podman-image.sh`: the same throw-away storage
 * settings, `podman build` with the same --platform, --timestamp, --no-cache, --layers=false and
 * labels, then `podman manifest push --all --format oci` into a layout), and podman with its
 * default --layers=true (one commit per instruction: the same files and config, a longer
 * history) for reference. All rootless, as on this machine.
 *
 * The state each sample starts from is the same for every side: the binaries are built once
 * (untimed, `make binaries`); every sample builds in a storage folder created empty for it and
 * removed after (both ours and the peer's), so no layer, image or build cache is reused; the base
 * is `scratch`, so nothing is pulled; the context files are in the page cache (one warm-up run
 * per side). Output folders are removed before each sample, untimed.
 *
 *   npm run bench -- image [--runs=N] [--smoke] [--src]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliUnderTest } from './bundle.js';
import { interleaved, printInterleaved } from './paired.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '..');
const PLATFORMS = 'linux/amd64,linux/arm64';
const EPOCH = '1700000000';

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** Runs the benchmark and prints each side and each ratio. */
export async function run(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  const runs = smoke ? 1 : Number(option('runs') ?? 7);
  const work = mkdtempSync(join(tmpdir(), 'spr-bench-image-'));
  try {
    const plugin = join(work, 'oci-example');
    cpSync(join(ROOT, 'templates', 'oci-example'), plugin, { recursive: true });
    const make = spawnSync('make', ['binaries'], {
      cwd: plugin,
      env: { ...process.env, GOFLAGS: '-mod=mod' },
      encoding: 'utf8',
    });
    if (make.status !== 0) throw new Error(`make binaries failed: ${make.stderr}`);
    const env = { ...process.env, SOURCE_DATE_EPOCH: EPOCH };
    const peer = join(work, 'peer-layout');
    const cli = cliUnderTest(join(work, 'cli'));
    // The labels ours adds for the template (src/container/build.ts, imageLabels), so the peer
    // builds the same image.
    const labels = [
      'org.opencontainers.image.title=oci-example',
      'org.opencontainers.image.version=0.1.0',
      'org.opencontainers.image.description=Counts the Markdown files of the project it runs in.',
      'org.opencontainers.image.licenses=MIT',
      'org.opencontainers.image.created=2023-11-14T22:13:20.000Z',
    ].flatMap((l) => ['--label', l]);
    const podman = (...flags: string[]) => [
      'bash',
      join(HERE, 'podman-image.sh'),
      plugin,
      peer,
      PLATFORMS,
      EPOCH,
      ...labels,
      ...flags,
    ];
    const r = await interleaved({
      sides: {
        'ours (build)': [
          process.execPath,
          cli,
          'build',
          plugin,
          '--builder',
          'podman',
          '--platforms',
          PLATFORMS,
        ],
        'podman, same flags': podman('--layers=false'),
        'podman --layers=true': podman(),
      },
      runs,
      warmup: !smoke,
      env,
      cwd: work,
      before: () => {
        rmSync(join(work, 'samuel-release'), { recursive: true, force: true });
        rmSync(peer, { recursive: true, force: true });
      },
    });
    printInterleaved(
      `image: oci template, ${PLATFORMS}, FROM scratch, fresh storage per sample (${runs} rounds)`,
      r,
      'ours (build)',
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
