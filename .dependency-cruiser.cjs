/* global module */
/**
 * The layers of src/, checked in CI: arrows only point down.
 *   faces     cli/  action/  index.ts
 *   pipeline  pipeline/  steps/  options/
 *   domains   manifest/ wasm/ container/ oci/ sigstore/ github/ lock/ release/ init/
 *   contract  samuel/
 *   ground    report/  errors.ts  util/
 */
const FACES = '^src/(cli|action)/|^src/index\\.ts$';
const PIPELINE = '^src/(pipeline|steps|options)/';
const DOMAINS = '^src/(manifest|wasm|container|oci|sigstore|github|lock|release|init)/';
const CONTRACT = '^src/samuel/';
const GROUND = '^src/(report|util)/|^src/(errors|version)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes the load order (and lazy loading) fragile.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pipeline-not-up',
      severity: 'error',
      comment: 'The pipeline never reaches up into the faces.',
      from: { path: PIPELINE },
      to: { path: FACES },
    },
    {
      name: 'domains-not-up',
      severity: 'error',
      comment: 'A domain knows nothing of the pipeline, the CLI or the action.',
      from: { path: DOMAINS },
      to: { path: `${FACES}|${PIPELINE}` },
    },
    {
      name: 'contract-not-up',
      severity: 'error',
      comment: "Samuel's rules as data depend on nothing but the ground.",
      from: { path: CONTRACT },
      to: { path: `${FACES}|${PIPELINE}|${DOMAINS}` },
    },
    {
      name: 'ground-not-up',
      severity: 'error',
      comment: 'report/, util/ and errors.ts are the bottom: every layer may use them.',
      from: { path: GROUND },
      to: { path: `${FACES}|${PIPELINE}|${DOMAINS}|${CONTRACT}` },
    },
    {
      name: 'options-load-light',
      severity: 'error',
      comment:
        'Every command reads its flags through src/options at start-up: no network client or Sigstore code there, only types.',
      from: { path: '^src/options/' },
      to: {
        path: '^src/(github|oci|sigstore|lock)/|node_modules/(@actions|@octokit|undici|@sigstore)',
        pathNot: '^src/github/compare/repository[.]ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
