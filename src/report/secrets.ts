/**
 * Every credential this process learns is registered here once, in every form it can take on
 * the wire (raw, base64 of `user:password`, the Basic header), and every output path (terminal,
 * --json, annotations, job summary, error messages) passes its text through `redact`.
 */
const secrets = new Set<string>();
const listeners = new Set<(value: string) => void>();

/** Shortest value treated as a secret: shorter strings would redact ordinary words. */
const MIN_SECRET_LENGTH = 4;

/** Registers a token or password (and, with `user`, the Basic-auth forms of the pair). */
export function registerSecret(value: string | undefined, user?: string): void {
  if (!value) return;
  const forms = [value];
  if (user !== undefined) {
    const pair = `${user}:${value}`;
    forms.push(pair, Buffer.from(pair).toString('base64'));
  }
  forms.push(Buffer.from(value).toString('base64'));
  for (const form of forms) {
    if (form.length < MIN_SECRET_LENGTH || secrets.has(form)) continue;
    secrets.add(form);
    for (const listener of listeners) listener(form);
  }
}

/** Called for every secret form registered now or later (the Actions face masks each). */
export function onSecret(listener: (value: string) => void): () => void {
  listeners.add(listener);
  for (const s of secrets) listener(s);
  return () => listeners.delete(listener);
}

/** Replaces every registered secret form, and any Authorization header value, with `***`. */
export function redact(text: string): string {
  let out = text;
  // Longest first, so a pair is masked whole before its parts.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(s)) out = out.split(s).join('***');
  }
  return out.replace(
    /\b(authorization|proxy-authorization)(["']?\s*[:=]\s*["']?)(basic|bearer)\s+[^\s"',}]+/gi,
    '$1$2$3 ***',
  );
}

/** For tests: forget every registered secret. */
export function clearSecrets(): void {
  secrets.clear();
}
