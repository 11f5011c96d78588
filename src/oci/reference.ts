/**
 * Parses where to publish: `registry/owner/name[:tag][@digest]` or `oci-layout:DIR[:tag]`.
 * Registries reject uppercase repository names (GHCR included, while GitHub owners are often
 * mixed-case), so the repository part is lowercased with a notice instead of failing later.
 */
import { UsageError } from '../errors.js';
import { isDigest } from './digest.js';

/** A parsed registry reference. */
export interface RegistryReference {
  /** Host and optional port as typed, lowercased, e.g. `ghcr.io` or `127.0.0.1:5000`. */
  registry: string;
  /** Repository path, lowercased, e.g. `acme/hello`. */
  repository: string;
  tag?: string;
  digest?: string;
  /** Set when the input had uppercase letters that were lowercased. */
  lowercasedFrom?: string;
}

/** A parsed publish target: a registry repository or an OCI image layout directory. */
export type PublishTarget =
  { kind: 'registry'; ref: RegistryReference } | { kind: 'layout'; dir: string; tag?: string };

const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const COMPONENT_RE = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;

/** True when `tag` is a valid OCI tag. */
export function isValidTag(tag: string): boolean {
  return TAG_RE.test(tag);
}

/**
 * Parses `registry/owner/name[:tag][@sha256:…]`. The first component must look like a host
 * (contain `.` or `:`, or be `localhost`): we never guess Docker Hub.
 */
export function parseReference(input: string): RegistryReference {
  const original = input.trim();
  const scheme = original.replace(/^(https?|docker|oci):\/\//, '');
  const [rest, digest] = splitOff(scheme, scheme.indexOf('@'), isDigest, (d) => {
    throw new UsageError(`"${original}": "${d}" is not a sha256 digest`, {
      fix: 'write the digest as @sha256:<64 lowercase hex characters>, or leave it out',
    });
  });
  const slash = rest.indexOf('/');
  if (slash < 0) {
    throw new UsageError(`"${original}" names no registry`, {
      fix: 'write the full reference, e.g. ghcr.io/OWNER/NAME (or oci-layout:DIR for a local folder)',
    });
  }
  const registry = rest.slice(0, slash).toLowerCase();
  const afterRegistry = rest.slice(slash + 1);
  if (!(registry.includes('.') || registry.includes(':') || registry === 'localhost')) {
    throw new UsageError(`"${original}" does not start with a registry host`, {
      fix: `write the registry host first, e.g. ghcr.io/${rest}`,
    });
  }
  const [path, tag] = splitOff(afterRegistry, afterRegistry.lastIndexOf(':'), isValidTag, (t) => {
    throw new UsageError(`"${original}": "${t}" is not a valid tag`, {
      fix: 'tags use letters, digits, "_", "." and "-" (at most 128, not starting with "." or "-")',
    });
  });
  const repository = path.toLowerCase();
  for (const component of repository.split('/')) {
    if (!COMPONENT_RE.test(component)) {
      throw new UsageError(
        `"${original}": repository "${path}" has an invalid component "${component}"`,
        {
          fix: 'repository components use lowercase letters and digits separated by ".", "_", "__" or "-"',
        },
      );
    }
  }
  const ref: RegistryReference = { registry, repository };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  if (repository !== path) ref.lowercasedFrom = path;
  return ref;
}

/** Parses a `--to` value: `oci-layout:DIR[:tag]` or a registry reference. */
export function parseTarget(input: string): PublishTarget {
  if (input.startsWith('oci-layout:')) {
    let dir = input.slice('oci-layout:'.length);
    let tag: string | undefined;
    const m = /^(.*):([A-Za-z0-9_][A-Za-z0-9._-]{0,127})$/.exec(dir);
    // A Windows drive letter or a path with ":" in a folder name stays a path.
    if (m && m[1] && !m[2]!.includes('/')) {
      dir = m[1];
      tag = m[2];
    }
    if (dir === '') {
      throw new UsageError('"oci-layout:" needs a directory', {
        fix: 'write --to oci-layout:DIR, e.g. oci-layout:./out/oci',
      });
    }
    return tag === undefined ? { kind: 'layout', dir } : { kind: 'layout', dir, tag };
  }
  return { kind: 'registry', ref: parseReference(input) };
}

/** `registry/repository[:tag][@digest]` as a string. */
export function formatReference(
  ref: RegistryReference,
  at?: { tag?: string; digest?: string },
): string {
  const tag = at ? at.tag : ref.tag;
  const digest = at ? at.digest : ref.digest;
  return `${ref.registry}/${ref.repository}${tag ? ':' + tag : ''}${digest ? '@' + digest : ''}`;
}

/** `text` cut at `at` (when found) into what comes before and after, the after checked. */
function splitOff(
  text: string,
  at: number,
  valid: (part: string) => boolean,
  refuse: (part: string) => never,
): [string, string | undefined] {
  if (at < 0) return [text, undefined];
  const part = text.slice(at + 1);
  if (!valid(part)) refuse(part);
  return [text.slice(0, at), part];
}

/** True for a registry host on this machine (any port). */
export function isLoopbackHost(host: string): boolean {
  const name = host.startsWith('[')
    ? host.slice(0, host.indexOf(']') + 1)
    : host.replace(/:\d+$/, '');
  return name === 'localhost' || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}
