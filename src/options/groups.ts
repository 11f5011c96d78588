/**
 * Every option concern, declared once. The CLI flags of each command, the union on `release`,
 * and every action's inputs derive from these (a test proves the action inputs match).
 */
import { parseSize } from '../util/size.js';
import {
  boolOpt,
  choiceOpt,
  defined,
  listOpt,
  stringOpt,
  type OptionGroup,
  type OptionValues,
} from './spec.js';

export type SignMode = 'auto' | 'true' | 'false';

export interface ManifestOptions {
  strict: boolean;
  /** Release tag that must equal `version` (with or without `v`). */
  tag?: string;
  /** The release will pin `[oci].image`, so an unpinned reference is fine. */
  pin: boolean;
}

export const manifestGroup: OptionGroup<ManifestOptions> = {
  slice: 'manifest',
  flags: {
    strict: {
      type: 'boolean',
      description: 'Treat unknown manifest keys as errors instead of warnings.',
    },
    tag: {
      type: 'string',
      value: 'TAG',
      description:
        'Release tag that must equal the manifest version, with or without "v" (default: the pushed tag in GitHub Actions).',
    },
  },
  read: (v) => defined({ strict: boolOpt(v, 'strict'), tag: stringOpt(v, 'tag'), pin: false }),
};

export const pinGroup: OptionGroup<Partial<ManifestOptions>> = {
  slice: 'manifest',
  flags: {
    pin: {
      type: 'boolean',
      description:
        'The release will pin [oci].image to the pushed digest, so an unpinned or all-zero image reference is accepted.',
    },
  },
  read: (v) => ({ pin: boolOpt(v, 'pin') }),
};

export interface BuildOptions {
  toolchain?: string;
  buildCommand?: string;
  sizeBudget?: number;
  platforms?: string[];
  builder?: string;
}

export const buildGroup: OptionGroup<BuildOptions> = {
  slice: 'build',
  flags: {
    toolchain: {
      type: 'string',
      value: 'NAME',
      description:
        'Wasm compiler: tinygo, go, rust, assemblyscript or command (default: detected from go.mod, Cargo.toml or asconfig.json; TinyGo when installed).',
    },
    'build-command': {
      type: 'string',
      value: 'CMD',
      description:
        'The command that writes the wasm module, for --toolchain command (split on spaces, quotes group, no shell).',
    },
    'size-budget': {
      type: 'string',
      value: 'SIZE',
      description:
        "Largest allowed wasm module, e.g. 2MiB or 500KiB (default 2MiB, like Samuel's reference plugin).",
    },
    platforms: {
      type: 'string',
      value: 'LIST',
      description:
        'Platforms of an oci plugin image, comma-separated (default: linux/amd64,linux/arm64).',
    },
    builder: {
      type: 'string',
      value: 'NAME',
      description:
        'Image builder for an oci plugin: docker (buildx), podman or buildah (default: detected).',
    },
  },
  read(v) {
    const budget = stringOpt(v, 'size-budget');
    const platforms = listOpt(v, 'platforms').flatMap((p) => p.split(','));
    return defined({
      toolchain: stringOpt(v, 'toolchain'),
      buildCommand: stringOpt(v, 'build-command'),
      sizeBudget: budget ? parseSize(budget) : undefined,
      platforms: platforms.length ? platforms.map((p) => p.trim()).filter(Boolean) : undefined,
      builder: stringOpt(v, 'builder'),
    });
  },
};

export interface ModuleOptions {
  module?: string;
}

export const moduleGroup: OptionGroup<ModuleOptions> = {
  slice: 'module',
  flags: {
    module: {
      type: 'string',
      value: 'PATH',
      description: "The wasm module to use instead of the manifest's [wasm].module.",
    },
  },
  read: (v) => defined({ module: stringOpt(v, 'module') }),
};

export interface SmokeOptions {
  calls: string[];
  initialize: boolean;
  /** Runtimes the oci smoke pulls and runs the image with: auto, none, or a list. */
  runtimes?: string;
}

