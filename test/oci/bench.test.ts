/**
 * One short run of the push benchmark keeps it working: every side (ours on each Node, the
 * peers installed here, the curl limit) completes, re-publishing sends no blob, and each ratio
 * is printed. Figures are not asserted; they belong in docs/performance.md.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

describe('npm run bench -- push --smoke', () => {
  it('runs every side once and prints the ratios', () => {
    const res = spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'bench/run.ts', 'push', '--smoke'],
      { encoding: 'utf8', env: process.env },
    );
    expect(res.stderr).not.toMatch(/^push: /m); // bench/run.ts prints "push: <error>" on failure
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^push: 8 MiB in 5 gzip layers/m);
    expect(res.stdout).toMatch(/^ {2}skopeo copy +\d+ ms/m);
    expect(res.stdout).toMatch(/^ {2}curl -T ×4 \(limit\) +\d+ ms/m);
    expect(res.stdout).toMatch(/ratio ours \(Node \d+\) \/ skopeo copy: \d+\.\d\d×/);
    expect(res.stdout).toMatch(
      /^re-publish: the same 8 MiB again, into the repository that holds it/m,
    );
  }, 180_000);
});
