/**
 * `init`: sets up a plugin repository from a template — the manifest, the template's sources,
 * the release and pull-request workflows, a README section on releasing and verifying. Never
 * overwrites a file unless forced; on an existing plugin it adds only the workflows.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ConfigurationError, UsageError } from '../errors.js';
import { writeFileAtomic } from '../util/files.js';
import { nameProblem } from '../samuel/names.js';
import { chooseTemplate, templatesRoot, type InitKind, type InitLanguage } from './templates.js';
import {
  localReleaseCommand,
  pullRequestWorkflow,
  readmeSection,
  releaseWorkflow,
} from './workflows.js';

export { KINDS, LANGUAGES, type InitKind, type InitLanguage } from './templates.js';
export { releaseWorkflow, pullRequestWorkflow, WORKFLOW_REF } from './workflows.js';

export interface InitOptions {
  dir: string;
  name: string;
  kind: InitKind;
  language?: InitLanguage;
  /** Overwrite files that exist. */
  force: boolean;
  /** oci: the GitHub owner whose ghcr.io namespace the image is published to. */
  owner?: string;
}

export interface InitResult {
  /** Files written, relative to `dir`. */
  written: string[];
  /** Files that existed and were kept. */
  kept: string[];
  /** True when `dir` already held a plugin, so only the workflows were added. */
  existing: boolean;
  /** The local release dry run for this template (its build flags included). */
  releaseCommand: string;
}

/** The ghcr.io namespace the oci template's `[oci].image` names. */
export const TEMPLATE_IMAGE_OWNER = 'ghcr.io/samuelpkg/';

/** A GitHub user or organisation name, lowercased as ghcr.io spells it. */
export const OWNER_RE = /^[a-z0-9][a-z0-9-]{0,38}$/;

/** A GitHub owner as ghcr.io spells it (lowercase), or a UsageError with the fix. */
export function checkOwner(owner: string): string {
  const lower = owner.toLowerCase();
  if (!OWNER_RE.test(lower)) {
    throw new UsageError(`"${owner}" is not a GitHub user or organisation name`, {
      fix: 'pass --owner with the account that owns the repository, e.g. --owner acme',
    });
  }
  return lower;
}

/** Samuel's plugin name rule, with the fix: the same check `validate` makes. */
export function checkName(name: string): void {
  const problem = nameProblem(name);
  if (problem) {
    throw new UsageError(`"${name}" is not a plugin name Samuel accepts: ${problem.why}`, {
      fix: problem.fix,
    });
  }
}

export async function initPlugin(options: InitOptions): Promise<InitResult> {
  checkName(options.name);
  const result: InitResult = { written: [], kept: [], existing: false, releaseCommand: '' };
  await mkdir(options.dir, { recursive: true });
  const manifestPath = join(options.dir, 'samuel-plugin.toml');
  const existingKind = existsSync(manifestPath) ? await kindOf(manifestPath) : undefined;
  result.existing = existingKind !== undefined;
  const kind = existingKind ?? options.kind;
  const files = new Map<string, string | Buffer>();
  let inputs: Record<string, string> = {};
  if (!result.existing) {
    const template = chooseTemplate(options.kind, options.language);
    inputs = template.inputs ?? {};
    const root = join(templatesRoot(), template.folder);
    for (const file of await listFiles(root, template.skip)) {
      let content: string | Buffer = await readFile(join(root, file));
      if (isText(file)) {
        content = content.toString('utf8').split(template.exampleName).join(options.name);
        // The template's image lives in this project's namespace; the plugin's lives in its owner's.
        if (options.owner)
          content = content.split(TEMPLATE_IMAGE_OWNER).join(`ghcr.io/${options.owner}/`);
      }
      files.set(file, content);
    }
    files.set('.gitignore', template.ignore.map((line) => `${line}\n`).join(''));
  }
  result.releaseCommand = localReleaseCommand(inputs);
  files.set('.github/workflows/release.yml', releaseWorkflow(kind, inputs));
  files.set('.github/workflows/pr.yml', pullRequestWorkflow(inputs));
  const readme = join(options.dir, 'README.md');
  const readmeText = existsSync(readme) ? await readFile(readme, 'utf8') : `# ${options.name}\n`;
  if (!readmeText.includes('## Releasing')) {
    files.set('README.md', readmeText.trimEnd() + '\n' + readmeSection(options.name, kind, inputs));
  }
  for (const [file, content] of files) {
    const target = join(options.dir, file);
    if (existsSync(target) && !options.force && file !== 'README.md') {
      result.kept.push(file);
      continue;
    }
    await mkdir(join(target, '..'), { recursive: true });
    await writeFileAtomic(target, content, { display: file });
    result.written.push(file);
  }
  return result;
}

async function kindOf(manifestPath: string): Promise<InitKind> {
  const text = await readFile(manifestPath, 'utf8');
  const kind = /^\s*kind\s*=\s*["']([a-z]+)["']/m.exec(text)?.[1];
  if (kind === 'wasm' || kind === 'oci' || kind === 'skill') return kind;
  throw new ConfigurationError(
    `${manifestPath} declares kind = "${kind ?? '?'}", which init cannot set up a release for`,
    { fix: 'init sets up wasm, oci and skill plugins (Samuel v2.3 cannot install meta plugins)' },
  );
}

async function listFiles(root: string, skip: string[], base = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (skip.includes(entry.name)) continue;
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path, skip, base)));
    else if (entry.isFile() && (await stat(path)).size < 1024 * 1024)
      out.push(relative(base, path));
  }
  return out.sort();
}

function isText(file: string): boolean {
  return /\.(toml|md|ts|json|go|mod|rs|c|h|yml|yaml|txt|mk)$|Makefile$|Containerfile$|Dockerfile$/.test(
    file,
  );
}
