/**
 * Validates one manifest file: reads it defensively (directories, empty, binary and huge files
 * get a clear message), parses TOML with positions, checks field types and unknown keys, the
 * semantic rules, paths, and a skill's SKILL.md. Every finding carries file, line and column.
 */
import { statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { displayPath as display } from '../util/paths.js';
import type { Finding } from '../report/index.js';
import type { LoadedManifest } from './types.js';
import { IoError } from '../errors.js';
import { READ_LIMITS, readRegularFileSync } from '../util/files.js';
import { parseTomlTree, TomlSyntaxError, type TomlNode } from './toml.js';
import { foldKeyCase } from './key-case.js';
import { checkSchema } from './schema.js';
import { checkRules } from './rules/index.js';
import { pathEscape } from './paths.js';
import { positionsOf, toPluginManifest } from './typed.js';

export const MANIFEST_FILE = 'samuel-plugin.toml';
/** Real manifests are a few hundred bytes; anything past this is not one. */
export const MAX_MANIFEST_BYTES = READ_LIMITS.manifest;

export interface ValidateOptions {
  cwd?: string;
  /** Unknown keys become errors (the JSON schema's `additionalProperties: false`). */
  strict?: boolean;
  /** Release tag that must match `version` (with or without "v"). */
  tag?: string;
  /** The release step will pin [oci].image to the pushed digest. */
  willPin?: boolean;
}

export interface ValidationResult {
  /** Absolute manifest path. */
  file: string;
  /** The path as shown in messages (relative to cwd when inside it). */
  displayPath: string;
  findings: Finding[];
  /** Set when the manifest has no errors. */
  loaded?: LoadedManifest;
}

/**
 * The manifest file and its `stat` (links followed). Blocking calls: each is microseconds on a
 * manifest, against tens through the thread pool.
 */
function locateManifest(pathOrDir: string, cwd: string): { file: string; info: Stats } {
  const abs = resolve(cwd, pathOrDir);
  let info;
  try {
    info = statSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const fix = 'pass the plugin directory or its samuel-plugin.toml';
    if (code === 'ENOENT') throw new IoError(`${pathOrDir}: no such file or directory`, { fix });
    throw new IoError(`${pathOrDir}: ${(e as Error).message}`, { cause: e, fix });
  }
  if (!info.isDirectory()) return { file: abs, info };
  const inside = join(abs, MANIFEST_FILE);
  let innerInfo;
  try {
    innerInfo = statSync(inside);
  } catch (e) {
    throw new IoError(`${pathOrDir} has no ${MANIFEST_FILE}`, {
      cause: e,
      fix: `pass the directory that holds ${MANIFEST_FILE}, or create one (see templates/ for examples)`,
    });
  }
  if (innerInfo.isDirectory()) {
    throw new IoError(`${display(inside, cwd)} is a directory, not a file`, {
      fix: `make ${MANIFEST_FILE} a TOML file`,
    });
  }
  return { file: inside, info: innerInfo };
}

/** Validates the manifest at `pathOrDir` (a plugin directory or the manifest itself). */
export async function validateManifestFile(
  pathOrDir: string,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const cwd = options.cwd ?? process.cwd();
  const { file, info } = locateManifest(pathOrDir, cwd);
  const displayPath = display(file, cwd);
  const result: ValidationResult = { file, displayPath, findings: [] };
  if (info.size > MAX_MANIFEST_BYTES) {
    result.findings.push(
      fileFinding(
        displayPath,
        'file-too-large',
        `the manifest is ${info.size} bytes; a samuel-plugin.toml is at most ${MAX_MANIFEST_BYTES} bytes`,
        'point at the real samuel-plugin.toml (a few hundred bytes of TOML)',
      ),
    );
    return result;
  }
  // A FIFO or a device (`/dev/zero`) is refused before anything is read: it could block or
  // never end.
  const bytes = readRegularFileSync(file, {
    maxBytes: MAX_MANIFEST_BYTES,
    display: displayPath,
    what: 'manifest',
  });
  const checked = await validateManifestBytes(bytes, { ...options, file, displayPath });
  if (basename(file) !== MANIFEST_FILE) {
    checked.findings.unshift({
      severity: 'warning',
      rule: 'file-name',
      message: `Samuel reads the manifest only from a file named ${MANIFEST_FILE}, not ${basename(file)}`,
      fix: `rename it to ${MANIFEST_FILE}, or pass the plugin directory`,
      file: displayPath,
      line: 1,
      col: 1,
    });
  }
  return checked;
}

function fileFinding(
  file: string,
  rule: string,
  message: string,
  fix: string,
  line = 1,
  col = 1,
): Finding {
  return { severity: 'error', rule, message, fix, file, line, col };
}

/**
 * Validates manifest content already in memory. `file` (absolute) locates the plugin directory
 * for path and SKILL.md checks; `displayPath` is what messages show.
 */
export async function validateManifestBytes(
  bytes: Buffer,
  options: ValidateOptions & { file: string; displayPath: string },
): Promise<ValidationResult> {
  const { file, displayPath } = options;
  const cwd = options.cwd ?? process.cwd();
  const result: ValidationResult = { file, displayPath, findings: [] };
  const fail = (rule: string, message: string, fix: string, line = 1, col = 1) => {
    result.findings.push(fileFinding(displayPath, rule, message, fix, line, col));
    return result;
  };
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    return fail(
      'file-empty',
      'the manifest is empty',
      'add at least name, version and kind (see templates/ for examples)',
    );
  }
  const nul = bytes.indexOf(0);
  let text: string;
  try {
    if (nul >= 0) throw new Error('NUL byte');
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = nul >= 0 ? nul : firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, offset).toString('latin1');
    const line = before.split('\n').length;
    const col = offset - before.lastIndexOf('\n');
    return fail(
      'file-binary',
      'the manifest is not UTF-8 text (it looks like a binary file)',
      `${MANIFEST_FILE} must be a UTF-8 TOML file`,
      line,
      col,
    );
  }

  const bareCr = /\r(?!\n)/.exec(text);
  if (bareCr) {
    const before = text.slice(0, bareCr.index);
    return fail(
      'toml-syntax',
      "manifest is not valid TOML: a carriage return without a line feed (Samuel's parser wants \\r\\n or \\n)",
      `save ${MANIFEST_FILE} with \\n or \\r\\n line endings`,
      before.split('\n').length,
      bareCr.index - before.lastIndexOf('\n'),
    );
  }
  if (text.startsWith('\uFEFF')) {
    return fail(
      'toml-syntax',
      "manifest is not valid TOML: it starts with a UTF-8 byte order mark, which Samuel's parser rejects",
      `save ${MANIFEST_FILE} as UTF-8 without a byte order mark`,
      1,
      1,
    );
  }
  let root: TomlNode;
  try {
    root = parseTomlTree(text);
  } catch (e) {
    if (e instanceof TomlSyntaxError) {
      return fail(
        'toml-syntax',
        `manifest is not valid TOML: ${e.message}`,
        'fix the TOML syntax at this position',
        e.line,
        e.col,
      );
    }
    throw e;
  }

  foldKeyCase(root, displayPath, result.findings);
  const badTypes = new Set<string>();
  checkSchema(root, {
    file: displayPath,
    strict: options.strict === true,
    findings: result.findings,
    badTypes,
  });
  const ruleContext = {
    root,
    file: displayPath,
    findings: result.findings,
    badTypes,
    willPin: options.willPin === true,
  };
  checkRules(options.tag === undefined ? ruleContext : { ...ruleContext, tag: options.tag });

  const dir = dirname(file);
  const kind = root.entries?.get('kind')?.value;
  const name = root.entries?.get('name');
  const module = root.entries?.get('wasm')?.entries?.get('module');
  if (kind === 'wasm' && module?.type === 'string' && (module.value as string).trim() !== '') {
    const problem = await pathEscape(dir, module.value as string);
    if (problem) {
      result.findings.push({
        severity: 'error',
        rule: 'path-escape',
        message: `[wasm].module ${JSON.stringify(module.value)} must stay inside the plugin directory: ${problem}`,
        fix: 'use a path relative to the plugin directory, e.g. "plugin.wasm"',
        field: 'wasm.module',
        file: displayPath,
        line: module.valuePos.line,
        col: module.valuePos.col,
      });
    }
  }
  for (const item of root.entries?.get('provides')?.entries?.get('skills')?.items ?? []) {
    if (item.type !== 'string' || !/[/\\]|^\.\.?$/.test(item.value as string)) continue;
    const problem = await pathEscape(dir, item.value as string);
    if (problem) {
      result.findings.push({
        severity: 'error',
        rule: 'path-escape',
        message: `provides.skills entry ${JSON.stringify(item.value)} must stay inside the plugin directory: ${problem}`,
        fix: 'use a path relative to the plugin directory',
        field: 'provides.skills',
        file: displayPath,
        line: item.valuePos.line,
        col: item.valuePos.col,
      });
    }
  }
  if (kind === 'skill') {
    // Loaded here, for skills only: its YAML parser is most of the code a validation loads.
    const { checkSkillFile } = await import('./skill.js');
    const skillFile = join(dir, 'SKILL.md');
    const manifestName = name?.type === 'string' ? (name.value as string) : undefined;
    result.findings.push(
      ...(await checkSkillFile(skillFile, display(skillFile, cwd), manifestName, displayPath)),
    );
  }

  // Report in reading order within each file (SKILL.md findings after the manifest's).
  result.findings.sort((a, b) =>
    a.file === b.file
      ? (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0)
      : a.file === displayPath
        ? -1
        : 1,
  );
  if (!result.findings.some((f) => f.severity === 'error')) {
    result.loaded = {
      file,
      dir,
      source: text,
      manifest: toPluginManifest(root),
      positions: positionsOf(root),
    };
  }
  return result;
}

function firstInvalidUtf8(bytes: Buffer): number {
  let lo = 0;
  let hi = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
