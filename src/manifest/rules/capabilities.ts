/** [capabilities]: globs, env keys, network hosts. */
import picomatch from 'picomatch';
import { add, strings, type RuleContext } from './context.js';

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
