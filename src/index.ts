/**
 * The one bundle behind the CLI and every action. It has no side effects on import: the CLI
 * (`bin/samuel-plugin-release.js`) calls `main`, and each action's entry calls `runAction`.
 * Each command's code is loaded when that command runs, so `--help` loads almost nothing.
 */
export { main, VERSION } from './cli/main.js';

/** Runs the command `name` as a GitHub Action step (see src/action). */
export async function runAction(name: string): Promise<void> {
  const action = await import('./action/index.js');
  return action.runAction(name);
}
