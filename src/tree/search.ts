import { inlineText } from './inline.ts';
import { LANGS } from './lang.ts';
import type { Lang, PerLang } from './lang.ts';
import type { Tree } from './compiled.ts';

/**
 * The words the start page's search works on, shared by the index build (compile time) and the query (browser) so
 * that both cut, fold and stem text alike. Pure: no search library, no DOM.
 */

/** Letters that Unicode does not decompose into a base letter and a diacritic. */
const FOLDED_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss' };

/** Folds case and diacritics ("Grå" and "gra", "ø" and "o"), so that either spelling finds the other. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[øæœß]/g, (letter) => FOLDED_LETTERS[letter] ?? letter);
}

/** Words that carry no meaning for a search, in both languages (folded). */
const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    'a an and are as at be but by can do does for from has have i if in is it its me my of on or our so that the',
    'their them then there they this to was we what when where which who why will with you your out after',
    // Norwegian (bokmål), folded
    'at av de dem den denne der det dette du eller en er et for fra han har hun hva hvem hvor hvordan i jeg',
    'med meg min mitt mine na noe og om pa seg sin sitt som til var vi vil ved',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Word endings cut by the light stemmer, longest first: Norwegian definite and plural forms and English plural
 * and past forms, so that "passordet" finds "passord", "brukere" finds "bruker" and "greyed" finds "grey".
 */
const SUFFIXES = ['ene', 'ane', 'ets', 'ing', 'ies', 'en', 'et', 'er', 'ed', 'es', 'e', 's'];
/** A stem keeps at least this many letters; codes and numbers are never cut. */
const MIN_STEM = 4;

/** The stem of one folded word: at most one ending cut, never below MIN_STEM letters, never in a code. */
export function stem(word: string): string {
  if (/\d|_/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) {
      const cut = word.slice(0, -suffix.length);
      return suffix === 'ies' ? `${cut}y` : cut;
    }
  }
  return word;
}

/**
 * Cuts text into folded words: letters, digits and underscores stay together ("SSPR_0029", "0x80230619"); a code
 * with underscores also yields its parts ("sspr", "0029") so "0029" finds it.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  // An apostrophe joins its word ("can't" is "cant"), so contractions stay one word.
  for (const raw of fold(text)
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}_]+/u)) {
    const word = raw.replace(/^_+|_+$/g, '');
    if (word === '') continue;
    out.push(word);
    if (word.includes('_')) out.push(...word.split('_').filter(Boolean));
  }
  return out;
}

/** The search terms of a text: its words without stop words, stemmed. The index and the query both use this. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);
}

/** A result of the search: a symptom or an error code's page. */
export type SearchKind = 'symptom' | 'code';

/** One searchable page, both languages in one document: a query in either language finds it. */
export interface SearchDoc {
  /** `symptom:<id>` or `code:<id>`. */
  id: string;
  kind: SearchKind;
  /** The symptom's or code's id. */
  ref: string;
  /** The symptom's heading or the code's title, in both languages. */
  heading: string;
  summary: string;
  keywords: string;
  /** Error codes, aliases and event IDs that lead here. */
  codes: string;
  /** The words of the section (or the code's meaning and what to do). */
  text: string;
  /** Synonyms of words the page uses (from content/search.yaml), so "greyed" finds "nedtonet". */
  synonyms: string;
  /** What a result shows, per language. */
  title: PerLang<string>;
  subtitle: PerLang<string>;
  /** A code page's code and aliases as `codeKey` folds them, to tell a query that names the code (none for symptoms). */
  keys: string[];
}

