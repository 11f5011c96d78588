/**
 * What Samuel v2.3's installer downloads from a GitHub release, by kind (source.go,
 * github_release.go): the assets a release must carry for `samuel install` to use it instead of
 * falling back to a git clone.
 */
/** The plugin kinds Samuel v2.3 knows (`kind` in samuel-plugin.toml). */
export type PluginKind = 'skill' | 'wasm' | 'oci' | 'meta';

/** The file name Samuel installs a wasm module as, whatever `[wasm].module` says. */
export const INSTALLED_MODULE = 'plugin.wasm';

export interface InstallerAssets {
  /** Assets whose absence makes the installer fall back to `git clone`. */
  required: string[];
  /** Assets the installer reads when present (signatures). */
  optional: string[];
}

/**
 * The release assets for a plugin. `repoName` is the GitHub repository's name: Samuel downloads
 * an oci plugin's bundle as `<repo-name>.bundle` (`ociReleaseAssetSet(repoName)`), not under the
 * plugin's name.
 */
export function installerAssets(kind: PluginKind, repoName: string): InstallerAssets {
  switch (kind) {
    case 'wasm':
      return {
        required: [INSTALLED_MODULE, 'samuel-plugin.toml'],
        optional: [`${INSTALLED_MODULE}.bundle`],
      };
    case 'oci':
      return { required: ['samuel-plugin.toml'], optional: [`${repoName}.bundle`] };
    case 'skill':
      // Skills install by `git clone --branch <tag>`; Samuel reads SKILL.md.bundle only from the
      // tagged tree (never a release asset, nor the entry's signature_bundle). The asset serves
      // cosign users.
      return { required: [], optional: ['SKILL.md.bundle'] };
    case 'meta':
      return { required: [], optional: [] };
  }
}
