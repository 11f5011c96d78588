/**
 * From an empty folder to a plugin the real Samuel installed, for every kind and language `init`
 * sets up on this machine: `init NAME --yes` in an empty folder, then exactly the command the
 * generated pull-request workflow runs (its `validate.yml@v1` call, through our
 * `.github/workflows/validate.yml` and the root `action.yml`, turned into arguments the way the
 * action does), then the local command the generated README gives, then `git add . && git commit`
 * as the README's first screen says (the build leaves nothing to commit by mistake), then a signed
 * `release --dry-run` against the local Sigstore stack — and the real Samuel installs each result
 * from a registry entry, unsigned and signed, and `samuel doctor` is clean.
 *
 * Every template goes through both download paths Samuel uses: a `file://` registry entry, and
 * a `github.com/<owner>/<repo>` entry served by the github.com stand-in — for wasm and oci the
 * release assets the run lists in `release.json` (what a real run uploads), for skills a clone of
 * the tag. Each build is made once and installed through both paths.
 *
 * Skills take the signed-skill flow: sign, commit the SKILL.md.bundle the run wrote, tag that
 * commit, and Samuel clones the tag through the github.com stand-in. The oci plugin is published
 * to a registry on 127.0.0.1 and pulled by Samuel with podman, unsigned and signed (the signed
 * oci release through github.com is installed in test/workflows/act-templates.test.ts).
 *
 * Go wasm plugins are not covered here: they need TinyGo (Samuel v2.3 never calls a standard-Go
 * module's _initialize), which this machine lacks; `test/init/init.test.ts` covers the Go
 * template's workflows and `validate`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { chooseTemplate, type InitKind, type InitLanguage } from '../../src/init/templates.js';
import { openStore, publishLayout } from '../../src/oci/index.js';
import { runCli, TOOLS_PATH, type CliResult } from '../helpers/cli.js';
import { startGitHubStandin, type GitHubStandin } from '../helpers/github-standin.js';
import { podmanSandbox } from '../helpers/podman.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import {
  installFromEntry,
  ociDoctor,
  requireSamuel,
  type DoctorReport,
} from '../helpers/samuel.js';
import { signFlags, startSigstoreStack, type SigstoreStack } from '../sigstore/stack.js';

const ROOT = process.cwd();
const VERSION = '0.1.0';
const VERIFIED =
  'signature: verified (https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1)';

const work = mkdtempSync(join(tmpdir(), 'spr-zero-'));
const env: NodeJS.ProcessEnv = {
  PATH: TOOLS_PATH,
  HOME: process.env.HOME,
  GOCACHE: process.env.GOCACHE,
  GOPATH: process.env.GOPATH,
  GOTOOLCHAIN: 'local',
  SOURCE_DATE_EPOCH: '1700000000',
  // Debian's rustc ships the wasm32-wasi standard library (rustup cannot add targets here).
  SPR_RUST_TARGET: 'wasm32-wasi',
  CARGO_HOME: join(work, 'cargo-home'),
  // The pull-request check compares with the latest release; here GitHub is a closed port.
  GITHUB_API_URL: 'http://127.0.0.1:9',
};

let stack: SigstoreStack;
let standin: GitHubStandin;
beforeAll(async () => {
  requireSamuel();
  stack = await startSigstoreStack(join(work, 'trusted_root.json'));
  standin = await startGitHubStandin();
}, 60_000);
afterAll(async () => {
  await stack?.close();
  await standin?.close();
  rmSync(work, { recursive: true, force: true });
});

const must = <T extends CliResult>(r: T, what: string): T => {
  if (r.code !== 0) throw new Error(`${what} failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
  return r;
};

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: work, GIT_CONFIG_NOSYSTEM: '1' },
  });
}

/** Splits a README command line into words: single and double quotes group, no expansions. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

/** The repository the generated pull-request workflow runs in. */
const PR_REPOSITORY = 'acme/new-plugin';

/** A workflow expression `${{ inputs.x }}` replaced by the caller's input or its default. */
function evaluate(value: unknown, inputs: Record<string, string>): string {
  const text = String(value)
    .replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '')
    // `inputs.x && github.repository || 'no'`: the pull request's repository when x is on.
    .replace(
      /\$\{\{\s*inputs\.([\w-]+)\s*&&\s*github\.repository\s*\|\|\s*'([^']*)'\s*\}\}/g,
      (_, name: string, otherwise: string) => (inputs[name] === 'true' ? PR_REPOSITORY : otherwise),
    );
  if (text.includes('${{')) throw new Error(`cannot evaluate ${text} outside GitHub Actions`);
  return text;
}

