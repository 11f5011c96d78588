/**
 * The work of `lock`, loaded only when it runs: reads the flags into a policy, runs
 * `lockUpdate` or `lockCheck` from src/lock, and shows the result for the medium — lines on a
 * terminal, annotations at the entry's line and a job summary in Actions, one JSON document.
 */
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { inertMarkdown } from '../../report/index.js';
import type { CommandContext } from '../command.js';
import { boolOpt, defined, lockGroup, type LockOptions } from '../../options/index.js';
import {
  checkLockPolicy,
  lockCheck,
  lockUpdate,
  type LockPolicy,
  type LockUpdateEntry,
} from '../../lock/index.js';

const USAGE_FIX =
  'run `lock update [NAME[@VERSION] ...]` to pin plugins, or `lock check` to check samuel.lock';

function policyOf(o: LockOptions): LockPolicy {
  const policy: LockPolicy = defined({
    allowUnsigned: o.allowUnsigned,
    identityPatterns: o.identityPatterns.length > 0 ? o.identityPatterns : undefined,
    identityRegexp: o.identityRegexp,
    repository: o.repository,
    issuer: o.issuer,
    trustedRoot: o.trustedRoot,
  });
  checkLockPolicy(policy);
  return policy;
}

/** Runs `lock update|check`; exit 0 done or clean, 1 drift found (check). */
export async function runLock(ctx: CommandContext): Promise<number> {
  const [sub, ...names] = ctx.positionals;
  if (sub !== 'update' && sub !== 'check') {
    throw new UsageError(
      sub === undefined
        ? 'lock needs update or check'
        : `lock has no "${sub}"; it takes update or check`,
      { fix: USAGE_FIX },
    );
  }
  if (sub === 'check' && names.length > 0) {
    throw new UsageError('lock check takes no plugin names: it checks every entry', {
      fix: 'run `lock check` alone, or `lock update NAME` to re-pin one plugin',
    });
  }
  const o = lockGroup.read(ctx.values);
  const policy = policyOf(o);
  const project = resolve(ctx.cwd, o.project ?? '.');
  const common = {
    policy,
    reporter: ctx.reporter,
    env: ctx.env,
    cwd: ctx.cwd,
    insecureRegistry: boolOpt(ctx.values, 'insecure'),
    ...(o.registryIndex ? { registryIndex: o.registryIndex } : {}),
  };
  return sub === 'update'
    ? update(ctx, project, names, { ...common, allowPrerelease: o.allowPrerelease })
    : check(ctx, project, common);
}

async function update(
  ctx: CommandContext,
  project: string,
  names: string[],
  options: Parameters<typeof lockUpdate>[1],
): Promise<number> {
  const { reporter } = ctx;
  const result = await lockUpdate(project, { ...options, names });
  for (const e of result.entries) reporter.print(`${e.changed ? '✓' : '='} ${describe(e)}`);
  reporter.setOutput('changed', String(result.changed));
  reporter.summary(
    [
      `### samuel.lock ${result.changed ? 'updated' : 'up to date'}`,
      '',
      '| Plugin | Version | Kind | Signed by | Digest | |',
      '| --- | --- | --- | --- | --- | --- |',
      ...result.entries.map(
        (e) =>
          `| ${inertMarkdown(e.name)} | ${inertMarkdown(e.version)} | ${e.kind} | ${e.identity ? inertMarkdown(e.identity) : 'unsigned'} | ${e.digest ? `\`${e.digest}\`` : ''} | ${e.changed ? 'changed' : 'unchanged'} |`,
      ),
    ].join('\n'),
  );
  reporter.result({
    ok: true,
    command: 'lock',
    subcommand: 'update',
    file: result.file,
    changed: result.changed,
    entries: result.entries,
    outputs: reporter.outputs,
    findings: reporter.findings,
  });
  return 0;
}

function describe(e: LockUpdateEntry): string {
  const signer = e.signed ? `signed by ${e.identity}` : 'unsigned';
  const digest = e.digest ? `, ${e.digest}` : '';
  const platforms = e.platformDigests.length ? `, ${e.platformDigests.length} platform(s)` : '';
  return `${e.name} ${e.version} (${e.kind}${digest}${platforms}), ${signer}${e.changed ? '' : ', unchanged'}`;
}

async function check(
  ctx: CommandContext,
  project: string,
  options: Parameters<typeof lockCheck>[1],
): Promise<number> {
  const { reporter } = ctx;
  const result = await lockCheck(project, options);
  for (const f of result.findings) reporter.finding(f);
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const line =
    errors > 0
      ? `${result.file}: ${errors} problem(s) in ${result.checked} entr${result.checked === 1 ? 'y' : 'ies'} checked`
      : `${result.file}: ${result.checked} entr${result.checked === 1 ? 'y' : 'ies'} checked, each a published release with the digest recorded`;
  reporter.print(line);
  reporter.setOutput('drift', String(errors > 0));
  reporter.summary(
    [
      `### samuel.lock check: ${errors > 0 ? `${errors} problem(s)` : 'clean'}`,
      '',
      `${result.checked} entr${result.checked === 1 ? 'y' : 'ies'} checked.`,
      ...(result.findings.length
        ? [
            '',
            '| | Where | Problem | Fix |',
            '| --- | --- | --- | --- |',
            ...result.findings.map(
              (f) =>
                `| ${f.severity} | ${f.file ?? ''}${f.line ? `:${f.line}` : ''} | ${inertMarkdown(f.message)} | ${inertMarkdown(f.fix ?? '')} |`,
            ),
          ]
        : []),
    ].join('\n'),
  );
  reporter.result({
    ok: errors === 0,
    command: 'lock',
    subcommand: 'check',
    file: result.file,
    checked: result.checked,
    outputs: reporter.outputs,
    findings: reporter.findings,
  });
  return errors > 0 ? 1 : 0;
}
