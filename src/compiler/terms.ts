import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, visit } from 'yaml';
import type { Node as YamlNode, Scalar } from 'yaml';
import { z } from 'zod';
import type { Diagnostics } from './diagnostics.ts';
import { text } from './fields.ts';
import { loadYaml, parseYaml } from './yaml-file.ts';

/**
 * One term per concept in the Norwegian text: `content/terms.yaml` lists the words and phrases the Norwegian text
 * must not use, each with the word to use instead. Every Norwegian string of the content is read word by word (a
 * real word segmenter, so æ, ø and å are letters like any other and "tildeling" is one word, never a substring of
 * another), and each use of an avoided word is reported at its file, line and column.
 *
 * Not read, on purpose: quotations between « and » (a UI label, a message, the 2021 text, a word being discussed),
 * inline `code`, link addresses and {{placeholders}}; a correction's "was" (it quotes the 2021 text) and a symptom's
 * search keywords and content/search.yaml (words people type, not words the site says).
 */

/** One word of a pattern: the word itself, lower case; a leading or trailing `*` stands for any letters there. */
interface PatternWord {
  word: string;
  prefix: boolean;
  suffix: boolean;
}

/** An avoided word or phrase, with the word to use instead. */
export interface Term {
  /** The pattern as written in terms.yaml. */
  avoid: string;
  words: PatternWord[];
  use: string;
  /** The terms file, as diagnostics name it. */
  file: string;
}

const termsSchema = z.strictObject({
  terms: z.array(
    z.strictObject({
      use: text,
      avoid: z.array(text).min(1, { message: 'list at least one word or phrase to avoid' }),
      why: text.optional(),
    }),
  ),
});

const segmenter = new Intl.Segmenter('nb', { granularity: 'word' });
const lower = (s: string) => s.toLocaleLowerCase('nb');

/** A word of a text, with where it starts and ends in that text. */
interface Word {
  word: string;
  start: number;
  end: number;
}

/** The words of a text, as Unicode word segmentation finds them (punctuation, spaces and hyphens split words). */
export function wordsOf(textToSplit: string): Word[] {
  const words: Word[] = [];
  for (const s of segmenter.segment(textToSplit)) {
    if (s.isWordLike) words.push({ word: lower(s.segment), start: s.index, end: s.index + s.segment.length });
  }
  return words;
}

/** What may stand between two words of a phrase: spaces and line breaks, a hyphen, Markdown's * and _. */
const JOINS_A_PHRASE = /^[\s\-*_]*$/u;

/** Parses an avoid pattern into its words; undefined when it has none, or a `*` inside a word. */
function parsePattern(pattern: string): PatternWord[] | undefined {
  const parts = pattern.trim().split(/[\s-]+/u);
  const words: PatternWord[] = [];
  for (const part of parts) {
    const prefix = part.endsWith('*');
    const suffix = part.startsWith('*');
    const word = lower(part.replace(/^\*|\*$/gu, ''));
    const split = wordsOf(word);
    if (split.length !== 1 || split[0]?.word !== word) return undefined;
    words.push({ word, prefix, suffix });
  }
  return words.length > 0 ? words : undefined;
}

function wordMatches(p: PatternWord, w: string): boolean {
  if (p.prefix && p.suffix) return w.includes(p.word);
  if (p.prefix) return w.startsWith(p.word);
  if (p.suffix) return w.endsWith(p.word);
  return w === p.word;
}

/** Where an avoided term is used in a text: its offset in that text, the words as written, and the term. */
export interface TermUse {
  offset: number;
  found: string;
  term: Term;
}

/**
 * Blanks out what the rule does not read, keeping every other character at its offset: quotations in « », inline
 * code, link addresses, bare URLs, HTML tags and {{placeholders}}. A blanked stretch also ends a phrase.
 */
