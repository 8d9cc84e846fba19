import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentTree } from '../../src/compiler/vite-plugin.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

/** Runs the plugin the way Vite does for one build, returning the code of a module or the error it raised. */
function load(command: 'build' | 'serve', ssr: boolean, id: string, root = process.cwd()) {
  const plugin = contentTree('content');
  const emitted: { fileName: string; source: string }[] = [];
  (plugin.configResolved as Hook).call(undefined, { root, command, build: { ssr } });
  (plugin.buildStart as Hook | undefined)?.call(undefined);
  const resolved = (plugin.resolveId as Hook).call(undefined, id) as string;
  const watched: string[] = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    error: (e: unknown) => {
      throw Object.assign(new Error(typeof e === 'string' ? e : (e as { message: string }).message), {
        detail: e,
      });
    },
  };
  const code = (plugin.load as Hook).call(context, resolved) as string;
  const emitFile = (file: { fileName: string; source: string }) => emitted.push(file);
  (plugin.generateBundle as Hook).call({ ...context, emitFile });
  return { code, watched, emitted };
}

// Each test compiles the real content, which grows with every symptom and code; on a loaded machine that can
// pass vitest's 5 s default.
describe('the virtual:tree plugin', { timeout: 20_000 }, () => {
  test('a client build gets the core and the folder of its parts, one JSON file per part', () => {
    const { code, watched, emitted } = load('build', false, 'virtual:tree');
    const folder = /export const textParts = "\/(assets\/tree-[0-9a-f]{10}\/)";/.exec(code)?.[1];
    expect(folder).toBeDefined();
    expect(code).not.toContain('Logg på Azure-portalen');
    expect(watched).toEqual(expect.arrayContaining([path.resolve('content/wizard.yaml')]));
    const names = emitted.map((f) => f.fileName);
    expect(names).toEqual(
      expect.arrayContaining([`${folder}nb/how-to-reset.json`, `${folder}en/about.json`]),
    );
    expect(names.every((name) => name.startsWith(folder!))).toBe(true);
  });

  test('a part holds that symptom’s flow and words in that language', () => {
    const { emitted } = load('build', false, 'virtual:tree');
    const part = emitted.find((f) => f.fileName.endsWith('/nb/how-to-reset.json'))!.source;
    expect(part).toContain('Logg på Azure-portalen');
    expect(part).not.toContain('Sign in to the Azure portal');
    expect(JSON.parse(part).shape.rules.length).toBeGreaterThan(0);
  });

  test('the server build and the dev server get the whole tree, and no part is written', () => {
    for (const [command, ssr] of [
      ['build', true],
      ['serve', false],
    ] as const) {
      const { code, emitted } = load(command, ssr, 'virtual:tree');
      expect(code).toContain('export const textParts = undefined;');
      expect(code).toContain('Logg på Azure-portalen');
      expect(emitted).toEqual([]);
    }
  });

  describe('with broken content', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'plugin-'));
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));

    test('fails the build with every diagnostic and points the overlay at the first', () => {
      cpSync('content', path.join(tmp, 'content'), { recursive: true });
      const rules = path.join(tmp, 'content/wizard.yaml');
      writeFileSync(rules, readFileSync(rules, 'utf8').replace('id: how-to-reset', 'id: How_To'));
      let raised: (Error & { detail?: { id?: string; loc?: { line: number } } }) | undefined;
      try {
        load('build', false, 'virtual:tree', tmp);
      } catch (error) {
        raised = error as typeof raised;
      }
      expect(raised?.message).toMatch(
        /The content has 1 problem:\ncontent\/wizard\.yaml:\d+:\d+: symptoms\.\d+\.id: must be a kebab-case/,
      );
      expect(raised?.detail?.id).toBe(rules);
      expect(raised?.detail?.loc?.line).toBeGreaterThan(0);
    });
  });
});
