/**
 * Release notes (the GitHub release body): what was released, its digest and pinned image, how
 * to install and verify it, the registry entry to paste into Samuel's `index.toml`, and the
 * `samuel.lock` entry an install records.
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
  /** The `samuel.lock` entry consumers get by installing this release. */
  lockEntry?: string;
  /** The `[[plugins]]` entry of Samuel's registry `index.toml` that makes it installable. */
  registryEntry?: string;
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
  if (input.registryEntry) {
    lines.push('', '### Registry entry', '', '```toml', input.registryEntry.trimEnd(), '```');
  }
  if (input.lockEntry) {
    lines.push(
      '',
      '### samuel.lock entry',
      '',
      'What `samuel install` of this release records, for projects that pin it (`samuel-plugin-release lock update` writes it for them):',
      '',
      '```toml',
      input.lockEntry.trimEnd(),
      '```',
    );
  }
  return lines.join('\n') + '\n';
}
