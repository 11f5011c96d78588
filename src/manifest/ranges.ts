/**
 * Cargo-style version requirements as Samuel's `[samuel]` and `[requires]` use them:
 * `^1.2.3`, `~1.2`, `=1.0.0`, `>=1.0, <2.0`, `1.2.3`, `1.*`, `*`. Samuel's own check only looks at
 * the first character; this one parses every comparator, so `^banana` fails here instead of at
 * install time in the resolver.
 */
import semver from 'semver';

const OPERATORS = ['>=', '<=', '^', '~', '=', '<', '>'] as const;
const PART = /^(0|[1-9]\d*|\*|x|X)$/;

/** Returns undefined when `range` is valid, else a sentence saying what is wrong. */
export function checkVersionRange(range: string): string | undefined {
  const trimmed = range.trim();
  if (trimmed === '') return 'the range is empty';
  if (trimmed === '*') return undefined;
  for (const raw of trimmed.split(',')) {
    const comparator = raw.trim();
    if (comparator === '') return `"${range}" has an empty comparator (a stray comma)`;
    const problem = checkComparator(comparator);
    if (problem) return problem;
  }
  return undefined;
}

function checkComparator(comparator: string): string | undefined {
  const op = OPERATORS.find((o) => comparator.startsWith(o)) ?? '';
  const version = comparator.slice(op.length).trim();
  if (version === '') return `"${comparator}" has an operator but no version`;
  if (version === '*') {
    return op === '' ? undefined : `"${comparator}": a wildcard cannot follow an operator`;
  }
  if (/^v\d/.test(version))
    return `"${comparator}": drop the "v" prefix (write ${op}${version.slice(1)})`;
  // Full versions may carry pre-release and build metadata; partial ones (1, 1.2, 1.*) may not.
  if (semver.valid(version)) return undefined;
  const parts = version.split('.');
  if (parts.length > 3 || !parts.every((p) => PART.test(p))) {
    return `"${comparator}" is not a version requirement (expected forms like ^1.2.3, ~1.2, >=1.0, <2.0)`;
  }
  const wildcard = parts.findIndex((p) => /^[*xX]$/.test(p));
  if (wildcard === 0) return `"${comparator}": the major version cannot be a wildcard (use *)`;
  if (wildcard > 0 && parts.slice(wildcard).some((p) => !/^[*xX]$/.test(p))) {
    return `"${comparator}": nothing but wildcards may follow a wildcard`;
  }
  if (wildcard > 0 && op !== '' && op !== '=') {
    return `"${comparator}": a wildcard version takes no ${op} operator`;
  }
  return undefined;
}
