// Entry of the list action: runs the bundled program's `list` with this step's inputs.
import { runAction } from '../dist/index.js';

await runAction('list');