/**
 * The CLI arguments and folder of what the generated `.github/workflows/pr.yml` runs: its call
 * of `validate.yml@v1` with its `with:` inputs, that workflow's step calling the root action,
 * and the action's inputs (with `action.yml` defaults) turned into arguments as
 * `src/action/index.ts` does: booleans as bare flags, empty inputs left out, the path after `--`.
 */
function pullRequestCommand(repo: string): { argv: string[]; cwd: string } {
  const pr = parse(readFileSync(join(repo, '.github/workflows/pr.yml'), 'utf8')) as {
    jobs: Record<string, { uses: string; with?: Record<string, unknown> }>;
  };
  const jobs = Object.values(pr.jobs);
  expect(jobs.map((j) => j.uses)).toEqual([
    'samuelpkg/samuel-plugin-release/.github/workflows/validate.yml@v1',
  ]);
  const validate = parse(readFileSync(join(ROOT, '.github/workflows/validate.yml'), 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, { default?: unknown }> } };
    jobs: { validate: { steps: { uses?: string; with?: Record<string, unknown> }[] } };
  };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(validate.on.workflow_call.inputs)) {
    inputs[name] = String(spec.default ?? '');
  }
  for (const [name, value] of Object.entries(jobs[0]!.with ?? {})) inputs[name] = String(value);
  const steps = validate.jobs.validate.steps.filter((s) =>
    /^samuelpkg\/samuel-plugin-release@/.test(s.uses ?? ''),
  );
  expect(steps).toHaveLength(1);
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const given: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) given[name] = spec.default ?? '';
  for (const [name, value] of Object.entries(steps[0]!.with ?? {})) {
    given[name] = evaluate(value, inputs);
  }
  const release = COMMANDS.find((c) => c.name === 'release')!;
  const argv = ['release'];
  for (const [key, spec] of Object.entries(release.options)) {
    const value = given[key] ?? '';
    if (key === 'path' || key === 'manifest' || value === '') continue;
    if (value.includes('${{')) throw new Error(`input ${key} = ${value} needs GitHub Actions`);
    if (spec.type === 'boolean') {
      if (value === 'true') argv.push(`--${key}`);
    } else argv.push(`--${key}`, value);
  }
  argv.push('--', given.path || given.manifest || '');
  return { argv, cwd: resolve(repo, given['working-directory'] || '.') };
}

