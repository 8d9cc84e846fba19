import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { contentScale, writeScaledContent } from '../../scripts/scale-content.ts';
import { growthScales } from '../../scripts/bench/growth.ts';

describe('CONTENT_SCALE', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sspr-scale-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('takes a whole number from 1, and says what is wrong with anything else', () => {
    expect(contentScale(undefined)).toBe(1);
    expect(contentScale('10')).toBe(10);
    for (const bad of ['0', '-2', '1.5', 'ten', '1000'])
      expect(() => contentScale(bad)).toThrow(
        `CONTENT_SCALE must be a whole number from 1 to 100, not "${bad}"`,
      );
    expect(growthScales('10, 1,5,1')).toEqual([1, 5, 10]);
  });

  test('today’s content twice over compiles without a problem, and keeps every real page', () => {
    const real = compileContent('content');
    const generated = writeScaledContent('content', dir, 2);
    const scaled = compileContent(dir, dir);
    expect(scaled.diagnostics).toEqual([]);
    const tree = scaled.tree!;
    expect(generated.symptoms).toBe(real.tree!.symptoms.length);
    expect(generated.codes).toBe(real.tree!.codes.length);
    expect(tree.symptoms.length).toBe(2 * real.tree!.symptoms.length);
    expect(tree.codes.length).toBe(2 * real.tree!.codes.length);
    // The real symptoms and codes keep their ids, so their pages keep their URLs.
    for (const s of real.tree!.symptoms) expect(tree.symptoms.some((t) => t.id === s.id)).toBe(true);
    expect(tree.codeIds.slice(0, real.tree!.codeIds.length)).toEqual(real.tree!.codeIds);
    // Every symptom is in one group of the start page.
    expect(tree.groups.flatMap((g) => g.symptoms).sort()).toEqual(tree.symptoms.map((s) => s.id).sort());
  });
});
