/**
 * The plugin templates that ship with the toolkit (`templates/` beside `dist/`): which one
 * serves each kind and language, and where they are on disk.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IoError, UsageError } from '../errors.js';

export type InitKind = 'wasm' | 'oci' | 'skill';
export type InitLanguage = 'assemblyscript' | 'go' | 'rust' | 'c';

export interface TemplateChoice {
  /** Folder name under templates/. */
  folder: string;
  /** The example's own plugin name, replaced by the new plugin's. */
  exampleName: string;
  /** Files never copied (build output). */
  skip: string[];
  /** Inputs the reusable workflows need for this template. */
  inputs?: Record<string, string>;
  /**
   * The lines of the `.gitignore` init writes: build output and the release folder. Written from
   * here, because npm leaves every `.gitignore` out of a package; the template's own copy says
   * the same (tested).
   */
  ignore: string[];
}

const TEMPLATES: Record<string, TemplateChoice> = {
  'wasm/assemblyscript': {
    folder: 'wasm-example',
    exampleName: 'wasm-example',
    skip: ['plugin.wasm', 'node_modules'],
    ignore: ['node_modules/', 'plugin.wasm', 'samuel-release/'],
  },
  'wasm/go': {
    folder: 'wasm-go-example',
    exampleName: 'wasm-go-example',
    skip: ['plugin.wasm'],
    ignore: ['plugin.wasm', 'samuel-release/'],
  },
  'wasm/rust': {
    folder: 'wasm-rust-example',
    exampleName: 'wasm-rust-example',
    skip: ['plugin.wasm', 'target'],
    ignore: ['target/', 'plugin.wasm', 'samuel-release/'],
  },
  'wasm/c': {
    folder: 'wasm-c-example',
    exampleName: 'wasm-c-example',
    skip: ['plugin.wasm'],
    inputs: { toolchain: 'command', 'build-command': 'make plugin.wasm' },
    ignore: ['plugin.wasm', 'samuel-release/'],
  },
  skill: {
    folder: 'skill-example',
    exampleName: 'hello-skill',
    skip: ['SKILL.md.bundle'],
    ignore: ['samuel-release/'],
  },
  oci: {
    folder: 'oci-example',
    exampleName: 'oci-example',
    skip: ['oci-layout', 'bin'],
    inputs: { 'build-command': 'make binaries' },
    ignore: ['bin/', 'samuel-release/'],
  },
};

export const LANGUAGES: readonly InitLanguage[] = ['assemblyscript', 'go', 'rust', 'c'];
export const KINDS: readonly InitKind[] = ['wasm', 'oci', 'skill'];

/** The template for a kind (and, for wasm, a language; default AssemblyScript). */
export function chooseTemplate(kind: InitKind, language?: InitLanguage): TemplateChoice {
  if (kind !== 'wasm' && language) {
    throw new UsageError(`--language applies to wasm plugins, not ${kind}`, {
      fix: 'drop --language, or use --kind wasm',
    });
  }
  const key = kind === 'wasm' ? `wasm/${language ?? 'assemblyscript'}` : kind;
  const choice = TEMPLATES[key];
  if (!choice)
    throw new UsageError(`no template for ${key}`, { fix: `use --kind ${KINDS.join('|')}` });
  return choice;
}

/** The templates/ folder that ships beside this code (dist/ in the package, src/ in a checkout). */
export function templatesRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'templates', 'skill-example'))) return join(dir, 'templates');
    dir = dirname(dir);
  }
  throw new IoError('the plugin templates are missing from this installation', {
    fix: 'reinstall samuel-plugin-release (the package ships templates/ beside dist/)',
  });
}
