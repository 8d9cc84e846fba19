import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileContent } from '../../src/compiler/compile.ts';
import { buildSearchShards } from '../../src/compiler/search-index.ts';
import type { SearchShards } from '../../src/compiler/search-index.ts';
import { createShardedEngine, rightInTop3 } from '../../src/features/start/search-engine.ts';
import type { SearchEngine } from '../../src/features/start/search-engine.ts';
import type { SearchQuery } from '../../src/compiler/queries.ts';
import { LANGS } from '../../src/tree/lang.ts';
import type { Tree } from '../../src/tree/compiled.ts';
import { generateContent } from './generate-content.ts';
import { formatMs, progress } from './measure.ts';
import { info, judged } from './table.ts';
import type { Row } from './table.ts';

/** Budget of one keystroke's search, from the typed text to the ranked results: within one frame at 60 Hz. */
const KEYSTROKE_BUDGET_MS = 16;

/** The 95th percentile of a list of times. */
export function p95(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

/**
 * Every keystroke of every query of the query set, typed one letter at a time: the time to rank the results for
 * what is typed so far (the work between a key and the results list; the list's paint is not in it).
 */
export function keystrokes(engine: SearchEngine, queries: readonly SearchQuery[]): number[] {
  const times: number[] = [];
  for (let run = 0; run < 3; run++)
    for (const { query } of queries)
      for (let i = 1; i <= query.length; i++) {
        const typed = query.slice(0, i);
        const started = performance.now();
        const hits = engine.search(typed);
        if (hits.length === 0) engine.closest(typed);
        times.push(performance.now() - started);
      }
  return times;
}

/** An engine over both shards, as the start page has once its search box is used. */
const bothShards = ({ head, text }: SearchShards): SearchEngine => createShardedEngine(head).withText(text);
/** The size of the shards' JSON. */
const jsonKb = ({ head, text }: SearchShards) => (head.length + text.length) / 1024;

/** The search's rows: how often the query set finds a right page in the first three, and keystroke speed. */
export function benchSearch(contentDir: string): Row[] {
  progress('search: query set and keystrokes');
  const real = compileContent(contentDir);
  if (!real.tree) throw new Error('the content does not compile');
  let started = performance.now();
  const index = buildSearchShards(real.tree, real.synonyms);
  const buildMs = performance.now() - started;
  const engine = bothShards(index);
  // Each language's start page loads its own index, in two shards: a query is tried on its language's.
  const own = Object.fromEntries(
    LANGS.map((lang) => [lang, bothShards(buildSearchShards(real.tree as Tree, real.synonyms, lang))]),
  );
  const queries = real.queries;
  const found = queries.filter((q) => rightInTop3(own[q.lang] ?? engine, q));
  const share = found.length / queries.length;
  const percent = (part: number, whole: number) => `${part}/${whole} (${((part / whole) * 100).toFixed(0)}%)`;
  const byLang = LANGS.map((lang) => {
    const all = queries.filter((q) => q.lang === lang).length;
    return `${lang} ${percent(found.filter((q) => q.lang === lang).length, all)}`;
  });
  const rows: Row[] = [
    judged(
      `Search: query set (content/queries/) finds a right page in the first 3 (${queries.length} queries)`,
      `${percent(found.length, queries.length)}; ${byLang.join(', ')}`,
      '>= 90%',
      share >= 0.9,
    ),
    info(
      'Search: index build (today’s content)',
      `${formatMs(buildMs)}, ${jsonKb(index).toFixed(1)} KB JSON (two shards)`,
    ),
  ];
  const todayP95 = p95(keystrokes(engine, queries));
  rows.push(
    judged(
      'Search: keystroke to ranked results, p95 (today’s content)',
      formatMs(todayP95),
      `<= ${KEYSTROKE_BUDGET_MS} ms`,
      todayP95 <= KEYSTROKE_BUDGET_MS,
    ),
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'sspr-bench-search-'));
  try {
    progress('search: 1,000 generated symptoms');
    generateContent(dir, 1000, contentDir);
    const large = compileContent(dir);
    if (!large.tree) throw new Error('the generated content does not compile');
    // The generated symptoms join today's, so the query set still has its answers among them.
    const tree = {
      ...large.tree,
      symptoms: [...real.tree.symptoms, ...large.tree.symptoms],
      codes: real.tree.codes,
    };
    started = performance.now();
    const largeIndex = buildSearchShards(tree, real.synonyms);
    const largeBuild = performance.now() - started;
    const largeP95 = p95(keystrokes(bothShards(largeIndex), queries));
    rows.push(
      info(
        'Search: index build (+1,000 generated symptoms)',
        `${formatMs(largeBuild)}, ${jsonKb(largeIndex).toFixed(0)} KB JSON (two shards)`,
      ),
      judged(
        'Search: keystroke to ranked results, p95 (+1,000 generated symptoms)',
        formatMs(largeP95),
        `<= ${KEYSTROKE_BUDGET_MS} ms`,
        largeP95 <= KEYSTROKE_BUDGET_MS,
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
