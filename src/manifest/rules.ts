/**
 * The semantic rules of a v2.3 manifest, in the order Samuel's `Validate` applies them, plus the
 * checks Samuel leaves to install or run time (ranges, budgets, globs, image flags) so authors
 * learn about them on the pull request instead of on a user's machine.
 */
import semver from 'semver';
import picomatch from 'picomatch';
import type { Finding, Severity } from '../report/index.js';
import type { Position } from './types.js';
import type { TomlNode } from './toml.js';
import { checkVersionRange } from './ranges.js';
import { parseGoDuration } from './duration.js';
import { explainImageProblem, parseSamuelImage, ZERO_DIGEST } from './image.js';

export const NAME_RE = /^[a-z0-9][a-z0-9-]{1,63}$/;
export const RESERVED_EXPORTS = new Set([
  'init',
  'install',
  'uninstall',
  'update',
  'search',
  'info',
  'ls',
  'list',
  'run',
  'doctor',
  'sync',
  'version',
  'new',
]);
/** Samuel's check: trimmed and lowercased, so "Install" is as reserved as "install". */
export function isReservedExport(name: string): boolean {
  return RESERVED_EXPORTS.has(name.trim().toLowerCase());
}
/** wasm32 linear memory tops out at 65536 pages of 64 KiB = 4096 MiB. */
export const WASM32_MAX_MIB = 4096;

export interface RuleContext {
  root: TomlNode;
  file: string;
  findings: Finding[];
  badTypes: Set<string>;
  /** The release tag being built, when validating for a release. */
  tag?: string;
  /** The release step will rewrite [oci].image with the pushed digest. */
  willPin: boolean;
}

/** Looks up a dotted path; undefined when absent or when its type was already reported. */
export function node(ctx: RuleContext, path: string): TomlNode | undefined {
  if (ctx.badTypes.has(path)) return undefined;
  let cur: TomlNode | undefined = ctx.root;
  for (const seg of path.split('.')) {
    cur = cur?.entries?.get(seg);
    if (!cur) return undefined;
  }
  return cur;
}

const str = (ctx: RuleContext, path: string): string | undefined => {
  const n = node(ctx, path);
  return n?.type === 'string' ? (n.value as string) : undefined;
};

const strings = (ctx: RuleContext, path: string): { value: string; at: TomlNode }[] =>
  (node(ctx, path)?.items ?? [])
    .filter((i) => i.type === 'string')
    .map((i) => ({ value: i.value as string, at: i }));

function add(
  ctx: RuleContext,
  severity: Severity,
  rule: string,
  field: string,
  at: Position,
  message: string,
  fix?: string,
): void {
  const f: Finding = { severity, rule, message, field, file: ctx.file, line: at.line, col: at.col };
  if (fix) f.fix = fix;
  ctx.findings.push(f);
}

/** Where a missing key should be added: its table's header, else the top of the file. */
function missingAt(ctx: RuleContext, tablePath: string | undefined): Position {
  const table = tablePath ? node(ctx, tablePath) : undefined;
  return table ? table.keyPos : { line: 1, col: 1 };
}

/** Runs every semantic rule. */
export function checkRules(ctx: RuleContext): void {
  checkIdentity(ctx);
  checkRanges(ctx);
  checkKindBlocks(ctx);
  checkCapabilities(ctx);
  checkRuntime(ctx);
  checkOciFlags(ctx);
}

