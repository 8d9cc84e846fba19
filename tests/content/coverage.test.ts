/**
 * The coverage list (content/coverage.yaml) on the real content: it compiles (so every case points to a symptom,
 * code or item that exists: the compiler's rule, proven on fixtures in tests/compiler/codes.test.ts), and it stays
 * exhaustive and dated as content grows. Properties only: adding a case, a code or a page never breaks these.
 */
import { describe, expect, test } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { buildSearchIndex } from '../../src/compiler/search-index.ts';
import { createSearchEngine } from '../../src/features/start/search-engine.ts';

const compiled = compileContent('content');
const tree = compiled.tree!;
const coverage = compiled.coverage!;

describe('the coverage list of Microsoft troubleshooting pages', () => {
  test('compiles with the content, every case answered', () => {
    expect(compiled.diagnostics).toEqual([]);
    expect(coverage.pages.length).toBeGreaterThan(0);
    for (const page of coverage.pages)
      for (const c of page.cases) expect(c.answers.length, c.case).toBeGreaterThan(0);
  });

  test('every code that cites a listed page is named by a case of the list', () => {
    const named = new Set(coverage.pages.flatMap((page) => page.cases.flatMap((c) => c.answers)));
    const listed = new Set(coverage.pages.map((page) => page.url));
    for (const code of tree.codes.filter((c) => listed.has(c.source)))
      expect(named, `${code.id} cites ${code.source}`).toContain(`code:${code.id}`);
  });

  test("each page's date is the month every code citing it gives as its source date", () => {
    for (const page of coverage.pages)
      for (const code of tree.codes.filter((c) => c.source === page.url))
        expect(code.sourceDate, code.id).toBe(page.date);
  });

  test('the list was made on or after the dates of the pages it lists', () => {
    for (const page of coverage.pages) expect(coverage.made >= page.date, page.url).toBe(true);
  });

  test('each code the list names is found first by its code and by every alias, typed as copied', () => {
    const engine = createSearchEngine(buildSearchIndex(tree, compiled.synonyms));
    const ids = new Set(
      coverage.pages.flatMap((page) =>
        page.cases.flatMap((c) => c.answers.filter((a) => a.startsWith('code:')).map((a) => a.slice(5))),
      ),
    );
    for (const code of tree.codes.filter((c) => ids.has(c.id)))
      for (const form of [code.code, ...code.aliases]) {
        const first = engine.search(form, 1)[0];
        expect(first && `${first.kind}:${first.ref}`, form).toBe(`code:${code.id}`);
      }
  });
});
