/**
 * The import graph of src/ has no arrow running back up (faces → pipeline → domains → contract →
 * ground), checked with dependency-cruiser as CI does, and the rules really catch a violation.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');

function cruise(cwd: string): { code: number; output: string } {
  try {
    const output = execFileSync(
      DEPCRUISE,
      ['src', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'],
      {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      },
    );
    return { code: 0, output };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    // eslint-disable-next-line no-control-regex
    const plain = `${err.stdout}${err.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    return { code: err.status, output: plain };
  }
}

describe('the layers of src/', () => {
  it('has no import that points up a layer, and no cycle', () => {
    const r = cruise(ROOT);
    expect(r.output).toContain('no dependency violations found');
    expect(r.code).toBe(0);
  });

  describe('when a domain imports from the CLI', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'spr-layers-'));
      mkdirSync(join(dir, 'src', 'oci'), { recursive: true });
      mkdirSync(join(dir, 'src', 'cli'), { recursive: true });
      mkdirSync(join(dir, 'src', 'report'), { recursive: true });
      writeFileSync(join(dir, 'src', 'cli', 'report.ts'), 'export const x = 1;\n');
      writeFileSync(
        join(dir, 'src', 'oci', 'store.ts'),
        "import { x } from '../cli/report.js';\nexport const y = x;\n",
      );
      writeFileSync(
        join(dir, 'src', 'report', 'a.ts'),
        "import { b } from './b.js';\nexport const a = b;\n",
      );
      writeFileSync(
        join(dir, 'src', 'report', 'b.ts'),
        "import { a } from './a.js';\nexport const b = () => a;\n",
      );
      copyFileSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('names the rule and the arrow, and fails', () => {
      const r = cruise(dir);
      expect(r.code).not.toBe(0);
      expect(r.output).toContain('domains-not-up: src/oci/store.ts → src/cli/report.ts');
      expect(r.output).toContain('no-circular');
    });
  });
});
