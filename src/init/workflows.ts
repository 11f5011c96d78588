/**
 * The two workflow files `init` writes into a plugin repository: releases on tag pushes and
 * checks on pull requests, both through this toolkit's reusable workflows. Ten lines each, with
 * the permissions each job needs and nothing more.
 */

/** The ref of the reusable workflows new repositories use (the toolkit's major version tag). */
export const WORKFLOW_REF = 'v1';
export const REPOSITORY = 'samuelpkg/samuel-plugin-release';

/** `with:` lines for a template that needs inputs (a C plugin builds with make). */
function withInputs(inputs: Record<string, string>): string {
  const entries = Object.entries(inputs);
  if (entries.length === 0) return '';
  return `    with:\n${entries.map(([k, v]) => `      ${k}: '${v.replace(/'/g, "''")}'`).join('\n')}\n`;
}

export function releaseWorkflow(kind: string, inputs: Record<string, string> = {}): string {
  // Only an oci plugin pushes an image by default (to ghcr.io, with the job's token).
  const packages = kind === 'oci' ? ', packages: write' : '';
  return `# Releases the plugin when a version tag (v1.2.3) is pushed: builds, smoke-tests, publishes,
# signs and creates the GitHub release that \`samuel install\` reads.
name: Release
on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  release:
    permissions: { contents: write${packages}, id-token: write }
    uses: ${REPOSITORY}/.github/workflows/release.yml@${WORKFLOW_REF}
${withInputs(inputs)}`;
}

export function pullRequestWorkflow(inputs: Record<string, string> = {}): string {
  return `# Checks every pull request the way the release will: validate, build and smoke-test.
# No secrets and no OIDC, so it is safe for pull requests from forks.
name: Pull request
on: pull_request
permissions: {}
jobs:
  validate:
    permissions: { contents: read }
    uses: ${REPOSITORY}/.github/workflows/validate.yml@${WORKFLOW_REF}
${withInputs(inputs)}`;
}

/** A value as one shell word: bare when it is plain, else in single quotes. */
function shellWord(value: string): string {
  return /^[A-Za-z0-9._/:=@+-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}

/**
 * The local release command for a template: `release --dry-run` plus the flags its workflows
 * pass as inputs (a C plugin names its make command), so the line works when pasted.
 */
export function localReleaseCommand(inputs: Record<string, string> = {}): string {
  const flags = Object.entries(inputs).map(([k, v]) => ` --${k} ${shellWord(v)}`);
  return `npx samuel-plugin-release release --dry-run${flags.join('')}`;
}

/** The README section on releasing and verifying, for a plugin named `name`. */
export function readmeSection(
  name: string,
  kind: string,
  inputs: Record<string, string> = {},
): string {
  const asset = kind === 'wasm' ? 'plugin.wasm' : kind === 'skill' ? 'SKILL.md' : undefined;
  return `
## Releasing

Push a tag that equals \`version\` in \`samuel-plugin.toml\`:

\`\`\`sh
git tag v$(sed -n 's/^version = "\\(.*\\)"/\\1/p' samuel-plugin.toml) && git push --tags
\`\`\`

The release workflow validates, builds and smoke-tests the plugin, publishes and signs it, and
creates the GitHub release with exactly the files \`samuel install ${name}\` downloads. Try it
locally first: \`${localReleaseCommand(inputs)}\`.

## Verifying

The release notes list the commands that check its signatures${asset ? `, e.g. for \`${asset}\`` : ''}:

\`\`\`sh
npx samuel-plugin-release verify ${asset ?? '<image>@sha256:<digest>'}${asset ? ` --bundle ${asset}.bundle` : ''} \\
  --certificate-identity-regexp '^https://github.com/samuelpkg/samuel-plugin-release/' \\
  --certificate-github-workflow-repository <owner>/${name}
\`\`\`
`;
}
