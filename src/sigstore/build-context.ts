/**
 * The facts about this run that provenance records, read once. In GitHub Actions they come from
 * the OIDC token's claims when there is a token (Fulcio copies the same claims into the signing
 * certificate, so the statement and the certificate agree) and from the runner's environment
 * otherwise. Outside Actions the builder is the local machine, and the statement says so.
 */
/** The builder id of a release made outside GitHub Actions (a laptop, another CI). */
export const LOCAL_BUILDER_ID =
  'https://github.com/samuelpkg/samuel-plugin-release/blob/main/docs/provenance.md#local-builder';

/** The build and run this provenance describes. */
export interface BuildContext {
  /** True outside GitHub Actions: nothing here is vouched for by GitHub. */
  local: boolean;
  /**
   * `https://github.com/<job_workflow_ref>`: the workflow file whose job builds and signs, which
   * for a release through our reusable workflow is that workflow at the caller's pinned ref.
   */
  builderId: string;
  /** True when `builderId` came from the OIDC token, i.e. is what the certificate will name. */
  builderCertified: boolean;
  /** `https://github.com` (or the GitHub Enterprise server). */
  serverUrl: string;
  /** `owner/repo` of the repository being released. */
  repository?: string;
  repositoryId?: string;
  repositoryOwnerId?: string;
  /** The commit being released. */
  sha?: string;
  /** `refs/tags/v1.2.3`, `refs/heads/main`, … */
  ref?: string;
  /** The caller's workflow: `owner/repo/.github/workflows/release.yml@refs/tags/v1.2.3`. */
  workflowRef?: string;
  /** The job's workflow (`job_workflow_ref`): ours when called as a reusable workflow. */
  jobWorkflowRef?: string;
  jobWorkflowSha?: string;
  eventName?: string;
  runId?: string;
  runAttempt?: string;
  /** `https://github.com/owner/repo/actions/runs/<id>/attempts/<n>`. */
  invocationId?: string;
  runner: {
    /** `github-hosted` or `self-hosted` (from the token), unknown without one. */
    environment?: string;
    os?: string;
    arch?: string;
  };
}

/** The claims of a JWT, unverified (Fulcio verifies the token; we only read what it will copy). */
export function tokenClaims(token: string | undefined): Record<string, unknown> {
  if (!token) return {};
  try {
    const claims: unknown = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    );
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Reads the build context from the environment of a GitHub Actions job and, when given, the
 * OIDC identity token the release signs with (claims win over environment variables).
 */
export function readBuildContext(
  env: NodeJS.ProcessEnv,
  options: { identityToken?: string } = {},
): BuildContext {
  const claims = tokenClaims(options.identityToken);
  const inActions = env.GITHUB_ACTIONS === 'true';
  const pick = (claim: string, variable?: string): string | undefined =>
    text(claims[claim]) ?? (inActions && variable ? text(env[variable]) : undefined);
  const serverUrl = (inActions ? text(env.GITHUB_SERVER_URL) : undefined) ?? 'https://github.com';
  const context: BuildContext = {
    local: !inActions,
    builderId: LOCAL_BUILDER_ID,
    builderCertified: false,
    serverUrl,
    runner: {},
  };
  // job_workflow_ref exists only as a claim: a job is not told which reusable workflow runs it.
  const fields: [keyof BuildContext, string, string?][] = [
    ['repository', 'repository', 'GITHUB_REPOSITORY'],
    ['repositoryId', 'repository_id', 'GITHUB_REPOSITORY_ID'],
    ['repositoryOwnerId', 'repository_owner_id', 'GITHUB_REPOSITORY_OWNER_ID'],
    ['sha', 'sha', 'GITHUB_SHA'],
    ['ref', 'ref', 'GITHUB_REF'],
    ['workflowRef', 'workflow_ref', 'GITHUB_WORKFLOW_REF'],
    ['jobWorkflowRef', 'job_workflow_ref'],
    ['jobWorkflowSha', 'job_workflow_sha'],
    ['eventName', 'event_name', 'GITHUB_EVENT_NAME'],
    ['runId', 'run_id', 'GITHUB_RUN_ID'],
    ['runAttempt', 'run_attempt', 'GITHUB_RUN_ATTEMPT'],
  ];
  for (const [field, claim, variable] of fields) {
    const value = pick(claim, variable);
    if (value !== undefined) (context as unknown as Record<string, string>)[field] = value;
  }
  const environment = text(claims.runner_environment);
  if (environment) context.runner.environment = environment;
  if (inActions) {
    const os = text(env.RUNNER_OS);
    const arch = text(env.RUNNER_ARCH);
    if (os) context.runner.os = os;
    if (arch) context.runner.arch = arch;
  }
  if (!inActions) return context;
  if (context.repository && context.runId) {
    context.invocationId = `${serverUrl}/${context.repository}/actions/runs/${context.runId}/attempts/${context.runAttempt ?? '1'}`;
  }
  if (context.jobWorkflowRef) {
    context.builderId = `${serverUrl}/${context.jobWorkflowRef}`;
    context.builderCertified = true;
  } else if (context.workflowRef) {
    // Without a token the caller's workflow is the best available name, and nothing certifies it.
    context.builderId = `${serverUrl}/${context.workflowRef}`;
  }
  return context;
}
