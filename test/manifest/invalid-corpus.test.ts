/**
 * One invalid manifest per rule, each asserting the exact message and line:column of the first
 * error. The valid bases below validate cleanly (checked first), so each case differs from a
 * valid manifest by exactly the mistake it is named after.
 */
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifestFile } from '../../src/manifest/validate.js';
import { cleanPlugins, makePlugin } from '../helpers/plugin.js';

const WASM = `name = "demo-plugin"
version = "1.0.0"
kind = "wasm"

[wasm]
module = "plugin.wasm"
exports = ["greet"]
`;
const OCI = `name = "demo-oci"
version = "1.0.0"
kind = "oci"

[oci]
image = "ghcr.io/acme/demo-oci@sha256:${'a'.repeat(64)}"
`;
const SKILL = `name = "demo-skill"
version = "1.0.0"
kind = "skill"
`;
const SKILL_MD = '---\nname: demo-skill\ndescription: A demo.\n---\n# Demo\n';
const META = `name = "demo-meta"
version = "1.0.0"
kind = "meta"

[requires]
demo-plugin = "^1.0.0"
`;

interface Case {
  name: string;
  toml: string | Buffer;
  files?: Record<string, string>;
  options?: { strict?: boolean; tag?: string; willPin?: boolean };
  rule: string;
  at: string;
  message: string;
}

const swap = (base: string, from: string, to: string): string => {
  if (!base.includes(from)) throw new Error(`case base lacks ${from}`);
  return base.replace(from, to);
};

