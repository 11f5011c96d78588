#!/usr/bin/env node
// Release step of the toolkit itself: rewrites every `samuelpkg/samuel-plugin-release[/action]@<ref>`
// in the reusable workflows to `@<sha>`, so a caller pinned to the release tag (or its commit)
// runs the actions of exactly that commit, never whatever the major tag points at later.
// Usage: node scripts/pin-own-actions.mjs <40-hex commit sha>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sha = process.argv[2] ?? '';
if (!/^[0-9a-f]{40}$/.test(sha)) {
  process.stderr.write('usage: node scripts/pin-own-actions.mjs <40-hex commit sha>\n');
  process.exit(2);
}
const dir = new URL('../.github/workflows/', import.meta.url).pathname;
let changed = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
  const file = join(dir, name);
  const text = readFileSync(file, 'utf8');
  const pinned = text.replace(
    /(uses:\s*samuelpkg\/samuel-plugin-release(?:\/[a-z-]+)?)@[\w.-]+/g,
    (_m, action) => `${action}@${sha}`,
  );
  if (pinned !== text) {
    writeFileSync(file, pinned);
    changed++;
  }
}
process.stdout.write(`pinned this repository's actions to ${sha} in ${changed} workflow file(s)\n`);