/** The local command the generated README gives ("Try it locally first: `npx …`"). */
function readmeCommand(repo: string): string[] {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const line = /Try it\s+locally first: `npx samuel-plugin-release ([^`]+)`/.exec(readme);
  expect(line).not.toBeNull();
  return words(line![1]!);
}

interface Made {
  /** The generated plugin repository. */
  dir: string;
  pr: CliResult;
  prArgv: string[];
  local: CliResult;
  /** `git ls-files` after `git add . && git commit`. */
  committed: string[];
  /** Where the local run (no --output) wrote the release folder. */
  out: string;
}

/**
 * `init NAME --yes` in an empty folder, the pull-request workflow's command, the README's local
 * command (plus `extra`), then `git init && git add . && git commit` as the README says.
 */
async function zeroToRelease(
  name: string,
  initArgs: string[],
  runEnv: NodeJS.ProcessEnv,
  extra: string[] = [],
): Promise<Made> {
  const parent = mkdtempSync(join(work, 'empty-'));
  expect(readdirSync(parent)).toEqual([]);
  const init = must(
    await runCli(['init', name, '--yes', ...initArgs], { cwd: parent, env: runEnv }),
    'init',
  );
  expect(init.stdout).toContain(`✓ ${name}: a`);
  const dir = join(parent, name);
  const { argv, cwd } = pullRequestCommand(dir);
  const pr = await runCli(argv, { cwd, env: runEnv });
  const local = await runCli([...readmeCommand(dir), ...extra], { cwd: dir, env: runEnv });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', name);
  const committed = git(dir, 'ls-files').trim().split('\n');
  return {
    dir,
    pr,
    prArgv: argv,
    local,
    committed,
    out: join(dir, 'samuel-release', `${name}-${VERSION}`),
  };
}

/** What the build and the dry runs leave in the work tree is ignored: nothing to commit by mistake. */
function expectCleanTree(made: Made): void {
  expect(
    made.committed.filter((f) => /^samuel-release\/|(^|\/)plugin\.wasm$|^bin\//.test(f)),
  ).toEqual([]);
  expect(git(made.dir, 'status', '--porcelain')).toBe('');
}

async function signedDryRun(
  made: Made,
  runEnv: NodeJS.ProcessEnv,
): Promise<CliResult & { out: string }> {
  const out = join(made.dir, '..', 'signed');
  const r = await runCli([...readmeCommand(made.dir), ...signFlags(stack), '--output', out], {
    cwd: made.dir,
    env: runEnv,
  });
  return { ...r, out };
}

const trustedRoot = () => readFileSync(stack.trustedRootPath, 'utf8');

/**
 * Serves a release folder as the GitHub release `v0.1.0` of `github.com/acme/<repo>`: exactly the
 * assets its `release.json` lists, which are what a real run uploads. Returns their names.
 */
function serveRelease(repo: string, out: string): string[] {
  const record = JSON.parse(readFileSync(join(out, 'release.json'), 'utf8')) as {
    assets: string[];
  };
  standin.addRelease(
    'acme',
    repo,
    `v${VERSION}`,
    Object.fromEntries(record.assets.map((a) => [a, readFileSync(join(out, a))])),
  );
  return record.assets;
}

/**
 * `samuel install NAME` from one registry entry: unsigned through a `local` registry with
 * --allow-unsigned, signed through one that verifies (seeded with the local Sigstore's root).
 * A `github.com/…` entry is reached through the stand-in. Returns the install's output and what
 * `samuel doctor` said afterwards.
 */
async function installWithSamuel(
  name: string,
  kind: string,
  repo: string,
  signed: boolean,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<{ install: CliResult; doctor: DoctorReport }> {
  const { install, doctor } = await installFromEntry(
    { name, repo, latest: VERSION, kind },
    {
      ...(signed ? { trustedRoot: trustedRoot() } : {}),
      env: { ...(repo.startsWith('github.com/') ? standin.env : {}), ...extraEnv },
    },
  );
  expect({
    code: install.code,
    out: install.code ? install.stdout + install.stderr : '',
  }).toEqual({ code: 0, out: '' });
  expect(install.stdout).toContain(`Installed ${name}@${VERSION} (${kind})`);
  if (signed) expect(install.stdout).toContain(VERIFIED);
  return { install, doctor: doctor! };
}

/** The assets Samuel asked github.com/acme/<repo>'s release v0.1.0 for (served or not: a 404). */
const asked = (repo: string): string[] =>
  standin.requests
    .filter((r) => r.startsWith(`GET /acme/${repo}/releases/download/v${VERSION}/`))
    .map((r) => r.slice(r.lastIndexOf('/') + 1))
    .sort();

/** What Samuel v2.3 asks a wasm release for: two required assets, three optional. */
const WASM_ASKED = [
  'plugin.wasm',
  'plugin.wasm.bundle',
  'plugin.wasm.pem',
  'plugin.wasm.sig',
  'samuel-plugin.toml',
];

const WASM: [string, string, string, NodeJS.ProcessEnv][] = [
  ['AssemblyScript', 'assemblyscript', 'as-plugin', env],
  ['C', 'c', 'c-plugin', env],
  ['Rust', 'rust', 'rust-plugin', { ...env, PATH: `/usr/bin:${TOOLS_PATH}` }],
];

describe.each(WASM)('a %s wasm plugin from an empty folder', (_label, language, name, runEnv) => {
  let made: Made;
  beforeAll(async () => {
    made = await zeroToRelease(name, ['--kind', 'wasm', '--language', language], runEnv);
  }, 300_000);

  it('passes the pull-request workflow’s check and the README’s own release --dry-run', () => {
    // What validate.yml asks of the action: a dry run, unsigned, the manifest after `--`.
    expect(made.prArgv.slice(-2)).toEqual(['--', 'samuel-plugin.toml']);
    expect(made.prArgv[made.prArgv.indexOf('--sign') + 1]).toBe('false');
    expect(made.prArgv).toContain('--dry-run');
    expect(made.prArgv[made.prArgv.indexOf('--compare-release') + 1]).toBe(PR_REPOSITORY);
    if (language === 'c') {
      expect(made.prArgv.join(' ')).toContain(
        '--toolchain command --build-command make plugin.wasm',
      );
    }
    must(made.pr, 'the pull-request check');
    // GitHub cannot be read, and that never fails the check: a warning says so.
    expect(made.pr.stdout).toContain('[compare-release-unavailable]');
    expect(made.pr.stdout).toMatch(/✓ smoke +protocol 1, health 0/);
    must(made.local, 'the README’s release --dry-run');
    expect(made.local.stdout).toMatch(/– sign +/);
    expect(readdirSync(made.out).sort()).toEqual(
      expect.arrayContaining(['plugin.wasm', 'samuel-plugin.toml']),
    );
  });

  it('leaves nothing for `git add .` to commit by mistake: build output and release folder are ignored', () => {
    expect(made.committed).toContain('samuel-plugin.toml');
    expectCleanTree(made);
  });

  it('builds again with the README’s command in the same tree when nothing changed', async () => {
    const again = await runCli(
      [...readmeCommand(made.dir), '--output', join(made.dir, '..', 'again')],
      {
        cwd: made.dir,
        env: runEnv,
      },
    );
    must(again, 'a second release --dry-run');
  }, 120_000);

  it('installs unsigned from a file:// registry entry, doctor clean', async () => {
    const { doctor } = await installWithSamuel(name, 'wasm', `file://${made.out}`, false);
    expect(doctor).toEqual({ failed: 0, failures: [] });
  }, 120_000);

  it('installs the same build unsigned from github.com, downloading the release assets, doctor clean', async () => {
    expect(serveRelease(name, made.out)).toEqual(
      expect.arrayContaining(['plugin.wasm', 'samuel-plugin.toml']),
    );
    const { doctor } = await installWithSamuel(name, 'wasm', `github.com/acme/${name}`, false);
    // The two required assets, and the optional signature files an unsigned release lacks.
    expect(asked(name)).toEqual(WASM_ASKED);
    expect(doctor).toEqual({ failed: 0, failures: [] });
  }, 120_000);

  // One signed build, installed through both download paths.
  let signedOut: string;
  it('signed against the local Sigstore, installs through a registry that verifies, doctor clean', async () => {
    const signed = must(await signedDryRun(made, runEnv), 'signed release --dry-run');
    signedOut = signed.out;
    expect(readdirSync(signed.out)).toContain('plugin.wasm.bundle');
    const { doctor } = await installWithSamuel(name, 'wasm', `file://${signed.out}`, true);
    expect(doctor).toEqual({ failed: 0, failures: [] });
  }, 180_000);

  it('installs the same signed build from github.com, downloading and verifying its bundle, doctor clean', async () => {
    expect(signedOut).toBeDefined();
    const repo = `${name}-signed`;
    expect(serveRelease(repo, signedOut)).toEqual(
      expect.arrayContaining(['plugin.wasm', 'plugin.wasm.bundle', 'samuel-plugin.toml']),
    );
    const { doctor } = await installWithSamuel(name, 'wasm', `github.com/acme/${repo}`, true);
    expect(asked(repo)).toEqual(WASM_ASKED);
    expect(doctor).toEqual({ failed: 0, failures: [] });
  }, 120_000);
});

