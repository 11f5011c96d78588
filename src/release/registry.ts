/** The steps between validate and release, in order. */
import type { Step } from './steps.js';

export const PIPELINE_STEPS: Step[] = [];
