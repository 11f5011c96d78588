/**
 * `--compare-release[=REPO]`: compare the manifest's capabilities with the plugin's latest
 * GitHub release. Declared apart from the other concerns so the validate step and the validate
 * command share one flag with one description.
 */
import { parseRepository } from '../github/compare/repository.js';
import { stringOpt, type OptionGroup } from './spec.js';

export interface CompareReleaseOptions {
  /**
   * The repository whose latest release to compare with: `owner/repo`, or `true` for
   * GITHUB_REPOSITORY. Absent: no comparison.
   */
  compareRelease?: string | true;
}

export const compareGroup: OptionGroup<CompareReleaseOptions> = {
  slice: 'compare',
  flags: {
    'compare-release': {
      type: 'string',
      value: 'REPO',
      description:
        'Compare the capabilities the manifest asks for with those of the latest GitHub release of REPO (OWNER/REPO, or true for GITHUB_REPOSITORY) and report each one added, widened or removed; reads with COMPARE_RELEASE_TOKEN, GITHUB_TOKEN or GH_TOKEN when set (anonymously otherwise), and never fails the run when GitHub cannot be read.',
    },
  },
  read(values) {
    const value = stringOpt(values, 'compare-release');
    if (value === undefined || /^(false|0|no)$/i.test(value)) return {};
    if (/^(true|1|yes)$/i.test(value)) return { compareRelease: true };
    const { owner, repo } = parseRepository(value);
    return { compareRelease: `${owner}/${repo}` };
  },
};
