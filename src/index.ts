/**
 * The one bundle behind the CLI and every action. It has no side effects on import: the CLI
 * (`bin/samuel-plugin-release.js`) calls `main`, and each action's entry calls `runAction`.
 */
export { main, VERSION } from './cli/main.js';
export { runAction } from './action/index.js';
