/** `list`: a monorepo's plugins as a job matrix, one leg per plugin, with per-plugin tags. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../helpers/cli.js';
import { cleanPlugins, makePlugin } from '../helpers/plugin.js';

afterAll(cleanPlugins);

const manifest = (name: string, version: string) =>
  `name = "${name}"\nversion = "${version}"\nkind = "skill"\n`;
const skill = (name: string) => `---\nname: ${name}\ndescription: d\n---\n`;

describe('list', () => {
  it('prints the matrix with unique artifact names and the tags of each plugin', async () => {
    const root = makePlugin({
      'plugins/alpha/samuel-plugin.toml': manifest('alpha', '1.0.0'),
      'plugins/alpha/SKILL.md': skill('alpha'),
      'plugins/beta/samuel-plugin.toml': manifest('beta', '2.1.0'),
      'plugins/beta/SKILL.md': skill('beta'),
      'node_modules/x/samuel-plugin.toml': 'not a plugin of ours',
    });
    const r = await runCli(['list', '--json'], { cwd: root });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { matrix: { include: Record<string, unknown>[] } };
    expect(doc.matrix.include).toEqual([
      {
        path: 'plugins/alpha',
        name: 'alpha',
        version: '1.0.0',
        kind: 'skill',
        tags: ['alpha-v1.0.0', 'alpha/v1.0.0'],
        artifact: 'samuel-release-alpha',
      },
      {
        path: 'plugins/beta',
        name: 'beta',
        version: '2.1.0',
        kind: 'skill',
        tags: ['beta-v2.1.0', 'beta/v2.1.0'],
        artifact: 'samuel-release-beta',
      },
    ]);
  });

  it('keeps only the plugin a tag releases, and says when none matches', async () => {
    const root = makePlugin({
      'plugins/alpha/samuel-plugin.toml': manifest('alpha', '1.0.0'),
      'plugins/alpha/SKILL.md': skill('alpha'),
      'plugins/beta/samuel-plugin.toml': manifest('beta', '2.1.0'),
      'plugins/beta/SKILL.md': skill('beta'),
    });
    const r = await runCli(['list', 'plugins/*', '--tag', 'beta/v2.1.0', '--json'], { cwd: root });
    expect(JSON.parse(r.stdout).matrix.include.map((l: { name: string }) => l.name)).toEqual([
      'beta',
    ]);
    const none = await runCli(['list', 'plugins/*', '--tag', 'beta-v9.9.9'], { cwd: root });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no plugin here is released by the tag beta-v9.9.9');
  });

  it('refuses two plugins with one name, since tags and artifacts are per name', async () => {
    const root = makePlugin({
      'a/samuel-plugin.toml': manifest('same', '1.0.0'),
      'a/SKILL.md': skill('same'),
      'b/samuel-plugin.toml': manifest('same', '1.0.0'),
      'b/SKILL.md': skill('same'),
    });
    const r = await runCli(['list', 'a', 'b'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('two plugins are named same');
  });

  it('reports invalid manifests with exit 1, tag or not, and never crashes on them', async () => {
    const root = makePlugin({ 'p/samuel-plugin.toml': manifest('Bad', '1.0.0') });
    const r = await runCli(['list', 'p', '--tag', 'v1.0.0'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('[name-pattern]');
    expect(r.stderr).not.toContain('looks like a bug');
  });

  it('says what to do when there is no plugin', async () => {
    const r = await runCli(['list', 'nowhere'], { cwd: makePlugin({ 'x.txt': '' }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no samuel-plugin.toml under nowhere');
  });
});
