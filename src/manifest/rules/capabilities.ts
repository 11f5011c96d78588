/** [capabilities]: globs, env keys, network hosts. */
import picomatch from 'picomatch';
import { add, str, strings, type RuleContext } from './context.js';

export function checkCapabilities(ctx: RuleContext): void {
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
  checkNetworkLists(ctx);
}

/**
 * A wasm plugin's network hosts, listed in one of `hosts` and `outbound` only. Samuel v2.3 has
 * two gates: where it applies the manifest's budgets (`InstantiateWithBudgets`) the allowlist is
 * `[capabilities.network].hosts` (`Capabilities.AllowsHost`); where it checks health and runs
 * exports (`Check`, `Run`) it is the grants `capability.FromManifest` makes from `outbound`. A
 * host in one list is denied on the other path.
 */
function checkNetworkLists(ctx: RuleContext): void {
  if (str(ctx, 'kind') !== 'wasm') return;
  const hosts = strings(ctx, 'capabilities.network.hosts');
  const outbound = strings(ctx, 'capabilities.network.outbound');
  const missing = (from: typeof hosts, other: typeof hosts, list: string, otherList: string) => {
    const names = new Set(other.map((h) => h.value));
    for (const { value, at } of from) {
      if (names.has(value)) continue;
      add(
        ctx,
        'warning',
        'network-lists',
        `capabilities.network.${list}`,
        at.valuePos,
        `network host ${JSON.stringify(value)} is in ${list} but not in ${otherList}: Samuel v2.3 reads hosts where it applies the manifest's budgets and the outbound grants where it checks health and runs exports, so the host is denied on one of the two`,
        `list ${JSON.stringify(value)} in both [capabilities.network].hosts and outbound`,
      );
    }
  };
  missing(hosts, outbound, 'hosts', 'outbound');
  missing(outbound, hosts, 'outbound', 'hosts');
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
