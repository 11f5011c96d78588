import {
  cosignVerifyBlobCommand,
  cosignVerifyImageCommand,
  reusableWorkflowIdentity,
  shellQuote,
} from '../../src/sigstore/commands.js';

describe('cosign command lines', () => {
  const signer = { identity: reusableWorkflowIdentity(), repository: 'acme/hello' };

  it('names the reusable workflow identity, the issuer and the caller repository', () => {
    expect(cosignVerifyBlobCommand('plugin.wasm', 'plugin.wasm.bundle', signer)).toBe(
      'cosign verify-blob --bundle plugin.wasm.bundle --certificate-identity https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1 --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-github-workflow-repository acme/hello plugin.wasm',
    );
    expect(cosignVerifyImageCommand('ghcr.io/acme/hello@sha256:' + 'a'.repeat(64), signer)).toMatch(
      /^cosign verify --certificate-identity https:\/\/github\.com\/samuelpkg\/.* ghcr\.io\/acme\/hello@sha256:a{64}$/,
    );
  });

  it('quotes what a shell would split or expand', () => {
    expect(shellQuote("it's $HOME")).toBe(`'it'\\''s $HOME'`);
    expect(shellQuote('plain/path.bundle')).toBe('plain/path.bundle');
  });
});