function checkIdentity(ctx: RuleContext): void {
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
    let why: string | undefined;
    if (name.length < 2) why = 'it is shorter than 2 characters';
    else if (name.length > 64) why = `it is ${name.length} characters long (at most 64)`;
    else if (/[A-Z]/.test(name)) why = 'it has uppercase letters';
    else if (name.startsWith('-')) why = 'it starts with "-"';
    else if (name.endsWith('-')) why = 'it ends with "-"';
    else if (!NAME_RE.test(name))
      why = `it has characters other than a-z, 0-9 and "-" (${JSON.stringify([...new Set(name.replace(/[a-z0-9-]/g, ''))].join(''))})`;
    if (why) {
      const suggestion = name
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 64);
      add(
        ctx,
        'error',
        'name-pattern',
        'name',
        nameNode.valuePos,
        `invalid plugin name ${JSON.stringify(name)}: ${why}`,
        `names must match ^[a-z0-9][a-z0-9-]{1,63}$ and not end with "-"${suggestion.length >= 2 ? `, e.g. "${suggestion}"` : ''}`,
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

/** Reports the `range` rule when `n`'s string is not a Cargo-style version requirement. */
function badRange(ctx: RuleContext, field: string, n: TomlNode, what: string): void {
  const problem = checkVersionRange(n.value as string);
  if (!problem) return;
  add(
    ctx,
    'error',
    'range',
    field,
    n.valuePos,
    `${what}: ${problem}`,
    'use cargo-style ranges (^X.Y.Z, ~X.Y.Z, >=X,<Y, *, exact)',
  );
}

function checkRanges(ctx: RuleContext): void {
  for (const key of ['framework', 'protocol']) {
    const n = node(ctx, `samuel.${key}`);
    if (n?.type !== 'string') continue;
    badRange(ctx, `samuel.${key}`, n, `invalid samuel.${key} version range`);
  }
  const requires = node(ctx, 'requires');
  for (const [dep, value] of requires?.entries ?? []) {
    if (!NAME_RE.test(dep) || dep.endsWith('-')) {
      add(
        ctx,
        'error',
        'requires-name',
        `requires.${dep}`,
        value.keyPos,
        `[requires] names ${JSON.stringify(dep)}, which is not a valid plugin name`,
        'use the required plugin\'s manifest name (lowercase letters, digits and "-")',
      );
    }
    if (value.type !== 'string') continue;
    badRange(ctx, `requires.${dep}`, value, `invalid version range for requires.${dep}`);
  }
}

/** Samuel's doctor's comparison: equal lengths, and every [runtime] export among [wasm]'s. */
function sameExportSets(wasm: { value: string }[], runtime: { value: string }[]): boolean {
  if (wasm.length !== runtime.length) return false;
  const have = new Set(wasm.map((e) => e.value));
  return runtime.every((e) => have.has(e.value));
}

function checkKindBlocks(ctx: RuleContext): void {
  const kind = str(ctx, 'kind');
  if (kind === 'meta') {
    add(
      ctx,
      'warning',
      'meta-not-installable',
      'kind',
      node(ctx, 'kind')!.valuePos,
      'Samuel v2.3 cannot install a meta plugin: `samuel install` stops with "unsupported plugin kind"',
      'release it for a later Samuel, or ship its plugins on their own until Samuel installs meta plugins',
    );
  }
  if (kind === 'meta' && (node(ctx, 'requires')?.entries?.size ?? 0) === 0) {
    add(
      ctx,
      'error',
      'meta-requires',
      'requires',
      missingAt(ctx, 'requires'),
      'meta plugin must declare at least one entry in [requires]',
      'add `[requires]` with lines like `other-plugin = "^1.0.0"`',
    );
  }
  if (kind === 'wasm') checkWasm(ctx);
  if (kind === 'oci') checkOciImage(ctx);
  for (const [block, owner] of [
    ['wasm', 'wasm'],
    ['runtime', 'wasm'],
    ['oci', 'oci'],
  ] as const) {
    const n = node(ctx, block);
    if (
      n &&
      kind !== undefined &&
      ['skill', 'wasm', 'oci', 'meta'].includes(kind) &&
      kind !== owner
    ) {
      add(
        ctx,
        'warning',
        'kind-block',
        block,
        n.keyPos,
        `[${block}] is only read for kind = "${owner}"; this ${kind} plugin ignores it`,
        `remove [${block}] or set kind = "${owner}"`,
      );
    }
  }
}

function checkWasm(ctx: RuleContext): void {
  const wasm = node(ctx, 'wasm');
  const module = str(ctx, 'wasm.module');
  if (!wasm || module === undefined || module.trim() === '') {
    if (!ctx.badTypes.has('wasm') && !ctx.badTypes.has('wasm.module')) {
      const at = node(ctx, 'wasm.module')?.valuePos ?? missingAt(ctx, 'wasm');
      add(
        ctx,
        'error',
        'wasm-module',
        'wasm.module',
        at,
        'wasm manifest missing [wasm] module reference',
        'add `[wasm]` with `module = "plugin.wasm"`',
      );
    }
  }
  const runtimeExports = strings(ctx, 'runtime.exports');
  const wasmExports = strings(ctx, 'wasm.exports');
  const effective = runtimeExports.length > 0 ? runtimeExports : wasmExports;
  const source = runtimeExports.length > 0 ? 'runtime.exports' : 'wasm.exports';
  if (
    effective.length === 0 &&
    !ctx.badTypes.has('runtime.exports') &&
    !ctx.badTypes.has('wasm.exports')
  ) {
    const at =
      node(ctx, 'runtime.exports')?.valuePos ??
      node(ctx, 'wasm.exports')?.valuePos ??
      missingAt(ctx, 'wasm');
    add(
      ctx,
      'error',
      'wasm-exports',
      'wasm.exports',
      at,
      'wasm manifest declares no exports',
      'add `exports = ["<fn>"]` under [wasm] (or [runtime], which wins when both are set)',
    );
  }
  // Samuel's doctor (exportSetsEquivalent) fails an installed plugin whose non-empty
  // [runtime].exports is not the same set, of the same length, as [wasm].exports.
  if (
    runtimeExports.length > 0 &&
    node(ctx, 'wasm') &&
    !sameExportSets(wasmExports, runtimeExports)
  ) {
    add(
      ctx,
      'error',
      'wasm-exports-drift',
      'runtime.exports',
      node(ctx, 'runtime.exports')!.valuePos,
      '[wasm].exports and [runtime].exports disagree: `samuel doctor` fails the installed plugin with "wasm manifest drift"',
      'make the two lists the same (same names, no duplicates), or remove [runtime].exports',
    );
  }
  const seen = new Set<string>();
  for (const { value, at } of effective) {
    if (value.trim() === '') {
      add(
        ctx,
        'error',
        'export-name',
        source,
        at.valuePos,
        'an export name is empty',
        'remove the empty string from the list',
      );
    } else if (isReservedExport(value)) {
      add(
        ctx,
        'error',
        'reserved-export',
        source,
        at.valuePos,
        `export ${JSON.stringify(value)} collides with built-in samuel verb`,
        `rename the wasm export (e.g. "${value.trim().toLowerCase()}_plugin"); reserved: ${[...RESERVED_EXPORTS].join(' ')}`,
      );
    } else if (seen.has(value)) {
      add(
        ctx,
        'warning',
        'export-name',
        source,
        at.valuePos,
        `export ${JSON.stringify(value)} is listed twice`,
        'remove the duplicate',
      );
    }
    seen.add(value);
  }
}

function checkOciImage(ctx: RuleContext): void {
  const image = node(ctx, 'oci.image');
  const value = str(ctx, 'oci.image');
  if (value === undefined || value.trim() === '') {
    if (ctx.badTypes.has('oci') || ctx.badTypes.has('oci.image')) return;
    add(
      ctx,
      'error',
      'oci-image',
      'oci.image',
      image?.valuePos ?? missingAt(ctx, 'oci'),
      'oci manifest missing [oci] image reference',
      'add `[oci]` with `image = "ghcr.io/<owner>/<name>@sha256:<digest>"`',
    );
    return;
  }
  const at = image!.valuePos;
  const parts = parseSamuelImage(value);
  if (!parts) {
    const { message, fix } = explainImageProblem(value);
    add(ctx, 'error', 'oci-image', 'oci.image', at, message, fix);
    return;
  }
  if (!parts.digest) {
    if (ctx.willPin) {
      add(
        ctx,
        'notice',
        'oci-image-pinned',
        'oci.image',
        at,
        'oci image is not digest-pinned yet; the release pins it to the pushed digest',
        undefined,
      );
    } else {
      add(
        ctx,
        'error',
        'oci-image-pinned',
        'oci.image',
        at,
        'oci manifest image is not digest-pinned',
        'append @sha256:<64-hex-digest> to the [oci] image reference (the release step writes the real digest; on branches keep @sha256:' +
          '0'.repeat(64) +
          ')',
      );
    }
  } else if (parts.digest === ZERO_DIGEST) {
    if (ctx.tag !== undefined && !ctx.willPin) {
      add(
        ctx,
        'error',
        'oci-zero-digest',
        'oci.image',
        at,
        `[oci].image still has the all-zero placeholder digest on release tag "${ctx.tag}"`,
        'run the release step (it pins the pushed digest), or write the real digest before tagging',
      );
    } else {
      add(
        ctx,
        'notice',
        'oci-zero-digest',
        'oci.image',
        at,
        ctx.willPin
          ? 'placeholder digest: the release pins [oci].image to the pushed digest'
          : 'placeholder all-zero digest: fine on a branch; the release step pins the real one',
        undefined,
      );
    }
  }
  const legacy = node(ctx, 'oci.digest');
  if (legacy?.type === 'string') {
    const d = legacy.value as string;
    if (parts.digest && parts.digest !== ZERO_DIGEST && d !== parts.digest) {
      add(
        ctx,
        'error',
        'oci-digest-legacy',
        'oci.digest',
        legacy.valuePos,
        `[oci].digest ${JSON.stringify(d)} disagrees with the digest in [oci].image`,
        'remove [oci].digest; Samuel reads the digest from [oci].image',
      );
    } else {
      add(
        ctx,
        'warning',
        'oci-digest-legacy',
        'oci.digest',
        legacy.valuePos,
        '[oci].digest is a legacy field; Samuel reads the digest from [oci].image',
        'remove [oci].digest',
      );
    }
  }
}

function checkOciFlags(ctx: RuleContext): void {
  const workdir = node(ctx, 'oci.workdir');
  if (workdir?.type === 'string' && !(workdir.value as string).startsWith('/')) {
    add(
      ctx,
      'error',
      'oci-workdir',
      'oci.workdir',
      workdir.valuePos,
      `[oci].workdir ${JSON.stringify(workdir.value)} is not an absolute path; podman and docker reject a relative -w`,
      'use an absolute path inside the container, e.g. "/workspace"',
    );
  }
  const cpus = node(ctx, 'oci.cpu_quota');
  if (
    cpus?.type === 'string' &&
    !(/^\d+(\.\d+)?$/.test(cpus.value as string) && Number(cpus.value) > 0)
  ) {
    add(
      ctx,
      'error',
      'oci-cpu-quota',
      'oci.cpu_quota',
      cpus.valuePos,
      `[oci].cpu_quota ${JSON.stringify(cpus.value)} is not a positive number of CPUs (passed as --cpus)`,
      'use a decimal such as "1.5"',
    );
  }
  const memory = node(ctx, 'oci.memory_limit');
  if (memory?.type === 'string' && !/^\d+(\.\d+)?[bkmgBKMG]?$/.test(memory.value as string)) {
    add(
      ctx,
      'error',
      'oci-memory-limit',
      'oci.memory_limit',
      memory.valuePos,
      `[oci].memory_limit ${JSON.stringify(memory.value)} is not a size podman and docker accept (passed as --memory)`,
      'use a number with an optional unit b, k, m or g, e.g. "512m"',
    );
  }
  for (const { value, at } of strings(ctx, 'oci.entrypoint')) {
    if (value === '')
      add(
        ctx,
        'error',
        'oci-entrypoint',
        'oci.entrypoint',
        at.valuePos,
        '[oci].entrypoint has an empty element',
        'remove the empty string',
      );
  }
}

function checkCapabilities(ctx: RuleContext): void {
  for (const mode of ['read', 'write']) {
    for (const { value, at } of strings(ctx, `capabilities.filesystem.${mode}`)) {
      const problem = globProblem(value);
      if (problem)
        add(
          ctx,
          'error',
          'glob',
          `capabilities.filesystem.${mode}`,
          at.valuePos,
          `filesystem.${mode} pattern ${JSON.stringify(value)} does not compile: ${problem}`,
          'fix the pattern (doublestar syntax: *, **, ?, [abc], {a,b})',
        );
    }
  }
  for (const { value, at } of strings(ctx, 'capabilities.env')) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
      add(
        ctx,
        'error',
        'env-key',
        'capabilities.env',
        at.valuePos,
        `capabilities.env entry ${JSON.stringify(value)} is not an environment variable name`,
        'list bare names such as "HOME" (letters, digits, "_"; no "=" or values)',
      );
    }
  }
  for (const key of ['hosts', 'allowed_hosts', 'outbound']) {
    for (const { value, at } of strings(ctx, `capabilities.network.${key}`)) {
      if (/^[a-z]+:\/\//i.test(value) || value.includes('/')) {
        const host = value.replace(/^[a-z]+:\/\//i, '').split('/')[0];
        add(
          ctx,
          'error',
          'network-host',
          `capabilities.network.${key}`,
          at.valuePos,
          `network.${key} entry ${JSON.stringify(value)} is a URL; Samuel compares bare host names`,
          `write just the host, e.g. "${host}"`,
        );
      }
    }
  }
}

const globVerdicts = new Map<string, string | undefined>();

/** Why a doublestar pattern would not compile, or undefined when it does (memoised: monorepos repeat globs). */
export function globProblem(pattern: string): string | undefined {
  if (globVerdicts.has(pattern)) return globVerdicts.get(pattern);
  const verdict = compileGlob(pattern);
  if (globVerdicts.size > 10_000) globVerdicts.clear();
  globVerdicts.set(pattern, verdict);
  return verdict;
}

function compileGlob(pattern: string): string | undefined {
  if (pattern === '') return 'the pattern is empty';
  if (/(^|[^\\])(\\\\)*\\$/.test(pattern)) return 'it ends with an unfinished escape "\\"';
  try {
    picomatch.makeRe(pattern, { strictBrackets: true });
  } catch (e) {
    const msg = (e as Error).message;
    if (/[[\]]/.test(msg)) return 'a "[" is never closed';
    if (/[{}]/.test(msg)) return 'a "{" is never closed';
    if (/[()]/.test(msg)) return 'a "(" is never closed';
    return msg;
  }
  return undefined;
}

function checkRuntime(ctx: RuleContext): void {
  const maxMemory = node(ctx, 'runtime.max_memory');
  if (maxMemory?.type === 'integer') {
    const v = maxMemory.value as number;
    const problem =
      v < 1
        ? [
            `runtime.max_memory must be at least 1 (MiB), found ${v}`,
            "set a budget in MiB, e.g. max_memory = 64 (Samuel's default)",
          ]
        : v > WASM32_MAX_MIB
          ? [
              `runtime.max_memory ${v} MiB exceeds what a wasm32 module can address (${WASM32_MAX_MIB} MiB)`,
              `use at most ${WASM32_MAX_MIB}`,
            ]
          : undefined;
    if (problem)
      add(
        ctx,
        'error',
        'runtime-max-memory',
        'runtime.max_memory',
        maxMemory.valuePos,
        problem[0]!,
        problem[1]!,
      );
  }
  const durations: Record<string, number | undefined> = {};
  for (const key of ['timeout', 'hard_timeout']) {
    const n = node(ctx, `runtime.${key}`);
    if (n?.type !== 'string') continue;
    const ms = parseGoDuration((n.value as string).trim());
    if (ms === undefined) {
      add(
        ctx,
        'error',
        'runtime-duration',
        `runtime.${key}`,
        n.valuePos,
        `runtime.${key} ${JSON.stringify(n.value)} is not a Go duration; Samuel would silently use its default`,
        'write a number with a unit, e.g. "5s", "1500ms" or "2m"',
      );
    } else if (ms <= 0) {
      add(
        ctx,
        'warning',
        'runtime-duration',
        `runtime.${key}`,
        n.valuePos,
        `runtime.${key} ${JSON.stringify(n.value)} is not positive; Samuel ignores it and uses ${key === 'timeout' ? '5s' : '30s'}`,
        'use a positive duration or remove the key',
      );
    } else {
      durations[key] = ms;
    }
  }
  const soft = durations.timeout ?? 5000;
  const hard = durations.hard_timeout ?? 30000;
  if ((durations.timeout !== undefined || durations.hard_timeout !== undefined) && soft >= hard) {
    const at =
      node(ctx, 'runtime.timeout')?.valuePos ?? node(ctx, 'runtime.hard_timeout')!.valuePos;
    add(
      ctx,
      'warning',
      'runtime-timeouts',
      'runtime.timeout',
      at,
      `the soft timeout (${soft} ms) is not below the hard timeout (${hard} ms), so it can never warn`,
      'make timeout shorter than hard_timeout',
    );
  }
}
