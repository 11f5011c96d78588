/**
 * Release notes (the GitHub release body): what was released, its digest and pinned image, how
 * to install and verify it, and the registry entry to paste into Samuel's `index.toml`.
 */
import type { PluginManifest } from '../manifest/types.js';
import { inertLog } from '../report/index.js';

export interface NotesInput {
  manifest: PluginManifest;
  tag: string;
  digest?: string;
  image?: string;
  assets: string[];
  verifyCommands: string[];
  /** `owner/name` of the GitHub repository, when known. */
  repository?: string;
  dryRun: boolean;
}

export function releaseNotes(input: NotesInput): string {
  const m = input.manifest;
  const lines = [`## ${inertLog(m.name)} ${inertLog(m.version)}`, ''];
  if (m.summary) lines.push(inertLog(m.summary), '');
  lines.push(`- Kind: \`${m.kind}\``);
  if (input.digest) lines.push(`- Digest: \`${input.digest}\``);
  if (input.image) lines.push(`- Image: \`${input.image}\``);
  lines.push('', '### Install', '', '```sh', `samuel install ${m.name}`, '```');
  if (input.assets.length > 0) {
    lines.push('', '### Assets', '', ...input.assets.map((a) => `- \`${a}\``));
  }
  if (input.verifyCommands.length > 0) {
    lines.push('', '### Verify', '', '```sh', ...input.verifyCommands, '```');
  }
  lines.push('', '### Registry entry', '', '```toml', indexEntry(input), '```');
  return lines.join('\n') + '\n';
}

/** The `[[plugins]]` entry of Samuel's registry `index.toml` for this release (contract §7). */
export function indexEntry(input: NotesInput): string {
  const m = input.manifest;
  const q = (s: string): string => JSON.stringify(s);
  const lines = ['[[plugins]]', `name = ${q(m.name)}`];
  lines.push(
    `repo = ${q(input.repository ? `github.com/${input.repository}` : `github.com/<owner>/${m.name}`)}`,
  );
  lines.push(`latest = ${q(m.version)}`, `kind = ${q(m.kind)}`);
  if (m.summary) lines.push(`description = ${q(m.summary)}`);
  return lines.join('\n');
}