const CASES: Case[] = [
  // File level
  { name: 'empty file', toml: '', rule: 'file-empty', at: '1:1', message: 'the manifest is empty' },
  {
    name: 'whitespace only',
    toml: '\n  \n',
    rule: 'file-empty',
    at: '1:1',
    message: 'the manifest is empty',
  },
  {
    name: 'binary (NUL byte)',
    toml: Buffer.from([0x6e, 0x61, 0x0a, 0x00, 0x01]),
    rule: 'file-binary',
    at: '2:1',
    message: 'the manifest is not UTF-8 text (it looks like a binary file)',
  },
  {
    name: 'invalid UTF-8',
    toml: Buffer.concat([Buffer.from('name = "'), Buffer.from([0xff, 0xfe]), Buffer.from('"\n')]),
    rule: 'file-binary',
    at: '1:9',
    message: 'the manifest is not UTF-8 text (it looks like a binary file)',
  },
  // TOML syntax
  {
    name: 'unterminated string',
    toml: 'name = "demo\nversion = "1.0.0"\n',
    rule: 'toml-syntax',
    at: '1:13',
    message: 'manifest is not valid TOML: unterminated string constant',
  },
  {
    name: 'duplicate key',
    toml: 'name = "again"\n' + WASM,
    rule: 'toml-syntax',
    at: '2:1',
    message: 'manifest is not valid TOML: defining a key multiple times is invalid',
  },
  {
    name: 'duplicate table',
    toml: WASM + '[wasm]\n',
    rule: 'toml-syntax',
    at: '8:2',
    message: 'manifest is not valid TOML: defining a key multiple times is invalid',
  },
  {
    name: 'missing value',
    toml: 'name =\nversion = "1.0.0"\n',
    rule: 'toml-syntax',
    at: '1:6',
    message: 'manifest is not valid TOML: a key has no value after "="',
  },
  {
    name: 'bare word value',
    toml: 'name = demo\n',
    rule: 'toml-syntax',
    at: '1:8',
    message: 'manifest is not valid TOML: unexpected character',
  },
  {
    name: 'unclosed table header',
    toml: 'name = "demo"\n[wasm\n',
    rule: 'toml-syntax',
    at: '3:1',
    message: 'manifest is not valid TOML: unterminated table-key',
  },
  // Required identity
  {
    name: 'missing name',
    toml: swap(WASM, 'name = "demo-plugin"\n', ''),
    rule: 'required',
    at: '1:1',
    message: "manifest missing required field 'name'",
  },
  {
    name: 'missing version',
    toml: swap(WASM, 'version = "1.0.0"\n', ''),
    rule: 'required',
    at: '1:1',
    message: "manifest missing required field 'version'",
  },
  {
    name: 'missing kind',
    toml: swap(WASM, 'kind = "wasm"\n', ''),
    rule: 'required',
    at: '1:1',
    message: "manifest missing required field 'kind'",
  },
  {
    name: 'identity key inside [plugin]',
    toml: '[plugin]\nname = "demo"\nversion = "1.0.0"\nkind = "skill"\n',
    files: { 'SKILL.md': SKILL_MD },
    rule: 'required',
    at: '1:1',
    message: "manifest missing required field 'name'",
  },
  // Types
  {
    name: 'name not a string',
    toml: swap(WASM, 'name = "demo-plugin"', 'name = 42'),
    rule: 'type',
    at: '1:8',
    message: '"name" must be a string, found an integer (42)',
  },
  {
    name: 'version as float',
    toml: swap(WASM, 'version = "1.0.0"', 'version = 1.0'),
    rule: 'type',
    at: '2:11',
    message: '"version" must be a string, found a float (1)',
  },
  {
    name: 'kind as array',
    toml: swap(WASM, 'kind = "wasm"', 'kind = ["wasm"]'),
    rule: 'type',
    at: '3:8',
    message: '"kind" must be a string, found an array',
  },
  {
    name: 'summary not a string',
    toml: WASM.replace('[wasm]', 'summary = true\n\n[wasm]'),
    rule: 'type',
    at: '5:11',
    message: '"summary" must be a string, found a boolean (true)',
  },
  {
    name: 'license not a string',
    toml: WASM.replace('[wasm]', 'license = 2024-01-01\n\n[wasm]'),
    rule: 'type',
    at: '5:11',
    message: '"license" must be a string, found a date-time',
  },
  {
    name: 'authors not an array',
    toml: WASM.replace('[wasm]', 'authors = "me"\n\n[wasm]'),
    rule: 'type',
    at: '5:11',
    message: '"authors" must be an array of strings, found a string ("me")',
  },
  {
    name: 'authors element not a string',
    toml: WASM.replace('[wasm]', 'authors = ["me", 7]\n\n[wasm]'),
    rule: 'type',
    at: '5:18',
    message: 'element 2 of "authors" must be a string, found an integer (7)',
  },
  {
    name: 'samuel not a table',
    toml: WASM.replace('[wasm]', 'samuel = "^2"\n\n[wasm]'),
    rule: 'type',
    at: '5:10',
    message: '"samuel" must be a table, found a string ("^2")',
  },
  {
    name: 'samuel.framework not a string',
    toml: WASM + '\n[samuel]\nframework = 2\n',
    rule: 'type',
    at: '10:13',
    message: '"samuel.framework" must be a string, found an integer (2)',
  },
  {
    name: 'provides.skills not an array',
    toml: WASM + '\n[provides]\nskills = "lint"\n',
    rule: 'type',
    at: '10:10',
    message: '"provides.skills" must be an array of strings, found a string ("lint")',
  },
  {
    name: 'provides.commands element type',
    toml: WASM + '\n[provides]\ncommands = [1]\n',
    rule: 'type',
    at: '10:13',
    message: 'element 1 of "provides.commands" must be a string, found an integer (1)',
  },
  {
    name: 'requires not a table',
    toml: WASM.replace('[wasm]', 'requires = ["other"]\n\n[wasm]'),
    rule: 'type',
    at: '5:12',
    message: '"requires" must be a table of strings, found an array',
  },
  {
    name: 'requires value not a string',
    toml: swap(META, 'demo-plugin = "^1.0.0"', 'demo-plugin = 1'),
    rule: 'type',
    at: '6:15',
    message: '"requires.demo-plugin" must be a version range string, found an integer (1)',
  },
  {
    name: 'capabilities.exec not a boolean',
    toml: WASM + '\n[capabilities]\nexec = "yes"\n',
    rule: 'type',
    at: '10:8',
    message: '"capabilities.exec" must be a boolean (true or false), found a string ("yes")',
  },
  {
    name: 'filesystem.read not an array',
    toml: WASM + '\n[capabilities.filesystem]\nread = "src/**"\n',
    rule: 'type',
    at: '10:8',
    message:
      '"capabilities.filesystem.read" must be an array of strings, found a string ("src/**")',
  },
  {
    name: 'network.hosts element type',
    toml: WASM + '\n[capabilities.network]\nhosts = [true]\n',
    rule: 'type',
    at: '10:10',
    message: 'element 1 of "capabilities.network.hosts" must be a string, found a boolean (true)',
  },
  {
    name: 'capabilities.samuel.api type',
    toml: WASM + '\n[capabilities.samuel]\napi = 1\n',
    rule: 'type',
    at: '10:7',
    message: '"capabilities.samuel.api" must be a boolean (true or false), found an integer (1)',
  },
  {
    name: 'capabilities.assistant.invoke type',
    toml: WASM + '\n[capabilities.assistant]\ninvoke = "true"\n',
    rule: 'type',
    at: '10:10',
    message:
      '"capabilities.assistant.invoke" must be a boolean (true or false), found a string ("true")',
  },
  {
    name: 'metadata not a table',
    toml: WASM.replace('[wasm]', 'metadata = "x"\n\n[wasm]'),
    rule: 'type',
    at: '5:12',
    message: '"metadata" must be a table, found a string ("x")',
  },
  {
    name: 'wasm as array of tables',
    toml: swap(WASM, '[wasm]', '[[wasm]]'),
    rule: 'type',
    at: '5:1',
    message: '"wasm" must be a table, found an array of tables',
  },
  {
    name: 'wasm.module not a string',
    toml: swap(WASM, 'module = "plugin.wasm"', 'module = ["plugin.wasm"]'),
    rule: 'type',
    at: '6:10',
    message: '"wasm.module" must be a string, found an array',
  },
  {
    name: 'runtime.max_memory as string',
    toml: WASM + '\n[runtime]\nmax_memory = "64"\n',
    rule: 'type',
    at: '10:14',
    message: '"runtime.max_memory" must be an integer, found a string ("64")',
  },
  {
    name: 'runtime.max_memory as float',
    toml: WASM + '\n[runtime]\nmax_memory = 64.5\n',
    rule: 'type',
    at: '10:14',
    message: '"runtime.max_memory" must be an integer, found a float (64.5)',
  },
  {
    name: 'oci.entrypoint not an array',
    toml: OCI + 'entrypoint = "/bin/run"\n',
    rule: 'type',
    at: '7:14',
    message: '"oci.entrypoint" must be an array of strings, found a string ("/bin/run")',
  },
  // Name
  {
    name: 'name with uppercase',
    toml: swap(WASM, '"demo-plugin"', '"Demo-Plugin"'),
    rule: 'name-pattern',
    at: '1:8',
    message: 'invalid plugin name "Demo-Plugin": it has uppercase letters',
  },
  {
    name: 'name too short',
    toml: swap(WASM, '"demo-plugin"', '"d"'),
    rule: 'name-pattern',
    at: '1:8',
    message: 'invalid plugin name "d": it is shorter than 2 characters',
  },
  {
    name: 'name too long',
    toml: swap(WASM, '"demo-plugin"', `"${'a'.repeat(65)}"`),
    rule: 'name-pattern',
    at: '1:8',
    message: `invalid plugin name "${'a'.repeat(65)}": it is 65 characters long (at most 64)`,
  },
  {
    name: 'name ends with dash',
    toml: swap(WASM, '"demo-plugin"', '"demo-"'),
    rule: 'name-pattern',
    at: '1:8',
    message: 'invalid plugin name "demo-": it ends with "-"',
  },
  {
    name: 'name starts with dash',
    toml: swap(WASM, '"demo-plugin"', '"-demo"'),
    rule: 'name-pattern',
    at: '1:8',
    message: 'invalid plugin name "-demo": it starts with "-"',
  },
  {
    name: 'name with underscore and dot',
    toml: swap(WASM, '"demo-plugin"', '"demo_plugin.v2"'),
    rule: 'name-pattern',
    at: '1:8',
    message:
      'invalid plugin name "demo_plugin.v2": it has characters other than a-z, 0-9 and "-" ("_.")',
  },
  // Version and tag
  {
    name: 'version two parts',
    toml: swap(WASM, '"1.0.0"', '"1.0"'),
    rule: 'version-semver',
    at: '2:11',
    message: 'version "1.0" is not a semantic version (MAJOR.MINOR.PATCH)',
  },
  {
    name: 'version with v prefix',
    toml: swap(WASM, '"1.0.0"', '"v1.0.0"'),
    rule: 'version-semver',
    at: '2:11',
    message: 'version "v1.0.0" has a "v" prefix; the manifest holds the bare version',
  },
  {
    name: 'version empty',
    toml: swap(WASM, '"1.0.0"', '""'),
    rule: 'required',
    at: '2:11',
    message: "manifest missing required field 'version'",
  },
  {
    name: 'version with leading zero',
    toml: swap(WASM, '"1.0.0"', '"01.0.0"'),
    rule: 'version-semver',
    at: '2:11',
    message: 'version "01.0.0" is not a semantic version (MAJOR.MINOR.PATCH)',
  },
  {
    name: 'tag does not match version',
    toml: WASM,
    options: { tag: 'v1.0.1' },
    rule: 'tag-version',
    at: '2:11',
    message: 'the release tag "v1.0.1" does not match version "1.0.0"',
  },
  // Kind
  {
    name: 'kind unknown',
    toml: swap(WASM, '"wasm"', '"plugin"'),
    rule: 'kind-enum',
    at: '3:8',
    message: 'invalid plugin kind "plugin"',
  },
  {
    name: 'kind capitalised',
    toml: swap(WASM, '"wasm"', '"WASM"'),
    rule: 'kind-enum',
    at: '3:8',
    message: 'invalid plugin kind "WASM" — did you mean "wasm"?',
  },
  // Homepage
  {
    name: 'homepage without scheme',
    toml: WASM.replace('[wasm]', 'homepage = "github.com/acme/demo"\n\n[wasm]'),
    rule: 'homepage-uri',
    at: '5:12',
    message: 'homepage "github.com/acme/demo" is not an absolute URI',
  },
  // Ranges
  {
    name: 'framework range garbage',
    toml: WASM + '\n[samuel]\nframework = "^banana"\n',
    rule: 'range',
    at: '10:13',
    message:
      'invalid samuel.framework version range: "^banana" is not a version requirement (expected forms like ^1.2.3, ~1.2, >=1.0, <2.0)',
  },
  {
    name: 'protocol range stray comma',
    toml: WASM + '\n[samuel]\nprotocol = ">=1.0,"\n',
    rule: 'range',
    at: '10:12',
    message:
      'invalid samuel.protocol version range: ">=1.0," has an empty comparator (a stray comma)',
  },
  {
    name: 'framework range operator only',
    toml: WASM + '\n[samuel]\nframework = ">="\n',
    rule: 'range',
    at: '10:13',
    message: 'invalid samuel.framework version range: ">=" has an operator but no version',
  },
  {
    name: 'framework range v prefix',
    toml: WASM + '\n[samuel]\nframework = "^v2.3.0"\n',
    rule: 'range',
    at: '10:13',
    message:
      'invalid samuel.framework version range: "^v2.3.0": drop the "v" prefix (write ^2.3.0)',
  },
  {
    name: 'requires range empty',
    toml: swap(META, '"^1.0.0"', '""'),
    rule: 'range',
    at: '6:15',
    message: 'invalid version range for requires.demo-plugin: the range is empty',
  },
  {
    name: 'requires invalid plugin name',
    toml: swap(META, 'demo-plugin = "^1.0.0"', '"Demo_Plugin" = "^1.0.0"'),
    rule: 'requires-name',
    at: '6:1',
    message: '[requires] names "Demo_Plugin", which is not a valid plugin name',
  },
  // Meta
  {
    name: 'meta without [requires]',
    toml: SKILL.replace('"skill"', '"meta"').replace('demo-skill', 'demo-meta'),
    rule: 'meta-requires',
    at: '1:1',
    message: 'meta plugin must declare at least one entry in [requires]',
  },
  {
    name: 'meta with empty [requires]',
    toml: swap(META, 'demo-plugin = "^1.0.0"\n', ''),
    rule: 'meta-requires',
    at: '5:1',
    message: 'meta plugin must declare at least one entry in [requires]',
  },
  // Wasm
  {
    name: 'wasm without [wasm]',
    toml: 'name = "demo-plugin"\nversion = "1.0.0"\nkind = "wasm"\n\n[runtime]\nexports = ["greet"]\n',
    rule: 'wasm-module',
    at: '1:1',
    message: 'wasm manifest missing [wasm] module reference',
  },
  {
    name: 'wasm module empty',
    toml: swap(WASM, 'module = "plugin.wasm"', 'module = ""'),
    rule: 'wasm-module',
    at: '6:10',
    message: 'wasm manifest missing [wasm] module reference',
  },
  {
    name: 'wasm module key missing',
    toml: swap(WASM, 'module = "plugin.wasm"\n', ''),
    rule: 'wasm-module',
    at: '5:1',
    message: 'wasm manifest missing [wasm] module reference',
  },
  {
    name: 'wasm without exports',
    toml: swap(WASM, 'exports = ["greet"]\n', ''),
    rule: 'wasm-exports',
    at: '5:1',
    message: 'wasm manifest declares no exports',
  },
  {
    name: 'wasm with empty exports',
    toml: swap(WASM, '["greet"]', '[]'),
    rule: 'wasm-exports',
    at: '7:11',
    message: 'wasm manifest declares no exports',
  },
  {
    name: 'reserved export in [wasm]',
    toml: swap(WASM, '["greet"]', '["greet", "install"]'),
    rule: 'reserved-export',
    at: '7:21',
    message: 'export "install" collides with built-in samuel verb',
  },
  {
    name: 'reserved export in [runtime]',
    toml: WASM + '\n[runtime]\nexports = ["doctor"]\n',
    rule: 'reserved-export',
    at: '10:12',
    message: 'export "doctor" collides with built-in samuel verb',
  },
  {
    name: 'reserved export, other case',
    toml: swap(WASM, '["greet"]', '["Run"]'),
    rule: 'reserved-export',
    at: '7:12',
    message: 'export "Run" collides with built-in samuel verb',
  },
  {
    name: 'empty export name',
    toml: swap(WASM, '["greet"]', '["greet", ""]'),
    rule: 'export-name',
    at: '7:21',
    message: 'an export name is empty',
  },
  {
    name: 'module absolute path',
    toml: swap(WASM, '"plugin.wasm"', '"/tmp/plugin.wasm"'),
    rule: 'path-escape',
    at: '6:10',
    message:
      '[wasm].module "/tmp/plugin.wasm" must stay inside the plugin directory: it is an absolute path',
  },
  {
    name: 'module climbs out',
    toml: swap(WASM, '"plugin.wasm"', '"build/../../plugin.wasm"'),
    rule: 'path-escape',
    at: '6:10',
    message:
      '[wasm].module "build/../../plugin.wasm" must stay inside the plugin directory: it climbs out of the plugin directory with ".."',
  },
  // Runtime budgets
  {
    name: 'max_memory zero',
    toml: WASM + '\n[runtime]\nmax_memory = 0\n',
    rule: 'runtime-max-memory',
    at: '10:14',
    message: 'runtime.max_memory must be at least 1 (MiB), found 0',
  },
  {
    name: 'max_memory negative',
    toml: WASM + '\n[runtime]\nmax_memory = -64\n',
    rule: 'runtime-max-memory',
    at: '10:14',
    message: 'runtime.max_memory must be at least 1 (MiB), found -64',
  },
  {
    name: 'max_memory beyond wasm32',
    toml: WASM + '\n[runtime]\nmax_memory = 8192\n',
    rule: 'runtime-max-memory',
    at: '10:14',
    message: 'runtime.max_memory 8192 MiB exceeds what a wasm32 module can address (4096 MiB)',
  },
  {
    name: 'timeout not a duration',
    toml: WASM + '\n[runtime]\ntimeout = "5 seconds"\n',
    rule: 'runtime-duration',
    at: '10:11',
    message:
      'runtime.timeout "5 seconds" is not a Go duration; Samuel would silently use its default',
  },
  {
    name: 'hard_timeout without unit',
    toml: WASM + '\n[runtime]\nhard_timeout = "30"\n',
    rule: 'runtime-duration',
    at: '10:16',
    message:
      'runtime.hard_timeout "30" is not a Go duration; Samuel would silently use its default',
  },
  // OCI
  {
    name: 'oci without [oci]',
    toml: 'name = "demo-oci"\nversion = "1.0.0"\nkind = "oci"\n',
    rule: 'oci-image',
    at: '1:1',
    message: 'oci manifest missing [oci] image reference',
  },
  {
    name: 'oci image empty',
    toml: OCI.replace(/image = ".*"/, 'image = ""'),
    rule: 'oci-image',
    at: '6:9',
    message: 'oci manifest missing [oci] image reference',
  },
  {
    name: 'oci image tag only',
    toml: OCI.replace(/image = ".*"/, 'image = "ghcr.io/acme/demo-oci:1.0.0"'),
    rule: 'oci-image-pinned',
    at: '6:9',
    message: 'oci manifest image is not digest-pinned',
  },
  {
    name: 'oci image two owner segments',
    toml: OCI.replace('ghcr.io/acme/demo-oci', 'ghcr.io/acme/tools/demo-oci'),
    rule: 'oci-image',
    at: '6:9',
    message: `[oci].image "ghcr.io/acme/tools/demo-oci@sha256:${'a'.repeat(64)}" has 2 path segments between the registry and the name; Samuel accepts exactly one owner`,
  },
  {
    name: 'oci image without registry',
    toml: OCI.replace('ghcr.io/acme/demo-oci', 'acme/demo-oci'),
    rule: 'oci-image',
    at: '6:9',
    message: `[oci].image "acme/demo-oci@sha256:${'a'.repeat(64)}" has no registry or owner: Samuel needs registry/owner/name`,
  },
  {
    name: 'oci image uppercase owner',
    toml: OCI.replace('ghcr.io/acme/demo-oci', 'ghcr.io/Acme/demo-oci'),
    rule: 'oci-image',
    at: '6:9',
    message: `[oci].image "ghcr.io/Acme/demo-oci@sha256:${'a'.repeat(64)}" has uppercase letters in the owner or name; registries and Samuel need lowercase`,
  },
  {
    name: 'oci image short digest',
    toml: OCI.replace('a'.repeat(64), 'abc123'),
    rule: 'oci-image',
    at: '6:9',
    message: 'the digest "sha256:abc123" in [oci].image is not sha256:<64 lowercase hex>',
  },
  {
    name: 'oci zero digest on a release tag',
    toml: OCI.replace('a'.repeat(64), '0'.repeat(64)),
    options: { tag: 'v1.0.0' },
    rule: 'oci-zero-digest',
    at: '6:9',
    message: '[oci].image still has the all-zero placeholder digest on release tag "v1.0.0"',
  },
  {
    name: 'oci legacy digest disagrees',
    toml: OCI + `digest = "sha256:${'b'.repeat(64)}"\n`,
    rule: 'oci-digest-legacy',
    at: '7:10',
    message: `[oci].digest "sha256:${'b'.repeat(64)}" disagrees with the digest in [oci].image`,
  },
  {
    name: 'oci relative workdir',
    toml: OCI + 'workdir = "workspace"\n',
    rule: 'oci-workdir',
    at: '7:11',
    message:
      '[oci].workdir "workspace" is not an absolute path; podman and docker reject a relative -w',
  },
  {
    name: 'oci cpu_quota not a number',
    toml: OCI + 'cpu_quota = "two"\n',
    rule: 'oci-cpu-quota',
    at: '7:13',
    message: '[oci].cpu_quota "two" is not a positive number of CPUs (passed as --cpus)',
  },
  {
    name: 'oci memory_limit bad unit',
    toml: OCI + 'memory_limit = "512MiB"\n',
    rule: 'oci-memory-limit',
    at: '7:16',
    message:
      '[oci].memory_limit "512MiB" is not a size podman and docker accept (passed as --memory)',
  },
  {
    name: 'oci empty entrypoint element',
    toml: OCI + 'entrypoint = ["/bin/run", ""]\n',
    rule: 'oci-entrypoint',
    at: '7:27',
    message: '[oci].entrypoint has an empty element',
  },
  // Capabilities
  {
    name: 'glob with unclosed bracket',
    toml: WASM + '\n[capabilities.filesystem]\nread = ["src/[ab"]\n',
    rule: 'glob',
    at: '10:9',
    message: 'filesystem.read pattern "src/[ab" does not compile: a "[" is never closed',
  },
  {
    name: 'glob with unclosed brace',
    toml: WASM + '\n[capabilities.filesystem]\nwrite = ["out/{a,b"]\n',
    rule: 'glob',
    at: '10:10',
    message: 'filesystem.write pattern "out/{a,b" does not compile: a "{" is never closed',
  },
  {
    name: 'glob with trailing escape',
    toml: WASM + '\n[capabilities.filesystem]\nread = ["src\\\\"]\n',
    rule: 'glob',
    at: '10:9',
    message:
      'filesystem.read pattern "src\\\\" does not compile: it ends with an unfinished escape "\\"',
  },
  {
    name: 'env entry with a value',
    toml: WASM + '\n[capabilities]\nenv = ["HOME", "TOKEN=abc"]\n',
    rule: 'env-key',
    at: '10:16',
    message: 'capabilities.env entry "TOKEN=abc" is not an environment variable name',
  },
  {
    name: 'network host as URL',
    toml: WASM + '\n[capabilities.network]\nhosts = ["https://api.example.com/v1"]\n',
    rule: 'network-host',
    at: '10:10',
    message:
      'network.hosts entry "https://api.example.com/v1" is a URL; Samuel compares bare host names',
  },
  // Unknown keys under --strict
  {
    name: 'unknown top-level key (strict)',
    toml: WASM.replace('[wasm]', 'descripton = "x"\n\n[wasm]'),
    options: { strict: true },
    rule: 'unknown-key',
    at: '5:1',
    message: 'unknown key "descripton" in the top level; Samuel ignores it',
  },
  {
    name: 'typo in [wasm] (strict)',
    toml: swap(WASM, 'exports = ["greet"]', 'exports = ["greet"]\nexport = ["x"]'),
    options: { strict: true },
    rule: 'unknown-key',
    at: '8:1',
    message: 'unknown key "export" in [wasm]; Samuel ignores it — did you mean "exports"?',
  },
  {
    name: 'unknown table (strict)',
    toml: WASM + '\n[plugin]\nname = "x"\n',
    options: { strict: true },
    rule: 'unknown-key',
    at: '9:1',
    message: 'unknown key "plugin" in the top level; Samuel ignores it',
  },
  // Skill
  {
    name: 'skill without SKILL.md',
    toml: SKILL,
    rule: 'skill-md',
    at: '1:1',
    message: 'skill plugin has no SKILL.md next to its manifest',
  },
  {
    name: 'SKILL.md without front matter',
    toml: SKILL,
    files: { 'SKILL.md': '# Demo\n' },
    rule: 'skill-md',
    at: '1:1',
    message: 'SKILL.md does not start with YAML front matter (a line "---")',
  },
  {
    name: 'SKILL.md front matter not closed',
    toml: SKILL,
    files: { 'SKILL.md': '---\nname: demo-skill\n' },
    rule: 'skill-md',
    at: '1:1',
    message: 'SKILL.md front matter is never closed',
  },
  {
    name: 'SKILL.md name mismatch',
    toml: SKILL,
    files: { 'SKILL.md': '---\ndescription: A demo.\nname: other-skill\n---\n' },
    rule: 'skill-md',
    at: '3:7',
    message:
      'SKILL.md front matter name "other-skill" does not match the manifest name "demo-skill"',
  },
  {
    name: 'SKILL.md without name',
    toml: SKILL,
    files: { 'SKILL.md': '---\ndescription: A demo.\n---\n' },
    rule: 'skill-md',
    at: '2:1',
    message: 'SKILL.md front matter has no "name"',
  },
  {
    name: 'SKILL.md invalid YAML',
    toml: SKILL,
    files: { 'SKILL.md': '---\nname: [demo-skill\n---\n' },
    rule: 'skill-md',
    at: '2:18',
    message:
      'SKILL.md front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  },
  {
    name: 'skills path escapes',
    toml: SKILL + '\n[provides]\nskills = ["../other/skill"]\n',
    files: { 'SKILL.md': SKILL_MD },
    rule: 'path-escape',
    at: '6:11',
    message:
      'provides.skills entry "../other/skill" must stay inside the plugin directory: it climbs out of the plugin directory with ".."',
  },
];

afterAll(cleanPlugins);

describe('valid bases', () => {
  it.each([
    ['wasm', WASM, {}],
    ['oci', OCI, {}],
    ['skill', SKILL, { 'SKILL.md': SKILL_MD }],
    ['meta', META, {}],
  ])('%s base manifest has no findings', async (_kind, toml, files) => {
    const dir = makePlugin({ 'samuel-plugin.toml': toml, ...files });
    const result = await validateManifestFile(dir, { cwd: dir });
    // Samuel v2.3 validates meta manifests but cannot install them: that is the one warning.
    expect(result.findings.map((f) => f.rule)).toEqual(
      _kind === 'meta' ? ['meta-not-installable'] : [],
    );
    expect(result.loaded).toBeDefined();
  });
});

describe('what Samuel’s parser and doctor really do', () => {
  const at = (toml: string, files: Record<string, string> = {}) =>
    validateManifestFile(makePlugin({ 'samuel-plugin.toml': toml, ...files }), { cwd: tmpdir() });

  it('reads keys without regard to case, as go-toml does, and checks the key Samuel uses', async () => {
    const r = await at(
      'Name = "abc"\nversion = "1.0.0"\nkind = "wasm"\n[WASM]\nModule = "../x.wasm"\nexports = ["a"]\n',
    );
    expect(r.loaded?.manifest.name).toBeUndefined();
    expect(r.findings.map((f) => [f.rule, f.line, f.severity])).toEqual([
      ['key-case', 1, 'warning'],
      ['key-case', 4, 'warning'],
      ['key-case', 5, 'warning'],
      ['wasm-module-renamed', 5, 'notice'],
      ['path-escape', 5, 'error'],
    ]);
  });

  it('refuses a key spelled twice with different case', async () => {
    const r = await at('name = "abc"\nNAME = "xyz"\nversion = "1.0.0"\nkind = "skill"\n', {
      'SKILL.md': '---\nname: abc\ndescription: d\n---\n',
    });
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'key-case-duplicate',
        line: 2,
        message:
          '"name" and "NAME" in the top level are the same key to Samuel\'s parser, which matches keys without regard to case',
      }),
    ]);
  });

  it('rejects a UTF-8 byte order mark, as Samuel does', async () => {
    const r = await at('\uFEFFname = "abc"\nversion = "1.0.0"\nkind = "skill"\n');
    expect(r.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'toml-syntax',
        "manifest is not valid TOML: it starts with a UTF-8 byte order mark, which Samuel's parser rejects",
      ],
    ]);
  });

  it('matches monorepo tags that carry the plugin name, and only its own', async () => {
    const dir = makePlugin({
      'samuel-plugin.toml': 'name = "alpha"\nversion = "1.2.0"\nkind = "skill"\n',
      'SKILL.md': '---\nname: alpha\ndescription: d\n---\n',
    });
    for (const tag of ['v1.2.0', '1.2.0', 'alpha-v1.2.0', 'alpha/v1.2.0']) {
      expect((await validateManifestFile(dir, { cwd: dir, tag })).findings).toEqual([]);
    }
    for (const tag of ['beta-v1.2.0', 'alpha-v1.3.0', 'alpha/v1.3.0']) {
      const r = await validateManifestFile(dir, { cwd: dir, tag });
      expect({ tag, rules: r.findings.map((f) => f.rule) }).toEqual({
        tag,
        rules: ['tag-version'],
      });
    }
  });

  it('rejects a bare carriage return, as Samuel does', async () => {
    const r = await at('name = "abc"\r\r\nversion = "1.0.0"\nkind = "skill"\n');
    expect(r.findings.map((f) => [f.rule, f.line, f.message])).toEqual([
      [
        'toml-syntax',
        1,
        "manifest is not valid TOML: a carriage return without a line feed (Samuel's parser wants \\r\\n or \\n)",
      ],
    ]);
  });

  it('accepts the \\e escape go-toml reads, and nothing else from TOML 1.1', async () => {
    const ok = await at('name = "abc"\nversion = "1.0.0"\nkind = "skill"\nsummary = "bell\\e"\n', {
      'SKILL.md': '---\nname: abc\ndescription: d\n---\n',
    });
    expect(ok.findings).toEqual([]);
    expect(ok.loaded?.manifest.summary).toBe('bell\u001b');
    const bad = await at('name = "abc"\nversion = "1.0.0"\nkind = "skill"\nsummary = "\\x41"\n');
    expect(bad.findings.map((f) => f.rule)).toEqual(['toml-syntax']);
  });

  it('fails [runtime].exports that differ from [wasm].exports, as doctor reports "wasm manifest drift"', async () => {
    const base = 'name = "abc"\nversion = "1.0.0"\nkind = "wasm"\n[wasm]\nmodule = "plugin.wasm"\n';
    for (const [wasm, runtime] of [
      ['exports = ["a"]', 'exports = ["b"]'],
      ['', 'exports = ["a"]'],
      ['exports = ["a", "a"]', 'exports = ["a"]'],
    ]) {
      const r = await at(`${base}${wasm}\n[runtime]\n${runtime}\n`);
      expect(r.findings.map((f) => f.rule)).toContain('wasm-exports-drift');
    }
    const same = await at(`${base}exports = ["a", "b"]\n[runtime]\nexports = ["b", "a"]\n`);
    expect(same.findings.map((f) => f.rule)).not.toContain('wasm-exports-drift');
  });

  it('warns of a wasm network host listed in only one of hosts and outbound, at the entry', async () => {
    const net = (lists: string) => `${WASM}\n[capabilities.network]\n${lists}`;
    const one = await at(
      net('hosts = ["api.example.com", "cdn.example.com"]\noutbound = ["api.example.com"]\n'),
    );
    expect(
      one.findings
        .filter((f) => f.rule === 'network-lists')
        .map((f) => [f.severity, `${f.line}:${f.col}`, f.message, f.fix]),
    ).toEqual([
      [
        'warning',
        '10:29',
        'network host "cdn.example.com" is in hosts but not in outbound: Samuel v2.3 reads hosts where it applies the manifest\'s budgets and the outbound grants where it checks health and runs exports, so the host is denied on one of the two',
        'list "cdn.example.com" in both [capabilities.network].hosts and outbound',
      ],
    ]);
    const other = await at(net('outbound = ["api.example.com"]\n'));
    expect(other.findings.filter((f) => f.rule === 'network-lists').map((f) => f.message)).toEqual([
      expect.stringMatching(/^network host "api\.example\.com" is in outbound but not in hosts: /),
    ]);
    const both = await at(net('hosts = ["api.example.com"]\noutbound = ["api.example.com"]\n'));
    expect(both.findings.map((f) => f.rule)).not.toContain('network-lists');
    // An oci plugin's network is the container's: the two lists do not apply.
    const oci = await at(`${OCI}\n[capabilities.network]\noutbound = ["api.example.com"]\n`);
    expect(oci.findings.map((f) => f.rule)).not.toContain('network-lists');
  });
});

