/**
 * Option declarations. Each concern (manifest, build, registry, Sigstore, …) declares its flags
 * once, with the full-sentence description that `--help` prints and each action input repeats
 * word for word; commands take the concerns they need, `release` takes the union.
 */
import { UsageError } from '../errors.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Full sentence shown in `--help` and mirrored in the action's input description. */
  description: string;
  /** Placeholder for `--help`, e.g. `TAG`. */
  value?: string;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** A concern: its flags and how to read them into a typed slice. */
export interface OptionGroup<T> {
  /** The slice of the pipeline options this group fills (several groups may share one). */
  slice: string;
  flags: Record<string, OptionSpec>;
  read(values: OptionValues): T;
}

/** Reads a string option, or undefined when absent or empty. */
export function stringOpt(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Reads a repeatable string option as a list (absent → empty); newlines split too. */
export function listOpt(values: OptionValues, name: string): string[] {
  const v = values[name];
  const raw = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  return raw
    .flatMap((s) => s.split(/\r?\n/))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Reads a boolean option (absent → false). */
export function boolOpt(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

/** Reads an option that must be one of `choices`. */
export function choiceOpt<T extends string>(
  values: OptionValues,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const v = stringOpt(values, name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) {
    const list = `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
    throw new UsageError(`--${name} must be ${list}, got "${v}"`, {
      fix: `use one of: ${choices.join(', ')}`,
    });
  }
  return v as T;
}

/** Copies only the keys whose value is defined (for exactOptionalPropertyTypes-style objects). */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
