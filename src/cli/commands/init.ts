/**
 * `init [DIR]`: a plugin repository in one command — manifest, template sources, release and
 * pull-request workflows, README section. Asks for the name and kind on a terminal unless
 * `--yes`; never overwrites without `--force`.
 */
import { basename, join, resolve } from 'node:path';
import { repositoryFromOrigin } from '../../pipeline/github-env.js';
import { UsageError } from '../../errors.js';
import { boolOpt, stringOpt, type CommandSpec } from '../command.js';
import { choiceOpt } from '../../options/index.js';
import { suggestName } from '../../samuel/names.js';
import { KINDS, LANGUAGES } from '../../init/templates.js';

export const initCommand: CommandSpec = {
  name: 'init',
  summary: 'Set up a plugin repository: manifest, template, release and pull-request workflows.',
  positionals: '[DIR]',
  options: {
    name: {
      type: 'string',
      value: 'NAME',
      description: 'Plugin name (default: the folder name, lowercased).',
    },
    kind: {
      type: 'string',
      value: 'KIND',
      description: 'Plugin kind: wasm, oci or skill (default: wasm).',
    },
    language: {
      type: 'string',
      value: 'LANG',
      description:
        'Language of a wasm plugin: assemblyscript, go, rust or c (default: assemblyscript).',
    },
    yes: {
      type: 'boolean',
      short: 'y',
      description: 'Ask nothing: take the flags and the defaults.',
    },
    force: {
      type: 'boolean',
      description: 'Overwrite files that already exist (default: keep them and say so).',
    },
    owner: {
      type: 'string',
      value: 'OWNER',
      description:
        "For an oci plugin: the GitHub user or organisation whose ghcr.io namespace the image is published to (default: the owner of the folder's origin remote).",
    },
  },
  async run({ positionals, values, reporter, cwd }) {
    if (positionals.length > 1) {
      throw new UsageError('init takes one folder', { fix: 'run init once per plugin folder' });
    }
    const dir = resolve(cwd, positionals[0] ?? '.');
    const suggested = suggestName(basename(dir));
    let name = stringOpt(values, 'name');
    let kind = choiceOpt(values, 'kind', KINDS, 'wasm');
    let language =
      values.language === undefined
        ? undefined
        : choiceOpt(values, 'language', LANGUAGES, 'assemblyscript');
    if (!boolOpt(values, 'yes') && process.stdin.isTTY && !reporter.json) {
      const { createInterface } = await import('node:readline/promises');
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        name =
          (await rl.question(`Plugin name [${name ?? suggested}]: `)).trim() || (name ?? suggested);
        const k = (await rl.question(`Kind (wasm, oci, skill) [${kind}]: `)).trim();
        if (k) kind = choiceOpt({ kind: k }, 'kind', KINDS, 'wasm');
        if (kind === 'wasm') {
          const l = (
            await rl.question(
              `Language (assemblyscript, go, rust, c) [${language ?? 'assemblyscript'}]: `,
            )
          ).trim();
          if (l) language = choiceOpt({ language: l }, 'language', LANGUAGES, 'assemblyscript');
        }
      } finally {
        rl.close();
      }
    }
    const { checkOwner, initPlugin, OWNER_RE, TEMPLATE_IMAGE_OWNER } =
      await import('../../init/index.js');
    const given = stringOpt(values, 'owner');
    // The origin remote's owner only when ghcr.io could name it; otherwise init warns as when
    // no owner is known.
    const fromOrigin = repositoryFromOrigin(dir)?.split('/')[0]?.toLowerCase();
    const owner = given
      ? checkOwner(given)
      : fromOrigin && OWNER_RE.test(fromOrigin)
        ? fromOrigin
        : undefined;
    const result = await initPlugin({
      dir,
      name: name ?? suggested,
      kind,
      ...(language ? { language } : {}),
      force: boolOpt(values, 'force'),
      ...(owner ? { owner } : {}),
    });
    if (kind === 'oci' && !owner && result.written.includes('samuel-plugin.toml')) {
      reporter.finding({
        severity: 'warning',
        rule: 'init-image-owner',
        message: `[oci].image names ${TEMPLATE_IMAGE_OWNER}${name ?? suggested}, a namespace your release cannot push to`,
        fix: 'run init again with --owner <your GitHub user or organisation> --force, or edit [oci].image in samuel-plugin.toml',
        file: join(dir, 'samuel-plugin.toml'),
      });
    }
    for (const file of result.written) reporter.print(`  wrote ${file}`);
    for (const file of result.kept)
      reporter.print(`  kept  ${file} (exists; --force overwrites it)`);
    reporter.print(
      result.existing
        ? `✓ added the release and pull-request workflows to the plugin in ${dir}`
        : `✓ ${name ?? suggested}: a ${kind} plugin in ${dir}\n\nNext: cd ${dir} && ${result.releaseCommand}`,
    );
    reporter.result({ ok: true, command: 'init', dir, ...result, outputs: {}, findings: [] });
    return 0;
  },
};