describe('a skill from an empty folder', () => {
  const name = 'my-skill';
  let made: Made;
  beforeAll(async () => {
    made = await zeroToRelease(name, ['--kind', 'skill'], env);
  }, 120_000);

  it('passes the pull-request workflow’s check and the README’s own release --dry-run', () => {
    must(made.pr, 'the pull-request check');
    must(made.local, 'the README’s release --dry-run');
    expectCleanTree(made);
  });

  it('installs unsigned from a file:// registry entry, doctor clean', async () => {
    const { doctor } = await installWithSamuel(name, 'skill', `file://${made.dir}`, false);
    expect(doctor).toEqual({ failed: 0, failures: [] });
  }, 120_000);

  it('installs the same tree unsigned from github.com, cloning its tag, doctor clean', async () => {
    // The unsigned tree, tagged in a clone (the signed flow below tags the signed commit).
    const repo = `${name}-unsigned`;
    const clone = join(made.dir, '..', repo);
    git(made.dir, 'clone', '-q', made.dir, clone);
    git(clone, 'tag', `v${VERSION}`);
    standin.addGitRepo('acme', repo, clone);
    const { doctor } = await installWithSamuel(name, 'skill', `github.com/acme/${repo}`, false);
    expect(standin.requests).toContain(`GET /acme/${repo}.git/info/refs?service=git-upload-pack`);
    expect(doctor).toEqual({ failed: 0, failures: [] });
  }, 120_000);

  it('signed, its SKILL.md.bundle committed and then tagged, installs from github.com verified, doctor clean', async () => {
    const signed = must(await signedDryRun(made, env), 'signed release --dry-run');
    // The run says what the flow needs: the bundle is not in the tree yet.
    expect(signed.stdout).toContain('[skill-bundle-not-in-tree]');
    // The flow of the README ("signed skills"): commit the bundle the run wrote, then tag.
    copyFileSync(join(signed.out, 'SKILL.md.bundle'), join(made.dir, 'SKILL.md.bundle'));
    git(made.dir, 'add', 'SKILL.md.bundle');
    git(made.dir, 'commit', '-q', '-m', 'Sign SKILL.md');
    git(made.dir, 'tag', `v${VERSION}`);
    expect(git(made.dir, 'ls-tree', '--name-only', `v${VERSION}`).split('\n')).toContain(
      'SKILL.md.bundle',
    );
    standin.addGitRepo('acme', name, made.dir);
    const { doctor } = await installWithSamuel(name, 'skill', `github.com/acme/${name}`, true);
    expect(standin.requests).toContain(`GET /acme/${name}.git/info/refs?service=git-upload-pack`);
    expect(doctor).toEqual({ failed: 0, failures: [] });
  }, 180_000);

  it('installs the same signed tree from a file:// registry entry, verified, doctor clean', async () => {
    expect(git(made.dir, 'ls-files').split('\n')).toContain('SKILL.md.bundle');
    const { doctor } = await installWithSamuel(name, 'skill', `file://${made.dir}`, true);
    expect(doctor).toEqual({ failed: 0, failures: [] });
  }, 120_000);
});

