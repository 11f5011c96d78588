/**
 * One short run of each benchmark keeps it working: every side completes (a side that fails
 * fails its benchmark, and bench/run.ts prints "NAME: <error>") and each ratio is printed.
 * Figures are not asserted; they belong in docs/performance.md. The tools each needs (podman,
 * Go, sha256sum, the GitHub fake) are what .ci/setup installs: a missing one fails here.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

function bench(name: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'bench/run.ts', name, '--smoke'],
    { encoding: 'utf8', env: process.env },
  );
}

const RATIO = /ratio .+ \/ .+: \d+\.\d\d× \(\d+\.\d\d–\d+\.\d\d\)/;

describe('npm run bench -- NAME --smoke', () => {
  it('image: ours and podman with the same flags, each from fresh storage', () => {
    const r = bench('image');
    expect(r.stderr).not.toMatch(/^image: /m);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^image: oci template, linux\/amd64,linux\/arm64, FROM scratch/m);
    expect(r.stdout).toMatch(/^ {2}ours \(build\) +\d+ ms/m);
    expect(r.stdout).toMatch(/^ {2}podman, same flags +\d+ ms/m);
    expect(r.stdout).toMatch(/^ {2}podman --layers=true +\d+ ms/m);
    expect(r.stdout).toMatch(RATIO);
  }, 300_000);

  it('github-upload: ours and a bare octokit loop against the REST fake', () => {
    const r = bench('github-upload');
    expect(r.stderr).not.toMatch(/^github-upload: /m);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^github-upload: a release of 4 assets/m);
    expect(r.stdout).toMatch(/^ {2}ours, no write spacing +\d+ ms/m);
    expect(r.stdout).toMatch(/^ {2}bare @octokit\/core +\d+ ms/m);
    expect(r.stdout).toMatch(RATIO);
    // Each side really talked to the fake: ours makes more requests than the bare loop.
    const counts =
      /requests per release: ours, no write spacing (\d+), bare @octokit\/core (\d+)/.exec(
        r.stdout,
      );
    expect(Number(counts?.[1])).toBeGreaterThan(Number(counts?.[2]));
    expect(Number(counts?.[2])).toBe(10); // create, 4 uploads, publish, 4 downloads
  }, 300_000);

  it('lock-update: 50 entries against sha256sum of the same files', () => {
    const r = bench('lock-update');
    expect(r.stderr).not.toMatch(/^lock-update: /m);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^lock-update: samuel\.lock of 50 entries, file:\/\/ registry/m);
    expect(r.stdout).toMatch(/^ {2}ours \(lock update\) +\d+ ms/m);
    expect(r.stdout).toMatch(/^ {2}sha256sum of the same files +\d+ ms/m);
    expect(r.stdout).toMatch(RATIO);
  }, 300_000);

  it('validate-cli, cold-start and wasm-smoke: each pair runs and its ratio is printed', () => {
    const validate = bench('validate-cli');
    expect(validate.stderr).not.toMatch(/^validate-cli: /m);
    expect(validate.stdout).toMatch(
      /^validate 1,000 manifest files, one CLI run\n {2}samuel-plugin-release validate +\d+ ms/m,
    );
    const cold = bench('cold-start');
    expect(cold.stderr).not.toMatch(/^cold-start: /m);
    expect(cold.stdout).toMatch(
      /^cold start: --help \(Node v\d+[.\d]*\)\n {2}samuel-plugin-release --help +\d+ ms/m,
    );
    const smoke = bench('wasm-smoke');
    expect(smoke.stderr).not.toMatch(/^wasm-smoke: /m);
    expect(smoke.stdout).toMatch(/^wasm smoke of a \d\.\d\d MiB module \(standard Go\)/m);
    expect(smoke.stdout).toMatch(/^ {2}ratio \(pair by pair\) +\d+\.\d\d×/m);
    for (const r of [validate, cold, smoke]) {
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/ratio.*\d+\.\d\d×/);
    }
  }, 300_000);

  it('an unknown benchmark is named, with the list of known ones', () => {
    const r = bench('no-such-bench');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /unknown benchmark "no-such-bench"; known: .*image, github-upload, lock-update/,
    );
  }, 60_000);
});