/** The form a code is compared in: case, spaces, underscores and hyphens folded ("sspr_0029" = "SSPR 0029"). */
export function codeKey(code: string): string {
  return code.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The fields searched, with their weights: a word in the heading or a code counts most, item text least. */
export const SEARCH_FIELDS = ['heading', 'summary', 'keywords', 'codes', 'text', 'synonyms'] as const;
export const FIELD_BOOST: Record<(typeof SEARCH_FIELDS)[number], number> = {
  heading: 4,
  codes: 6,
  keywords: 3,
  summary: 2,
  synonyms: 1.5,
  text: 1,
};

const both = (value: PerLang<string>) => LANGS.map((lang) => value[lang]).join(' \n ');

/**
 * Groups of words that mean the same to a searcher ("grå", "nedtonet", "greyed", "disabled"): a page that uses any
 * word of a group is found by every word of it. Phrases match as whole words in order.
 */
export type SynonymGroups = readonly (readonly string[])[];

/** The synonyms a text earns: every word of each group one of whose words or phrases the text contains. */
export function synonymsOf(text: string, groups: SynonymGroups): string {
  const haystack = ` ${terms(text).join(' ')} `;
  return groups
    .filter((group) => group.some((entry) => haystack.includes(` ${terms(entry).join(' ')} `)))
    .flat()
    .join(' ');
}

/** The documents of a tree: one per symptom and one per code, both languages in each. */
export function searchDocuments(tree: Tree, synonyms: SynonymGroups = []): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const s of tree.symptoms) {
    const codes = tree.codes.filter((c) => c.symptom === s.id);
    const doc = {
      id: `symptom:${s.id}`,
      kind: 'symptom' as const,
      ref: s.id,
      heading: both(s.heading),
      summary: both(s.summary),
      keywords: LANGS.flatMap((lang) => s.keywords[lang]).join(' \n '),
      // A symptom is found by the codes that lead to it, below the codes' own pages (a lower weight than a code's).
      codes: '',
      text: [
        ...s.items.flatMap((item) => LANGS.map((lang) => inlineText(item.content[lang]))),
        ...codes.map((c) => [c.code, ...c.aliases].join(' ')),
      ].join(' \n '),
      title: s.heading,
      subtitle: s.summary,
      keys: [],
    };
    docs.push({ ...doc, synonyms: synonymsOf([doc.heading, doc.summary, doc.keywords].join(' '), synonyms) });
  }
  for (const c of tree.codes) {
    const title = both(c.title);
    const meaning = LANGS.map(
      (lang: Lang) => `${inlineText(c.meaning[lang])} ${inlineText(c.action[lang])}`,
    ).join(' \n ');
    docs.push({
      id: `code:${c.id}`,
      kind: 'code',
      ref: c.id,
      heading: title,
      summary: '',
      keywords: '',
      codes: [c.code, ...c.aliases, c.code.replace(/[\s_-]+/g, '')].join(' \n '),
      text: meaning,
      synonyms: synonymsOf(`${title} ${c.group === 'message' ? c.code : ''}`, synonyms),
      title: { nb: `${c.code}: ${c.title.nb}`, en: `${c.code}: ${c.title.en}` },
      subtitle: c.title,
      keys: [c.code, ...c.aliases].map((form) => fold(codeKey(form))),
    });
  }
  return docs;
}

/**
 * The options MiniSearch is built and loaded with (the same at compile time and in the browser). A result's kind
 * and ref are read from its id (`<kind>:<ref>`), so they are not stored.
 */
export const INDEX_OPTIONS = {
  fields: [...SEARCH_FIELDS],
  storeFields: ['title', 'subtitle', 'code', 'keys'],
  tokenize: terms,
  // terms() has already folded, dropped stop words and stemmed.
  processTerm: (term: string) => term,
};

/** The fields of the start page's second shard: the long text, and the synonyms the words of a page earn. */
const LATER_FIELDS: readonly string[] = ['text', 'synonyms'] satisfies (typeof SEARCH_FIELDS)[number][];

/**
 * The start page's index in two shards (decision 0017): the first has the headings, summaries, keywords, codes and
 * aliases, and what a result shows; it loads after the first paint. The second has the long text (a symptom's item
 * text, a code's meaning and action) and the synonyms, and nothing stored; it loads when the search box is first
 * used. Both hold every document, so each field's statistics, and so its share of a score, are one index's.
 */
export const HEAD_OPTIONS = {
  ...INDEX_OPTIONS,
  fields: SEARCH_FIELDS.filter((f) => !LATER_FIELDS.includes(f)),
};
export const TEXT_OPTIONS = { ...INDEX_OPTIONS, fields: [...LATER_FIELDS], storeFields: [] };
