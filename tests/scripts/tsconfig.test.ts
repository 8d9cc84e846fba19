import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/** The project's TypeScript configurations: the root one and those it references. */
const CONFIGS = ['tsconfig.json', 'tsconfig.app.json', 'tsconfig.node.json', 'tsconfig.sw.json'];

/** Whether an include entry names something that exists: a file or folder, or a `dir/*.ext` glob with a match. */
function matches(entry: string): boolean {
  if (!entry.includes('*')) return existsSync(entry);
  const dir = path.dirname(entry);
  const ext = path.basename(entry).replace(/^\*/, '');
  if (dir.includes('*') || path.basename(entry).slice(1).includes('*'))
    throw new Error(`${entry}: only dir/*.ext globs are checked here`);
  return existsSync(dir) && readdirSync(dir).some((file) => file.endsWith(ext));
}

describe.each(CONFIGS)('%s', (file) => {
  const config = JSON.parse(readFileSync(file, 'utf8')) as {
    include?: string[];
    references?: { path: string }[];
  };

  test('includes only files and folders that exist', () => {
    expect((config.include ?? []).filter((entry) => !matches(entry))).toEqual([]);
  });

  test('references only configurations that exist', () => {
    expect((config.references ?? []).filter((r) => !existsSync(r.path))).toEqual([]);
  });
});
