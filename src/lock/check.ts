/**
 * `lock check`, for pull requests: every `[[plugins]]` entry of samuel.lock must resolve to a
 * published release whose fields match — kind and version as the registry lists them, the
 * digest one Samuel could have recorded for it, the capabilities it requests — and an entry
 * marked `signed` must verify under the policy. Plugins of samuel.toml missing from the lock are
 * findings too. Findings carry the entry's file and line; nothing is written.
 */
import { ReleaseError } from '../errors.js';
import { sha256Digest } from '../oci/digest.js';
import { displayPath } from '../util/paths.js';
import type { Finding } from '../report/index.js';
import { inertLog } from '../report/index.js';
import { createDownloader } from './download.js';
import type { LockDocumentEntry } from './document.js';
import { ReleaseMissing } from './fetch-release.js';
import { readProject } from './project.js';
import { isPublished, RegistryResolver } from './registry.js';
import { resolveRelease, type ResolveContext } from './resolve.js';
import { ReleaseVerifier, type LockPolicy, type LockRunOptions } from './verify.js';
import { settleLimit } from './pool.js';

export type LockCheckOptions = LockRunOptions;

export interface LockCheckResult {
  findings: Finding[];
  /** Absolute path of samuel.lock. */
  file: string;
  /** Entries checked. */
  checked: number;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => {
  const sorted = [...b].sort();
  return a.length === b.length && [...a].sort().every((x, i) => x === sorted[i]);
};

function strArray(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Checks samuel.lock in `projectDir`; see the module comment. */
export async function lockCheck(
  projectDir: string,
  options: LockCheckOptions,
): Promise<LockCheckResult> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const verifier = new ReleaseVerifier(options.policy);
  const project = await readProject(projectDir, {
    ...(options.registryIndex ? { registryIndex: options.registryIndex } : {}),
    cwd,
  });
  const lockShown = displayPath(project.lockFile, cwd);
  const tomlShown = displayPath(project.projectFile, cwd);
  const findings: Finding[] = [];
  const entries = project.lock.entries.filter(Boolean);

  const seen = new Set<string>();
  const unique: LockDocumentEntry[] = [];
  for (const e of entries) {
    const name = typeof e.fields.name === 'string' ? e.fields.name : '';
    if (seen.has(name)) {
      findings.push({
        severity: 'error',
        rule: 'lock-duplicate-entry',
        message: `${inertLog(name)} has more than one [[plugins]] entry`,
        fix: 'keep one entry per plugin (run `lock update` to rewrite it)',
        file: lockShown,
        line: e.line,
      });
      continue;
    }
    seen.add(name);
    unique.push(e);
  }
  for (const p of project.plugins) {
    if (seen.has(p.name)) continue;
    findings.push({
      severity: 'error',
      rule: 'lock-missing-entry',
      message: `${inertLog(p.name)} is in samuel.toml but has no entry in samuel.lock`,
      fix: `run \`samuel-plugin-release lock update ${p.name}\` (or \`samuel install ${p.name}\`) and commit samuel.lock`,
      file: tomlShown,
      line: p.line,
    });
  }

  const downloader = createDownloader({ env });
  try {
    const ctx: ResolveContext = {
      resolver: new RegistryResolver(project.sources, downloader),
      downloader,
      verifier,
      env,
      insecureRegistry: options.insecureRegistry ?? false,
      ...(options.reporter ? { reporter: options.reporter } : {}),
    };
    const results = await settleLimit(unique, options.concurrency ?? 4, (e) =>
      checkEntry(
        e,
        ctx,
        options.policy,
        lockShown,
        project.plugins.map((p) => p.name),
      ),
    );
    results.forEach((r, i) => {
      if (r.ok) findings.push(...r.value);
      else {
        const err = r.error as Error & { fix?: string };
        if (!(err instanceof ReleaseError)) throw err;
        findings.push({
          severity: 'error',
          rule: 'lock-check-failed',
          message: `${inertLog(String(unique[i]!.fields.name))}: ${inertLog(err.message)}`,
          fix: err.fix ?? 'fix the cause above and run the check again',
          file: lockShown,
          line: unique[i]!.line,
        });
      }
    });
  } finally {
    await downloader.close();
  }
  findings.sort((a, b) =>
    a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file! < b.file! ? -1 : 1,
  );
  return { findings, file: project.lockFile, checked: unique.length };
}

async function checkEntry(
  entry: LockDocumentEntry,
  ctx: ResolveContext,
  policy: LockPolicy,
  file: string,
  projectNames: string[],
): Promise<Finding[]> {
  const f = entry.fields;
  const name = typeof f.name === 'string' ? f.name : '';
  const version = typeof f.version === 'string' ? f.version : '';
  const kind = typeof f.kind === 'string' ? f.kind : '';
  const digest = typeof f.digest === 'string' ? f.digest : '';
  const source = typeof f.source === 'string' ? f.source : '';
  const signed = f.signed === true;
  const shown = inertLog(name);
  const out: Finding[] = [];
  const at = (key: string) => entry.fieldLines[key] ?? entry.line;
  const add = (
    rule: string,
    key: string,
    message: string,
    fix: string,
    severity: Finding['severity'] = 'error',
  ) => out.push({ severity, rule, message, fix, file, line: at(key) });

  if (!name || !version || !kind) {
    add(
      'lock-entry-incomplete',
      'name',
      `a [[plugins]] entry lacks name, version or kind`,
      'run `lock update` to rewrite it',
    );
    return out;
  }
  if (!projectNames.includes(name)) {
    add(
      'lock-stale-entry',
      'name',
      `${shown} is locked but not in samuel.toml's [[plugins]]`,
      `remove the entry, or add ${name} to samuel.toml (samuel install ${name})`,
      'warning',
    );
  }
  const index = await ctx.resolver.find(name);
  if (!index) {
    // A registry that could not be read says so: the network, not the entry, may be at fault.
    const unreadable = ctx.resolver.unreadable;
    add(
      'lock-not-in-registry',
      'name',
      `${shown} is in none of the project's registries${unreadable.length ? ` (${unreadable.map(inertLog).join('; ')})` : ''}`,
      unreadable.length
        ? 'make the registries readable (network, proxy, URL in samuel.toml or --registry-index), then check again'
        : 'check the [[registries]] of samuel.toml (or --registry-index), or remove the entry',
    );
    return out;
  }
  if (index.kind && index.kind !== kind) {
    add(
      'lock-kind-mismatch',
      'kind',
      `${shown} is locked as kind "${inertLog(kind)}" but registry "${index.registry.name}" lists kind "${index.kind}"`,
      `run \`lock update ${name}\``,
    );
  }
  if (source && source !== index.repo) {
    add(
      'lock-source-mismatch',
      'source',
      `${shown} is locked from "${inertLog(source)}" but registry "${index.registry.name}" names "${inertLog(index.repo)}"`,
      `run \`lock update ${name}\` if the move is legitimate`,
    );
  }
  if (!isPublished(index, version)) {
    const listed = [...new Set([...index.versions, index.latest].filter(Boolean))].join(', ');
    add(
      'lock-version-unknown',
      'version',
      `${shown} ${inertLog(version)} is not a version registry "${index.registry.name}" lists (${listed || 'none'})`,
      `lock a released version: \`lock update ${name}@<version>\``,
    );
  }
  let resolved;
  try {
    resolved = await resolveRelease(index, version, ctx);
  } catch (e) {
    if (e instanceof ReleaseMissing) {
      add(
        'lock-release-missing',
        'version',
        `${shown} ${inertLog(version)}: ${inertLog(e.message)}`,
        e.fix ?? '',
      );
      return out;
    }
    throw e;
  }
  const m = resolved.release.manifest;
  if (m.name !== name || m.version !== version || m.kind !== kind) {
    add(
      'lock-manifest-mismatch',
      'version',
      `${shown}: the release at ${inertLog(resolved.release.location)} is ${inertLog(m.name)} ${inertLog(m.version)} (${m.kind}), not ${shown} ${inertLog(version)} (${inertLog(kind)})`,
      `run \`lock update ${name}\``,
    );
  }
  if (m.kind === 'oci') {
    const acceptable = resolved.acceptable ?? new Set([resolved.plugin.digest ?? '']);
    if (!acceptable.has(digest)) {
      add(
        'lock-digest-mismatch',
        digest ? 'digest' : 'name',
        `${shown} ${inertLog(version)}: digest ${digest ? `"${inertLog(digest)}"` : '(none)'} is not the released image ${resolved.plugin.digest} nor one of its platforms' manifests or configs`,
        `run \`lock update ${name}\` to pin ${resolved.plugin.digest}`,
      );
    }
    const platforms = strArray(f.platform_digests);
    const known = new Set(resolved.platformDigests);
    const unknown = platforms.filter((p) => !known.has(p));
    if (unknown.length > 0) {
      add(
        'lock-digest-mismatch',
        'platform_digests',
        `${shown} ${inertLog(version)}: platform_digests lists ${unknown.map((u) => `"${inertLog(u)}"`).join(', ')}, which the released image does not have`,
        `run \`lock update ${name}\``,
      );
    }
  } else if (digest) {
    const actual = resolved.release.artifact ? sha256Digest(resolved.release.artifact.data) : '';
    if (digest !== actual && digest.replace(/^sha256:/, '') !== actual.replace(/^sha256:/, '')) {
      add(
        'lock-digest-mismatch',
        'digest',
        `${shown} ${inertLog(version)}: digest "${inertLog(digest)}" is not the released ${resolved.release.artifact?.name ?? 'artifact'} (${actual || 'missing'})`,
        `run \`lock update ${name}\` (Samuel records no digest for ${m.kind} plugins)`,
      );
    }
  }
  const caps = strArray(f.capabilities);
  const want = resolved.plugin.capabilities ?? [];
  if (!sameList(caps, want)) {
    add(
      'lock-capabilities-mismatch',
      'capabilities',
      `${shown} ${inertLog(version)} is locked with capabilities [${caps.map(inertLog).join(', ')}] but the release requests [${want.join(', ')}]`,
      `run \`lock update ${name}\` and review the capabilities it grants`,
    );
  }
  const v = resolved.verdict;
  if (!v.signed && signed) {
    add(
      'lock-signed-unverified',
      'signed',
      `${shown} ${inertLog(version)} is marked signed, but ${inertLog(v.message)}`,
      v.reason === 'unsigned'
        ? 'Samuel writes signed = true for unsigned installs it allowed: set signed to false (run `lock update --allow-unsigned`), or have the plugin sign its release'
        : v.fix,
    );
  } else if (!v.signed && !policy.allowUnsigned) {
    add(
      'lock-unsigned',
      'name',
      `${shown} ${inertLog(version)} is not signed: ${inertLog(v.message)}`,
      'have the plugin sign its releases, or pass --allow-unsigned to accept unsigned plugins',
    );
  }
  return out;
}
