/**
 * A skill plugin ships `SKILL.md` beside its manifest, opening with YAML front matter whose
 * `name` equals the manifest's name (Samuel's installer checks both).
 */
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { Finding } from '../report/index.js';
import { IoError } from '../errors.js';
import { READ_LIMITS, readRegularFile } from '../util/files.js';

/** Checks `skillFile` against the manifest name; returns findings positioned in SKILL.md. */
export async function checkSkillFile(
  skillFile: string,
  display: string,
  manifestName: string | undefined,
  manifestDisplay: string,
): Promise<Finding[]> {
  const finding = (message: string, fix: string, line = 1, col = 1, file = display): Finding => ({
    severity: 'error',
    rule: 'skill-md',
    message,
    fix,
    file,
    line,
    col,
  });
  let text: string;
  try {
    // Never read from a FIFO or a device: refused before a byte is read.
    const bytes = await readRegularFile(skillFile, {
      maxBytes: READ_LIMITS.skill,
      display,
      what: 'SKILL.md',
    });
    text = bytes.toString('utf8');
  } catch (e) {
    const code = ((e instanceof IoError ? e.cause : e) as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT') {
      return [
        finding(
          `skill plugin has no SKILL.md next to its manifest`,
          `create ${display} beginning with a front matter block ("---", "name: ${manifestName ?? '<plugin-name>'}", "description: …", "---")`,
          1,
          1,
          manifestDisplay,
        ),
      ];
    }
    if (e instanceof IoError) return [finding(e.message, e.fix ?? 'make SKILL.md a regular file')];
    return [
      finding(`cannot read ${display}: ${(e as Error).message}`, 'make SKILL.md a readable file'),
    ];
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return [
      finding(
        'SKILL.md does not start with YAML front matter (a line "---")',
        `begin the file with ---, name: ${manifestName ?? '<plugin-name>'}, description: …, ---`,
      ),
    ];
  }
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 0)
    return [
      finding('SKILL.md front matter is never closed', 'add a line "---" after the front matter'),
    ];
  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const p = counter.linePos(err.pos[0]);
    return [
      finding(
        `SKILL.md front matter is not valid YAML: ${err.message.split('\n')[0]}`,
        'fix the YAML between the two "---" lines',
        p.line + 1,
        p.col,
      ),
    ];
  }
  if (!isMap(doc.contents)) {
    return [
      finding(
        'SKILL.md front matter is not a YAML mapping',
        `write key: value lines, starting with name: ${manifestName ?? '<plugin-name>'}`,
        2,
      ),
    ];
  }
  const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === 'name');
  if (!pair) {
    return [
      finding(
        'SKILL.md front matter has no "name"',
        `add name: ${manifestName ?? '<plugin-name>'}`,
        2,
      ),
    ];
  }
  const value = isScalar(pair.value) ? pair.value.value : undefined;
  const range =
    (isScalar(pair.value) ? pair.value.range : undefined) ??
    (isScalar(pair.key) ? pair.key.range : undefined);
  const p = range ? counter.linePos(range[0]) : { line: 1, col: 1 };
  if (typeof value !== 'string') {
    return [
      finding(
        'SKILL.md front matter "name" is not a string',
        `write name: ${manifestName ?? '<plugin-name>'}`,
        p.line + 1,
        p.col,
      ),
    ];
  }
  if (manifestName !== undefined && value !== manifestName) {
    return [
      finding(
        `SKILL.md front matter name ${JSON.stringify(value)} does not match the manifest name ${JSON.stringify(manifestName)}`,
        `set name: ${manifestName} in SKILL.md (or rename the plugin)`,
        p.line + 1,
        p.col,
      ),
    ];
  }
  return [];
}
