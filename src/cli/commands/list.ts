/**
 * `list [DIR|GLOB ...]`: the plugins of a repository as a GitHub Actions job matrix, one leg per
 * plugin — its folder, name, version, kind and the release tags that match it in a monorepo
 * (`<name>-v<version>` and `<name>/v<version>`).
 */
import { dirname, relative } from 'node:path';
import { UsageError } from '../../errors.js';
import { stringOpt, type CommandSpec } from '../command.js';
import { manifestGroup } from '../../options/index.js';

export interface MatrixLeg {
  /** The plugin folder, relative to the working directory (`.` for the root). */
  path: string;
  name: string;
  version: string;
  kind: string;
  /** Tags that release this plugin: the plugin-prefixed forms first. */
  tags: string[];
  /** A name for the leg's artifacts that no other leg shares. */
  artifact: string;
}

export const listCommand: CommandSpec = {
  name: 'list',
  summary: 'List the plugins under the given folders or globs as a job matrix (JSON).',
  positionals: '[DIR|GLOB ...]',
  // The same release tag as everywhere: here it keeps the plugins that tag releases.
  options: { tag: manifestGroup.flags.tag! },
  async run({ positionals, values, reporter, cwd, env }) {
    const { glob } = await import('tinyglobby');
    const patterns = positionals.length ? positionals : ['**/samuel-plugin.toml'];
    const files = new Set<string>();
    for (const p of patterns) {
      // A folder or a glob of folders names their manifests; a pattern ending in .toml names files.
      const pattern = p.endsWith('.toml') ? p : `${p.replace(/\/+$/, '')}/samuel-plugin.toml`;
      for (const f of await glob(pattern, {
        cwd,
        ignore: ['**/node_modules/**', '**/samuel-release/**', '**/.git/**'],
      })) {
        files.add(f);
      }
    }
    if (files.size === 0) {
      throw new UsageError(`no samuel-plugin.toml under ${patterns.join(', ')}`, {
        fix: "name the plugin folders, or a glob such as 'plugins/*'",
      });
    }
    const { validateTarget } = await import('../../steps/validate.js');
    const include: MatrixLeg[] = [];
    let invalid = 0;
    for (const file of [...files].sort()) {
      const result = await validateTarget(file, { strict: false, pin: true }, cwd, env);
      result.findings.filter((f) => f.severity === 'error').forEach((f) => reporter.finding(f));
      const m = result.loaded?.manifest;
      if (!m) {
        invalid++;
        continue;
      }
      const path = relative(cwd, dirname(result.file)) || '.';
      include.push({
        path,
        name: m.name,
        version: m.version,
        kind: m.kind,
        tags: [`${m.name}-v${m.version}`, `${m.name}/v${m.version}`],
        artifact: `samuel-release-${m.name}`,
      });
    }
    const names = include.map((l) => l.name);
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    if (twice.length > 0) {
      throw new UsageError(`two plugins are named ${[...new Set(twice)].join(', ')}`, {
        fix: 'give every plugin of the repository its own name: tags and artifacts are per name',
      });
    }
    const tag = stringOpt(values, 'tag');
    const legs = tag
      ? include.filter(
          (l) =>
            l.tags.includes(tag) || (include.length === 1 && tag.replace(/^v/, '') === l.version),
        )
      : include;
    if (tag && legs.length === 0 && include.length > 0) {
      throw new UsageError(`no plugin here is released by the tag ${tag}`, {
        fix: `tag as <name>-v<version> or <name>/v<version>, e.g. ${include[0]!.tags[0]}`,
      });
    }
    const matrix = { include: legs };
    reporter.setOutput('matrix', JSON.stringify(matrix));
    for (const l of legs) reporter.print(`${l.path}\t${l.name} ${l.version} (${l.kind})`);
    reporter.result({
      ok: invalid === 0,
      command: 'list',
      matrix,
      outputs: reporter.outputs,
      findings: reporter.findings,
    });
    return invalid === 0 ? 0 : 1;
  },
};
