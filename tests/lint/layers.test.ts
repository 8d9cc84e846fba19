// @vitest-environment node
/**
 * The import rule of eslint.config.js keeps src/ in one-way layers: tree and i18n <- compiler, shared <- pages
 * (features/<page>) <- app. Each case lints one import as though it were written in a file of that folder.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const eslint = new ESLint();

// Loading the configuration (typescript-eslint and its parser) is the slow part: done once, before the cases.
beforeAll(() => eslint.calculateConfigForFile('src/tree/x.ts'), 60_000);

/** The no-restricted-imports messages for `import { x } from '<specifier>'` in the file at `filePath`. */
async function importProblems(filePath: string, specifier: string): Promise<string[]> {
  const code = `import { x } from '${specifier}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('an import against the layers fails lint', () => {
  test.each([
    ['src/tree/x.ts', '../shared/store.ts'],
    ['src/tree/x.ts', '../compiler/compile.ts'],
    ['src/i18n/x.ts', '../tree/compiled.ts'],
    ['src/compiler/x.ts', '../shared/compiled-tree.ts'],
    ['src/compiler/x.ts', '../features/start/filter.ts'],
    ['src/shared/x.ts', '../features/start/start-page.tsx'],
    ['src/shared/x.ts', '../app/layout.tsx'],
    ['src/features/start/x.tsx', '../../app/layout.tsx'],
    ['src/features/start/x.tsx', '../remedy/remedy-page.tsx'],
    ['src/features/start/x.tsx', '../../features/remedy/remedy-page.tsx'],
    ['src/features/start/x.tsx', '../../compiler/compile.ts'],
    ['src/app/x.tsx', '../compiler/compile.ts'],
    ['src/sw/x.ts', '../shared/store.ts'],
    ['src/sw/x.ts', 'react'],
    ['src/shared/x.ts', '../sw/offline.ts'],
  ])('%s importing %s', async (file, specifier) => {
    expect(await importProblems(file, specifier)).toHaveLength(1);
  });
});

describe('an import along the layers passes', () => {
  test.each([
    ['src/compiler/x.ts', '../tree/resolve.ts'],
    ['src/shared/x.ts', '../tree/compiled.ts'],
    ['src/shared/x.ts', '../i18n/i18n.ts'],
    ['src/features/start/x.tsx', './filter.ts'],
    ['src/features/start/x.tsx', '../../shared/store.ts'],
    ['src/features/start/x.tsx', '../../tree/paths.ts'],
    ['src/app/x.tsx', '../features/start/start-page.tsx'],
    ['src/app/x.tsx', '../shared/lang-context.tsx'],
    ['src/sw/x.ts', '../tree/paths.ts'],
    ['src/app/x.tsx', '../sw/offline.ts'],
  ])('%s importing %s', async (file, specifier) => {
    expect(await importProblems(file, specifier)).toEqual([]);
  });
});
