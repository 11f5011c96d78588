// Entry of the validate action: runs the bundled program's `validate` with this step's inputs.
import { runAction } from '../dist/index.js';

await runAction('validate');
