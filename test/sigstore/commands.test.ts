import {
  cosignVerifyBlobCommand,
  cosignVerifyImageCommand,
  cosignVerifyProvenanceBlobCommand,
  cosignVerifyProvenanceImageCommand,
  ghVerifyProvenanceCommand,
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

describe('provenance command lines', () => {
  const signer = { identity: reusableWorkflowIdentity(), repository: 'acme/hello' };

  it('cosign checks the SLSA v1 predicate with the same signer policy', () => {
    expect(
      cosignVerifyProvenanceBlobCommand('plugin.wasm', 'hello.provenance.sigstore.json', signer),
    ).toBe(
      'cosign verify-blob-attestation --bundle hello.provenance.sigstore.json --type slsaprovenance1 --certificate-identity https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1 --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-github-workflow-repository acme/hello plugin.wasm',
    );
    expect(
      cosignVerifyProvenanceImageCommand('ghcr.io/acme/hello@sha256:' + 'a'.repeat(64), signer),
    ).toMatch(
      /^cosign verify-attestation --type slsaprovenance1 --certificate-identity https:\/\/github\.com\/samuelpkg\/.* ghcr\.io\/acme\/hello@sha256:a{64}$/,
    );
  });

  it('gh pins the caller repository and our reusable workflow as the signer', () => {
    expect(ghVerifyProvenanceCommand('plugin.wasm', 'hello.provenance.sigstore.json', signer)).toBe(
      'gh attestation verify plugin.wasm --bundle hello.provenance.sigstore.json --repo acme/hello --signer-workflow github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml',
    );
  });

  it('gh falls back to the exact identity for a signer that is not a workflow', () => {
    expect(ghVerifyProvenanceCommand('SKILL.md', 'b.json', { identity: 'dev@example.com' })).toBe(
      'gh attestation verify SKILL.md --bundle b.json --cert-identity dev@example.com',
    );
  });
});
