/**
 * Creating a GitHub release and uploading its assets, against the REST fake
 * (test/fakes/github-api/, served by this process on 127.0.0.1): ours is `publishRelease`
 * (src/github/release/publish.ts) with the client the release step builds, bundled on its own
 * (bench/github-upload-child.ts); the peer is a bare @octokit/core loop (create a draft, upload
 * each asset, publish, download each anonymously and check its sha256). Every sample releases
 * into a fake started empty for it (untimed), so each side does the same first release.
 *
 * Ours is measured twice: as shipped, with GitHub's guidance of one second between mutating
 * requests (octokit's throttling plugin), and without that spacing — the work itself.
 *
 *   npm run bench -- github-upload [--runs=N] [--smoke]
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGitHubFake, type GitHubFake } from '../test/fakes/github-api/server.js';
import { bundleChild } from './bundle.js';
import { interleaved, printInterleaved } from './paired.js';

const TAG = 'v1.0.0';
/** What a wasm plugin's release carries: the module, its manifest, a signature bundle, notes. */
const ASSETS: [string, number][] = [
  ['plugin.wasm', 2 * 1024 * 1024],
  ['samuel-plugin.toml', 600],
  ['plugin.wasm.sigstore.json', 6 * 1024],
  ['release.json', 2 * 1024],
];

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** Runs the benchmark and prints each side and each ratio. */
export async function run(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  const runs = smoke ? 1 : Number(option('runs') ?? 7);
  const work = mkdtempSync(join(tmpdir(), 'spr-bench-gh-'));
  let fake: GitHubFake | undefined;
  // Requests each side's sample made, read from the fake's log when the next sample starts.
  const requests: Record<string, number> = {};
  let last: string | undefined;
  const record = () => {
    if (fake && last) requests[last] = fake.calls.length;
  };
  try {
    const child = bundleChild('github-upload-child.ts', join(work, 'child'));
    const files = ASSETS.map(([name, size]) => {
      mkdirSync(join(work, 'assets'), { recursive: true });
      const path = join(work, 'assets', name);
      writeFileSync(path, randomBytes(size));
      return path;
    });
    const side = (mode: string) => () => [
      process.execPath,
      child,
      mode,
      fake!.apiUrl,
      fake!.serverUrl,
      TAG,
      ...files,
    ];
    const sides = {
      'ours (as shipped)': side('ours'),
      'ours, no write spacing': side('ours-nospacing'),
      'bare @octokit/core': side('bare'),
    };
    const r = await interleaved({
      sides: smoke
        ? {
            'ours, no write spacing': sides['ours, no write spacing'],
            'bare @octokit/core': sides['bare @octokit/core'],
          }
        : sides,
      runs,
      warmup: !smoke,
      env: { ...process.env, GITHUB_TOKEN: 'ghs_fake0000000000000000000000000000000' },
      before: async (name) => {
        record();
        await fake?.close();
        fake = await startGitHubFake({ tags: { [TAG]: 'a'.repeat(40) } });
        last = name;
      },
    });
    const total = ASSETS.reduce((n, [, size]) => n + size, 0);
    printInterleaved(
      `github-upload: a release of ${ASSETS.length} assets (${(total / 1024 / 1024).toFixed(1)} MiB) to the REST fake on 127.0.0.1 (${runs} rounds, an empty fake each)`,
      r,
      smoke ? 'ours, no write spacing' : 'ours (as shipped)',
    );
    record();
    console.log(
      `  requests per release: ${Object.entries(requests)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ')}`,
    );
  } finally {
    await fake?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
