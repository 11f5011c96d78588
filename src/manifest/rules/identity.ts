/** Identity: name, version, kind, the release tag, homepage. */
import semver from 'semver';
import { add, node, str, type RuleContext } from './context.js';
import { nameProblem } from '../../samuel/names.js';

export function checkIdentity(ctx: RuleContext): void {
  for (const key of ['name', 'version', 'kind'] as const) {
    if (!ctx.root.entries?.has(key)) {
      const example = { name: '"my-plugin"', version: '"0.1.0"', kind: '"wasm"' }[key];
      add(
        ctx,
        'error',
        'required',
        key,
        { line: 1, col: 1 },
        `manifest missing required field '${key}'`,
        `add \`${key} = ${example}\` at the top of samuel-plugin.toml, before any [table]`,
      );
    }
  }
  const nameNode = node(ctx, 'name');
  const name = str(ctx, 'name');
  if (nameNode && name !== undefined) {
    const problem = nameProblem(name);
    if (problem) {
      add(
        ctx,
        'error',
        'name-pattern',
        'name',
        nameNode.valuePos,
        `invalid plugin name ${JSON.stringify(name)}: ${problem.why}`,
        problem.fix,
      );
    }
  }
  const versionNode = node(ctx, 'version');
  const version = str(ctx, 'version');
  if (versionNode && version !== undefined) {
    const notSemver = (message: string, fix: string) =>
      add(ctx, 'error', 'version-semver', 'version', versionNode.valuePos, message, fix);
    if (version.trim() === '') {
      add(
        ctx,
        'error',
        'required',
        'version',
        versionNode.valuePos,
        `manifest missing required field 'version'`,
        'set `version = "X.Y.Z"` matching the release tag',
      );
    } else if (/^v\d/.test(version) && semver.valid(version.slice(1))) {
      notSemver(
        `version ${JSON.stringify(version)} has a "v" prefix; the manifest holds the bare version`,
        `write version = "${version.slice(1)}" (the git tag keeps the "v")`,
      );
    } else if (!semver.valid(version) || semver.clean(version) !== version) {
      notSemver(
        `version ${JSON.stringify(version)} is not a semantic version (MAJOR.MINOR.PATCH)`,
        `use three numbers, e.g. "${semver.coerce(version)?.version ?? '0.1.0'}"`,
      );
    } else if (ctx.tag !== undefined) {
      // In a monorepo a plugin's tags carry its name: <name>-v1.2.3 or <name>/v1.2.3.
      const name = str(ctx, 'name');
      const bare = ctx.tag.replace(/^refs\/tags\//, '');
      const own = name && (bare.startsWith(`${name}-v`) || bare.startsWith(`${name}/v`));
      const tagVersion = (own ? bare.slice(name.length + 1) : bare).replace(/^v(?=\d)/, '');
      if (tagVersion !== version) {
        add(
          ctx,
          'error',
          'tag-version',
          'version',
          versionNode.valuePos,
          `the release tag "${ctx.tag}" does not match version ${JSON.stringify(version)}`,
          `set version = "${semver.valid(tagVersion) ? tagVersion : '<tag without v>'}" or tag v${version}`,
        );
      }
    }
  }
  const kindNode = node(ctx, 'kind');
  const kind = str(ctx, 'kind');
  if (kindNode && kind !== undefined && !['skill', 'wasm', 'oci', 'meta'].includes(kind)) {
    const lower = kind.trim().toLowerCase();
    const hint = ['skill', 'wasm', 'oci', 'meta'].includes(lower)
      ? ` — did you mean "${lower}"?`
      : '';
    add(
      ctx,
      'error',
      'kind-enum',
      'kind',
      kindNode.valuePos,
      `invalid plugin kind ${JSON.stringify(kind)}${hint}`,
      'kind must be one of: skill, wasm, oci, meta',
    );
  }
  const homepage = node(ctx, 'homepage');
  if (homepage?.type === 'string') {
    const value = homepage.value as string;
    if (!isAbsoluteUri(value))
      add(
        ctx,
        'error',
        'homepage-uri',
        'homepage',
        homepage.valuePos,
        `homepage ${JSON.stringify(value)} is not an absolute URI`,
        'use a full URL such as "https://github.com/<owner>/<repo>"',
      );
  }
}

/** An absolute URI: a scheme, then something the WHATWG URL parser accepts. */
function isAbsoluteUri(value: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
