/**
 * The one pipeline, in order. Every command is a slice of it, so a behaviour exists once:
 * adding a step is one file in src/steps/ and one line here.
 */
import type { Step } from './step.js';
import { validateStep } from '../steps/validate.js';
import { buildStep } from '../steps/build.js';
import { auditStep } from '../steps/audit.js';
import { smokeStep } from '../steps/smoke.js';
import { publishStep } from '../steps/publish.js';
import { signStep } from '../steps/sign.js';
import { provenanceStep } from '../steps/provenance.js';
import { pinStep } from '../steps/pin.js';
import { lockStep } from '../steps/lock.js';
import { releaseStep } from '../steps/release.js';

export const PIPELINE: readonly Step[] = [
  validateStep,
  buildStep,
  auditStep,
  smokeStep,
  publishStep,
  signStep,
  provenanceStep,
  pinStep,
  lockStep,
  releaseStep,
];

export type StepName = (typeof PIPELINE)[number]['name'];

/** The steps named, in pipeline order. */
export function slice(...names: string[]): Step[] {
  for (const n of names) {
    if (!PIPELINE.some((s) => s.name === n)) throw new Error(`no pipeline step named ${n}`);
  }
  return PIPELINE.filter((s) => names.includes(s.name));
}
