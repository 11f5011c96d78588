/**
 * Samuel's plugin name rule (manifest.go: `^[a-z0-9][a-z0-9-]{1,63}$`, and no trailing "-"), with
 * the reason a name breaks it and a name that would pass — for `validate` and for `init`.
 */
export const NAME_RE = /^[a-z0-9][a-z0-9-]{1,63}$/;

/** A name Samuel would accept made from `text`: lowercased, other runs as "-", cut to 64. */
export function suggestName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** Why Samuel rejects `name`, and the fix; undefined when it accepts it. */
export function nameProblem(name: string): { why: string; fix: string } | undefined {
  let why: string | undefined;
  if (name.length < 2) why = 'it is shorter than 2 characters';
  else if (name.length > 64) why = `it is ${name.length} characters long (at most 64)`;
  else if (/[A-Z]/.test(name)) why = 'it has uppercase letters';
  else if (name.startsWith('-')) why = 'it starts with "-"';
  else if (name.endsWith('-')) why = 'it ends with "-"';
  else if (!NAME_RE.test(name))
    why = `it has characters other than a-z, 0-9 and "-" (${JSON.stringify([...new Set(name.replace(/[a-z0-9-]/g, ''))].join(''))})`;
  if (!why) return undefined;
  const suggestion = suggestName(name);
  return {
    why,
    fix: `names must match ^[a-z0-9][a-z0-9-]{1,63}$ and not end with "-"${suggestion.length >= 2 ? `, e.g. "${suggestion}"` : ''}`,
  };
}