describe('an oci plugin from an empty folder', () => {
  const name = 'my-oci';
  let made: Made;
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
    // The local run names where the image will go, as the template's manifest comment says.
    made = await zeroToRelease(name, ['--kind', 'oci'], env, [
      '--to',
      `${registry.host}/acme/${name}`,
      '--sign',
      'false',
    ]);
  }, 300_000);
  afterAll(async () => {
    await registry?.stop();
  });
  /** Set once the image is in the registry: the github.com install pulls the same one. */
  let pushedImage: string | undefined;
  // Samuel v2.3 records an oci install in samuel.lock but never creates its plugin folder, so
  // doctor fails every oci plugin this way (contract §3): the one failure allowed.
  const OCI_DOCTOR = ociDoctor(name);

  it('passes the pull-request workflow’s check and the README’s own release --dry-run', () => {
    must(made.pr, 'the pull-request check');
    expect(made.pr.stdout).toMatch(/✓ smoke +linux\/amd64: \/bin\/my-oci static/);
    must(made.local, 'the README’s release --dry-run');
    expectCleanTree(made);
  });

  it('pushed to a registry, installs with podman; doctor fails only where Samuel v2.3 fails every oci plugin', async () => {
    const released = readFileSync(join(made.out, 'samuel-plugin.toml'), 'utf8');
    const image = /^image = "([^"]+)"/m.exec(released)![1]!;
    expect(image).toMatch(new RegExp(`^${registry.host}/acme/${name}@sha256:[0-9a-f]{64}$`));
    // The dry run pushed nothing; what a real run pushes is the layout it wrote.
    const store = await openStore(`${registry.host}/acme/${name}`, { insecure: true });
    const pushed = await publishLayout(join(made.out, 'oci-layout'), store, {
      version: VERSION,
      layoutRef: VERSION,
    });
    expect(`${registry.host}/acme/${name}@${pushed.digest}`).toBe(image);
    const { doctor } = await installWithSamuel(name, 'oci', `file://${made.out}`, false, {
      SAMUEL_RUNTIME: 'podman',
      ...podmanSandbox(join(work, 'podman'), registry.host),
    });
    expect(doctor).toEqual(OCI_DOCTOR);
    pushedImage = image;
  }, 240_000);

  it('installs the same release unsigned from github.com, downloading samuel-plugin.toml, and pulls the image', async () => {
    expect(pushedImage).toBeDefined();
    expect(serveRelease(name, made.out)).toEqual(['samuel-plugin.toml']);
    const { doctor } = await installWithSamuel(name, 'oci', `github.com/acme/${name}`, false, {
      SAMUEL_RUNTIME: 'podman',
      ...podmanSandbox(join(work, 'podman-github'), registry.host),
    });
    // Samuel also asks for the optional <repository>.bundle, which an unsigned release lacks.
    expect(asked(name)).toEqual([`${name}.bundle`, 'samuel-plugin.toml']);
    expect(doctor).toEqual(OCI_DOCTOR);
  }, 240_000);

  it('signed: a signed dry run, its image pushed, installs from file:// with the signature verified; a bundle for another image is refused', async () => {
    const out = join(made.dir, '..', 'signed-oci');
    const r = await runCli(
      [
        ...readmeCommand(made.dir),
        '--to',
        `${registry.host}/acme/${name}`,
        ...signFlags(stack),
        '--output',
        out,
      ],
      { cwd: made.dir, env },
    );
    must(r, 'the signed dry run');
    const bundles = readdirSync(out).filter((f) => f.endsWith('.bundle'));
    expect(bundles).toEqual([`${name}.bundle`]);
    const store = await openStore(`${registry.host}/acme/${name}`, { insecure: true });
    const pushed = await publishLayout(join(out, 'oci-layout'), store, {
      version: VERSION,
      layoutRef: VERSION,
    });
    const released = readFileSync(join(out, 'samuel-plugin.toml'), 'utf8');
    expect(released).toContain(`image = "${registry.host}/acme/${name}@${pushed.digest}"`);
    const podman = {
      SAMUEL_RUNTIME: 'podman',
      ...podmanSandbox(join(work, 'podman-signed'), registry.host),
    };
    const { doctor } = await installWithSamuel(name, 'oci', `file://${out}`, true, podman);
    expect(doctor).toEqual(OCI_DOCTOR);

    // The same release pinned to another image in the registry (its linux/amd64 manifest): the
    // bundle signs the index, not that digest, and Samuel refuses it.
    const index = JSON.parse(
      Buffer.from((await store.getManifest(pushed.digest)).bytes).toString('utf8'),
    ) as { manifests: { digest: string }[] };
    const other = index.manifests[0]!.digest;
    expect(other).not.toBe(pushed.digest);
    const swapped = join(made.dir, '..', 'swapped-oci');
    cpSync(out, swapped, { recursive: true });
    writeFileSync(join(swapped, 'samuel-plugin.toml'), released.replace(pushed.digest, other));
    const { install: refused } = await installFromEntry(
      { name, repo: `file://${swapped}`, latest: VERSION, kind: 'oci' },
      { trustedRoot: trustedRoot(), env: podman },
    );
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain(
      'provided artifact digest does not match any digest in statement',
    );
    expect(refused.stdout + refused.stderr).not.toContain(`Installed ${name}@${VERSION}`);
  }, 300_000);
});

describe('the .gitignore init writes', () => {
  // npm leaves every .gitignore out of a package, so init writes it from code; each template's
  // own copy (which serves this repository) must say the same.
  const TEMPLATES: [string, InitKind, InitLanguage?][] = [
    ['wasm-example', 'wasm', 'assemblyscript'],
    ['wasm-go-example', 'wasm', 'go'],
    ['wasm-c-example', 'wasm', 'c'],
    ['wasm-rust-example', 'wasm', 'rust'],
    ['skill-example', 'skill', undefined],
    ['oci-example', 'oci', undefined],
  ];
  it.each(TEMPLATES)('is the one templates/%s carries', (dir, kind, language) => {
    const own = readFileSync(join(ROOT, 'templates', dir, '.gitignore'), 'utf8');
    expect(
      chooseTemplate(kind, language)
        .ignore.map((l) => `${l}\n`)
        .join(''),
    ).toBe(own);
  });
});