export const smokeGroup: OptionGroup<SmokeOptions> = {
  slice: 'smoke',
  flags: {
    call: {
      type: 'string',
      multiple: true,
      value: 'EXPORT',
      description:
        "Also call this export (repeatable), under the manifest's soft and hard timeouts.",
    },
    initialize: {
      type: 'boolean',
      description:
        'Call _initialize before the probes. Samuel v2.3 does not, so a pass with this flag does not mean Samuel can run the module.',
    },
    runtime: {
      type: 'string',
      value: 'LIST',
      description:
        'Container runtimes the oci smoke test pulls and runs the image with: auto (default: the one SAMUEL_RUNTIME names, else every runtime present), none for static checks only, or a comma-separated list of podman, podman-root, docker.',
    },
  },
  read: (v) =>
    defined({
      calls: listOpt(v, 'call'),
      initialize: boolOpt(v, 'initialize'),
      runtimes: stringOpt(v, 'runtime'),
    }),
};

export interface RegistryOptions {
  /** Where publish pushes: `registry/owner/name` or `oci-layout:DIR`. */
  to?: string;
  /** Plain http to a registry on this machine. */
  insecure: boolean;
  /** Non-loopback hosts explicitly allowed over plain http. */
  insecureHosts: string[];
  username?: string;
  password?: string;
  /** One YAML/JSON document of credentials for several registries. */
  registryAuths?: string;
}

/** Where publish pushes. */
export const targetGroup: OptionGroup<Partial<RegistryOptions>> = {
  slice: 'registry',
  flags: {
    to: {
      type: 'string',
      value: 'TARGET',
      description:
        'Where to publish: registry/owner/name (e.g. ghcr.io/acme/hello) or oci-layout:DIR (default: an OCI layout in the output folder; for oci plugins the repository of [oci].image).',
    },
  },
  read: (v) => defined({ to: stringOpt(v, 'to') }),
};

/** How to reach a registry: plain-http allowances and credentials. */
export const registryGroup: OptionGroup<RegistryOptions> = {
  slice: 'registry',
  flags: {
    insecure: {
      type: 'boolean',
      description: 'Talk plain http to a registry on this machine (127.0.0.1, localhost, [::1]).',
    },
    'insecure-host': {
      type: 'string',
      multiple: true,
      value: 'HOST',
      description:
        'Also allow plain http, credentials included, to this registry host that is not on this machine (repeatable); only on a network you trust.',
    },
    username: {
      type: 'string',
      value: 'USER',
      description:
        'Registry user name (default: REGISTRY_USERNAME, then the GitHub actor for ghcr.io, then docker/podman credentials).',
    },
    password: {
      type: 'string',
      value: 'SECRET',
      description:
        'Registry password or token (default: REGISTRY_PASSWORD, then GITHUB_TOKEN for ghcr.io, then docker/podman credentials).',
    },
    'registry-auths': {
      type: 'string',
      value: 'YAML',
      description:
        'Credentials for several registries as one YAML or JSON document: a list of {registry, username, password} (default: REGISTRY_AUTHS).',
    },
  },
  read: (v) =>
    defined({
      insecure: boolOpt(v, 'insecure'),
      insecureHosts: listOpt(v, 'insecure-host'),
      username: stringOpt(v, 'username'),
      password: stringOpt(v, 'password'),
      registryAuths: stringOpt(v, 'registry-auths'),
    }),
};

export interface PublishOptions {
  layout?: string;
  layoutRef?: string;
  imageTags: string[];
  latest: boolean;
  noTags: boolean;
  mountFrom?: string;
}

export const publishGroup: OptionGroup<PublishOptions> = {
  slice: 'publish',
  flags: {
    layout: {
      type: 'string',
      value: 'DIR',
      description:
        'For oci plugins: publish this OCI image layout (single image or multi-platform index) instead of building the image.',
    },
    'layout-ref': {
      type: 'string',
      value: 'NAME',
      description:
        'The image to take from the layout when its index.json lists several (its ref.name annotation).',
    },
    'image-tag': {
      type: 'string',
      multiple: true,
      value: 'TAG',
      description:
        'Registry tag to set (repeatable); replaces the default tags, which are the version and latest for non-prerelease versions.',
    },
    'no-latest': { type: 'boolean', description: 'Do not move the latest tag.' },
    'no-tags': {
      type: 'boolean',
      description: 'Push by digest only, setting no tag (the digest is still output).',
    },
    'mount-from': {
      type: 'string',
      value: 'REPO',
      description:
        'Mount blobs from this repository of the same registry instead of uploading them (e.g. acme/base).',
    },
  },
  read: (v) =>
    defined({
      layout: stringOpt(v, 'layout'),
      layoutRef: stringOpt(v, 'layout-ref'),
      imageTags: listOpt(v, 'image-tag'),
      latest: !boolOpt(v, 'no-latest'),
      noTags: boolOpt(v, 'no-tags'),
      mountFrom: stringOpt(v, 'mount-from'),
    }),
};

