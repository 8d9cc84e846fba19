import { isMap, isScalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { z } from 'zod';
import type { Diagnostics, Place } from './diagnostics.ts';
import { linkProblem } from './links.ts';
import { loadYaml, parseYaml } from './yaml-file.ts';

/** The schema of `content/sources.yaml`: each Microsoft page the content cites, with its own date (ms.date). */
const sourcesSchema = z.strictObject({
  pages: z.array(
    z.strictObject({
      url: z.url({ protocol: /^https$/, message: 'must be the https URL of the page' }),
      date: z.iso.date({ message: "must be the page's own date (its ms.date), as YYYY-MM-DD" }),
    }),
  ),
});

/** A page's date from the sources list, by any URL of that page (anchor, query and trailing slash aside). */
export interface PageDates {
  of: (url: string) => string | undefined;
}

/** No sources list: every entry gives its own date. */
export const NO_PAGE_DATES: PageDates = { of: () => undefined };

/** The page a URL is on: without its anchor, its query or a trailing slash, host in lower case. */
export function pageOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url;
  }
}

/**
 * Loads `content/sources.yaml`: the one place that holds each cited page's date. Reports a page listed twice and
 * a URL off the link allow-list.
 */
export function loadSources(source: string, file: string, d: Diagnostics): PageDates {
  const loaded = loadYaml(source, file, sourcesSchema, d);
  const dates = new Map<string, string>();
  loaded.value?.pages.forEach((p, i) => {
    const problem = linkProblem(p.url);
    if (problem) d.add(loaded.placeOf(['pages', i, 'url']), problem);
    const page = pageOf(p.url);
    if (dates.has(page))
      d.add(loaded.placeOf(['pages', i, 'url']), `"${page}" is listed twice: keep one entry per page`);
    else dates.set(page, p.date);
  });
  return { of: (url) => dates.get(pageOf(url)) };
}

/** The message for an entry whose page has no date: neither in the sources list nor beside it. */
export function undatedProblem(url: string): string {
  return `no date for "${pageOf(url)}": list the page with its ms.date in sources.yaml, or give "source-date"`;
}

/** The keys that carry a source URL, each with the key of its page date beside it in the same mapping. */
const DATED_KEYS: readonly [url: string, date: string][] = [
  ['source', 'source-date'],
  ['url', 'updated'],
  ['url', 'date'],
];

/** One page date written in a content file. */
interface DatedCitation {
  page: string;
  date: string;
  place: Place;
}

/** Every mapping of a YAML file that pairs a source URL with a page date, with the date's place. */
function datedCitations(source: string, file: string): DatedCitation[] {
  const { doc, lines } = parseYaml(source);
  const found: DatedCitation[] = [];
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      const scalar = (key: string) => {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        return isScalar(pair?.value) ? pair.value : undefined;
      };
      for (const [urlKey, dateKey] of DATED_KEYS) {
        const url = scalar(urlKey)?.value;
        const date = scalar(dateKey);
        if (typeof url !== 'string' || !/^https?:\/\//.test(url) || date?.value == null) continue;
        const { line, col } = lines.linePos(date.range?.[0] ?? 0);
        found.push({ page: pageOf(url), date: String(date.value), place: { file, line, column: col } });
      }
      for (const pair of node.items) visit(pair.value);
    } else if (node && typeof node === 'object' && 'items' in node) {
      for (const item of (node as { items: YamlNode[] }).items) visit(item);
    }
  };
  visit(doc.contents);
  return found;
}

/**
 * One date per source page across the content: every page date written in any of these files (a sources list, a
 * note's or code's `source-date`, a check's `updated`) must agree with the first one written for that page (the
 * sources list's, when it is read first). Each disagreement is reported at its own place, naming the first.
 */
export function checkOneDatePerPage(
  files: readonly { source: string; file: string }[],
  d: Diagnostics,
): void {
  const first = new Map<string, DatedCitation>();
  for (const { source, file } of files) {
    for (const citation of datedCitations(source, file)) {
      const earlier = first.get(citation.page);
      if (!earlier) first.set(citation.page, citation);
      else if (earlier.date !== citation.date) {
        const at = `${earlier.place.file}:${earlier.place.line}:${earlier.place.column}`;
        d.add(
          citation.place,
          `"${citation.page}" is dated ${citation.date} here but ${earlier.date} at ${at}: a page has one date (its ms.date); keep the right one in one place (content/sources.yaml) and remove the other`,
        );
      }
    }
  }
}