function unquoted(source: string): string {
  const blank = (m: string) => m.replace(/[^\n]/gu, '\u0001');
  return source
    .replace(/«[^»]*»/gu, blank)
    .replace(/`[^`\n]*`/gu, blank)
    .replace(/\]\([^)\s]*\)/gu, blank)
    .replace(/https?:\/\/[^\s)>\]]+/gu, blank)
    .replace(/<[^<>\n]*>/gu, blank)
    .replace(/\{\{[^}]*\}\}/gu, blank);
}

/** Every use of an avoided term in a text (the text as written in its file, so offsets are the file's). */
export function findTerms(source: string, terms: readonly Term[]): TermUse[] {
  const readable = unquoted(source);
  const words = wordsOf(readable);
  const uses: TermUse[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const term of terms) {
      const n = term.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const w = words[i + k] as Word;
        ok = wordMatches(term.words[k] as PatternWord, w.word);
        if (ok && k > 0) ok = JOINS_A_PHRASE.test(readable.slice((words[i + k - 1] as Word).end, w.start));
      }
      if (!ok) continue;
      const first = words[i] as Word;
      const last = words[i + n - 1] as Word;
      uses.push({ offset: first.start, found: source.slice(first.start, last.end), term });
      break;
    }
  }
  return uses;
}

/** Reads content/terms.yaml: each pattern must be words (with `*` only at a word's ends), given once. */
export function loadTerms(source: string, file: string, d: Diagnostics): Term[] {
  const loaded = loadYaml(source, file, termsSchema, d);
  if (!loaded.value) return [];
  const terms: Term[] = [];
  const seen = new Set<string>();
  loaded.value.terms.forEach((entry, i) => {
    entry.avoid.forEach((avoid, k) => {
      const place = loaded.placeOf(['terms', i, 'avoid', k]);
      const words = parsePattern(avoid);
      if (!words) {
        d.add(
          place,
          `"${avoid}" is not a word or phrase: write words, with * only at the start or end of a word`,
        );
        return;
      }
      const key = words.map((w) => `${w.suffix ? '*' : ''}${w.word}${w.prefix ? '*' : ''}`).join(' ');
      const term = { avoid, words, use: entry.use, file };
      if (seen.has(key)) d.add(place, `"${avoid}" is listed twice: keep it under one term`);
      else if (findTerms(entry.use, [term]).length > 0)
        d.add(place, `"${avoid}" matches "${entry.use}", the word to use instead: narrow the pattern`);
      else terms.push(term);
      seen.add(key);
    });
  });
  return terms;
}

/** The message for one use, with the word to use instead. */
function message(use: TermUse): string {
  const found = use.found.replace(/\s+/gu, ' ');
  return `"${found}": write "${use.term.use}" instead (${use.term.file}: "${use.term.avoid}"); quote it in « » if it is a label or a quotation`;
}

/** One file being checked for avoided terms: its text, where its lines start, its name, the terms, the problems. */
interface TermCheck {
  source: string;
  lines: LineCounter;
  file: string;
  terms: readonly Term[];
  d: Diagnostics;
}

/** Reports each use of an avoided term in one stretch of a file (`from` to `to`), at its line and column. */
function report({ source, lines, file, terms, d }: TermCheck, from: number, to: number): void {
  for (const use of findTerms(source.slice(from, to), terms)) {
    const { line, col } = lines.linePos(from + use.offset);
    d.add({ file, line, column: col }, message(use));
  }
}

function lineCounterOf(source: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

/** Checks a Norwegian Markdown file (an article or an added symptom): all of it but its front matter. */
function checkMarkdownTerms(source: string, file: string, terms: readonly Term[], d: Diagnostics): void {
  const front = /^---\n[\s\S]*?\n---\n/u.exec(source);
  const check = { source, lines: lineCounterOf(source), file, terms, d };
  report(check, front ? front[0].length : 0, source.length);
}

/** Keys whose Norwegian values are words people type rather than words the site says. */
const SEARCH_WORDS = new Set(['keywords']);

/**
 * Checks the Norwegian strings of a YAML file: every value under an `nb` key (a text, or a list of texts), except
 * under a symptom's `keywords`. With `everyString`, every string value (for a JSON file of Norwegian UI copy).
 */
export function checkYamlTerms(
  source: string,
  file: string,
  terms: readonly Term[],
  d: Diagnostics,
  everyString = false,
): void {
  const { doc, lines } = parseYaml(source);
  if (doc.errors.length > 0) return; // the file's own loader reports its syntax
  const scalars: Scalar[] = [];
  const collect = (node: unknown) => {
    visit(node as YamlNode, {
      Scalar(key, scalar) {
        if (key !== 'key' && typeof scalar.value === 'string') scalars.push(scalar);
      },
    });
  };
  if (everyString) collect(doc.contents);
  else
    visit(doc, {
      Pair(_, pair, ancestors) {
        if (!isScalar(pair.key) || pair.key.value !== 'nb') return undefined;
        const under = ancestors.filter(isPair).map((p) => (isScalar(p.key) ? p.key.value : undefined));
        if (!under.some((k) => typeof k === 'string' && SEARCH_WORDS.has(k))) {
          if (isScalar(pair.value) || isSeq(pair.value) || isMap(pair.value)) collect(pair.value);
        }
        return visit.SKIP;
      },
    });
  for (const scalar of scalars) {
    const [start, end] = scalar.range ?? [0, 0];
    report({ source, lines, file, terms, d }, start, end);
  }
}

/**
 * Checks the Norwegian text of a compiled content folder: the YAML files' `nb` strings and the Norwegian Markdown
 * files (`nb/` and `added/nb/`). `shown` turns a file's path into the name diagnostics give it.
 */
export function checkContentTerms(
  contentDir: string,
  files: readonly { file: string; source: string }[],
  shown: (file: string) => string,
  terms: readonly Term[],
  d: Diagnostics,
): void {
  for (const { file, source } of files) {
    const relative = path.relative(contentDir, file).split(path.sep).join('/');
    if (relative.endsWith('.yaml')) checkYamlTerms(source, shown(file), terms, d);
    else if (relative.endsWith('.md') && /^(?:added\/)?nb\//u.test(relative))
      checkMarkdownTerms(source, shown(file), terms, d);
  }
}