describe('invalid manifest corpus', () => {
  it('has at least 60 cases, each named once', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = makePlugin({ 'samuel-plugin.toml': c.toml, ...(c.files ?? {}) });
    const result = await validateManifestFile(dir, { cwd: dir, ...(c.options ?? {}) });
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(result.loaded).toBeUndefined();
    const match = errors.find((f) => f.rule === c.rule);
    expect({
      rule: match?.rule,
      at: `${match?.line}:${match?.col}`,
      message: match?.message,
    }).toEqual({
      rule: c.rule,
      at: c.at,
      message: c.message,
    });
    expect(match?.fix).toBeTruthy();
    for (const f of errors) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.col).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('symlinks', () => {
  it('rejects a module path whose folder is a symlink leading out of the plugin', async () => {
    const outside = makePlugin({ 'real.wasm': 'x' });
    const dir = makePlugin({
      'samuel-plugin.toml': swap(WASM, '"plugin.wasm"', '"build/plugin.wasm"'),
    });
    symlinkSync(outside, join(dir, 'build'));
    const result = await validateManifestFile(dir, { cwd: dir });
    const f = result.findings.find((x) => x.rule === 'path-escape');
    expect(f?.message).toMatch(
      /^\[wasm\]\.module "build\/plugin\.wasm" must stay inside the plugin directory: a symlink leads out of the plugin directory \(to .*plugin\.wasm\)$/,
    );
    expect(`${f?.line}:${f?.col}`).toBe('6:10');
  });

  it('rejects a dangling symlink that would lead out of the plugin', async () => {
    const dir = makePlugin({ 'samuel-plugin.toml': WASM });
    symlinkSync('/nonexistent/elsewhere/plugin.wasm', join(dir, 'plugin.wasm'));
    const result = await validateManifestFile(dir, { cwd: dir });
    const f = result.findings.find((x) => x.rule === 'path-escape');
    expect(f?.message).toBe(
      '[wasm].module "plugin.wasm" must stay inside the plugin directory: a symlink leads out of the plugin directory (to /nonexistent/elsewhere/plugin.wasm, which does not exist)',
    );
  });

  it('accepts a symlink that stays inside the plugin', async () => {
    const dir = makePlugin({
      'samuel-plugin.toml': swap(WASM, '"plugin.wasm"', '"out/plugin.wasm"'),
      'build/.keep': '',
    });
    symlinkSync(join(dir, 'build'), join(dir, 'out'));
    const result = await validateManifestFile(dir, { cwd: dir });
    expect(result.findings.map((f) => f.rule)).toEqual(['wasm-module-renamed']);
  });
});