export interface SigstoreOptions {
  mode: SignMode;
  identityToken?: string;
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
  trustedRoot?: string;
  /** The published image to sign (`sign --image`). */
  image?: string;
}

/** The Sigstore instance flags, shared by signing and verifying. */
export const sigstoreInstanceFlags = {
  'trusted-root': {
    type: 'string',
    value: 'FILE',
    description:
      'trusted_root.json of a private Sigstore instance, or for offline verification (default: public-good over TUF).',
  },
} as const;

export const sigstoreGroup: OptionGroup<SigstoreOptions> = {
  slice: 'sigstore',
  flags: {
    sign: {
      type: 'string',
      value: 'auto|true|false',
      description:
        'auto (default) signs when an OIDC identity is available and the run releases (in a private or internal repository only with a private Fulcio and Rekor); true requires signing; false skips it.',
    },
    'identity-token': {
      type: 'string',
      value: 'JWT',
      description:
        'OIDC token to sign with (default: the GitHub Actions OIDC token when id-token: write is granted).',
    },
    'fulcio-url': {
      type: 'string',
      value: 'URL',
      description: 'Fulcio certificate authority of a private Sigstore (default: public-good).',
    },
    'rekor-url': {
      type: 'string',
      value: 'URL',
      description: 'Rekor transparency log of a private Sigstore (default: public-good).',
    },
    'tsa-url': {
      type: 'string',
      value: 'URL',
      description: "RFC 3161 timestamp authority (default: none; Rekor's time is the timestamp).",
    },
    ...sigstoreInstanceFlags,
  },
  read: (v: OptionValues) =>
    defined({
      mode: choiceOpt(v, 'sign', ['auto', 'true', 'false'] as const, 'auto'),
      identityToken: stringOpt(v, 'identity-token'),
      fulcioUrl: stringOpt(v, 'fulcio-url'),
      rekorUrl: stringOpt(v, 'rekor-url'),
      tsaUrl: stringOpt(v, 'tsa-url'),
      trustedRoot: stringOpt(v, 'trusted-root'),
    }),
};

export interface OutputOptions {
  output?: string;
}

export const outputGroup: OptionGroup<OutputOptions> = {
  slice: 'output',
  flags: {
    output: {
      type: 'string',
      value: 'DIR',
      description:
        'Folder for the release assets, bundles, notes and release.json (default: samuel-release/<name>-<version>).',
    },
  },
  read: (v) => defined({ output: stringOpt(v, 'output') }),
};

export interface ReleaseOptions {
  dryRun: boolean;
  githubToken?: string;
  /** OWNER/NAME of the GitHub repository the release is created in. */
  repository?: string;
}

export const releaseGroup: OptionGroup<ReleaseOptions> = {
  slice: 'release',
  flags: {
    'dry-run': {
      type: 'boolean',
      description:
        'Keep everything local: nothing is pushed, no GitHub release is created; the release folder holds what would be uploaded.',
    },
    'github-token': {
      type: 'string',
      value: 'TOKEN',
      description:
        'Token that creates the GitHub release (needs contents: write; default: GITHUB_TOKEN, then GH_TOKEN).',
    },
    repository: {
      type: 'string',
      value: 'OWNER/NAME',
      description:
        'The GitHub repository to create the release in (default: GITHUB_REPOSITORY, else the origin remote).',
    },
  },
  read: (v) =>
    defined({
      dryRun: boolOpt(v, 'dry-run'),
      githubToken: stringOpt(v, 'github-token'),
      repository: stringOpt(v, 'repository'),
    }),
};

export const signImageGroup: OptionGroup<Partial<SigstoreOptions>> = {
  slice: 'sigstore',
  flags: {
    image: {
      type: 'string',
      value: 'REF@DIGEST',
      description:
        'The published image or wasm artifact to sign (default: what publish pushed, else [oci].image when it is pinned).',
    },
  },
  read: (v) => defined({ image: stringOpt(v, 'image') }),
};
