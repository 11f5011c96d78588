/** Samuel's signature policy (contract §4): who it trusts to have signed a plugin. */

/** The OIDC issuer of GitHub Actions identities, the only one Samuel's default policy accepts. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** Samuel's default trusted identity pattern (certificate SAN). */
export const DEFAULT_IDENTITY_PATTERN = 'https://github.com/samuelpkg/**';
