/**
 * What steps hand each other: a typed list of artifacts instead of optional context fields. A
 * step adds what it made (`ctx.artifacts.add(...)`) and later steps ask for it by type, with a
 * clear error naming the step that should have made it when it is missing.
 */
import type { OciStore } from '../oci/types.js';
import { ReleaseError } from '../errors.js';

export type Artifact =
  | {
      type: 'wasm-module';
      path: string;
      size: number;
      toolchain?: string;
      toolchainVersion?: string;
    }
  | {
      type: 'image-layout';
      dir: string;
      /** The index or manifest digest of the image in the layout. */
      digest?: string;
      platforms?: { platform: string; digest: string }[];
      builder?: string;
    }
  | {
      type: 'image';
      /** Pull reference by digest (`registry/owner/name@sha256:…` or `oci-layout:DIR@sha256:…`). */
      reference: string;
      digest: string;
      store: OciStore;
      tags: string[];
      /** True when the image is in a registry (not only in a local layout). */
      pushed: boolean;
      /** True when this push created the repository (GHCR makes new packages private). */
      firstPush?: boolean;
    }
  | { type: 'bundle'; name: string; path: string; subject: string }
  | { type: 'released-manifest'; text: string; changes: string[] }
  | { type: 'release-asset'; name: string; path: string; required: boolean }
  | { type: 'verify-command'; command: string }
  | { type: 'lock-entry'; lockToml: string; indexToml: string }
  | { type: 'github-release'; url: string; id: number; action: string };

export type ArtifactType = Artifact['type'];
export type ArtifactOf<T extends ArtifactType> = Extract<Artifact, { type: T }>;

/** Which step makes each artifact, for the error when one is missing. */
const MADE_BY: Record<ArtifactType, string> = {
  'wasm-module': 'build',
  'image-layout': 'build',
  image: 'publish',
  bundle: 'sign',
  'released-manifest': 'pin',
  'release-asset': 'release',
  'verify-command': 'sign',
  'lock-entry': 'lock',
  'github-release': 'release',
};

export class ArtifactList {
  private readonly items: Artifact[] = [];

  /** Adds an artifact; a release asset or bundle with the same name replaces the earlier one. */
  add(artifact: Artifact): void {
    if (artifact.type === 'release-asset' || artifact.type === 'bundle') {
      const i = this.items.findIndex(
        (a) => a.type === artifact.type && 'name' in a && a.name === artifact.name,
      );
      if (i >= 0) {
        this.items[i] = artifact;
        return;
      }
    }
    if (artifact.type === 'released-manifest' || artifact.type === 'image') {
      const i = this.items.findIndex((a) => a.type === artifact.type);
      if (i >= 0) {
        this.items[i] = artifact;
        return;
      }
    }
    this.items.push(artifact);
  }

  /** Every artifact of a type, in the order they were added. */
  all<T extends ArtifactType>(type: T): ArtifactOf<T>[] {
    return this.items.filter((a): a is ArtifactOf<T> => a.type === type);
  }

  /** The latest artifact of a type, if any. */
  get<T extends ArtifactType>(type: T): ArtifactOf<T> | undefined {
    const all = this.all(type);
    return all[all.length - 1];
  }

  /** The latest artifact of a type, or an error naming the step that makes it. */
  require<T extends ArtifactType>(type: T, neededBy: string): ArtifactOf<T> {
    const found = this.get(type);
    if (!found) {
      throw new ReleaseError(
        'INTERNAL',
        `the ${neededBy} step needs the ${type} that the ${MADE_BY[type]} step makes, and there is none`,
        { fix: `run the ${MADE_BY[type]} step first (release runs every step in order)` },
      );
    }
    return found;
  }
}
