import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { httpsHost, plainText } from '../tree/inline.ts';
import type { Inline, ItemKind } from '../tree/compiled.ts';
import { Diagnostics } from './diagnostics.ts';
import type { Place } from './diagnostics.ts';
import { linkProblem } from './links.ts';
import { parseInPieces } from './pieces.ts';

/** An item of a section as the article has it, before the rules give it an id. */
export interface ArticleItem {
  kind: ItemKind;
  depth: number;
  /** Index (in the section's item list) of the list item this one is nested in. */
  parent?: number;
  content: Inline[];
  place: Place;
}

/** A symptom's section: its bold heading and the items under it. */
export interface ArticleSection {
  heading: string;
  place: Place;
  items: ArticleItem[];
}

/** The parts of an article the compiler uses. */
export interface Article {
  file: string;
  title: string;
  intro: Inline[];
  sections: ArticleSection[];
  /** All of the article's words as plain text, one block a line (for checks such as recorded corrections). */
  text: string;
}

type Node = { position?: { start: { line: number; column: number } } };

/** The place of an mdast node in a file (line 1, column 1 when the node carries no position). */
function placeOf(file: string, node: Node): Place {
  return { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Parses Markdown text into an mdast tree, front matter recognised and skipped. */
export function parseMarkdown(source: string): Root {
  return parseInPieces(source, parseWhole);
}

/** Parses Markdown text in one piece (what parseMarkdown's pieces must add up to). */
export function parseWhole(source: string): Root {
  return markdownParser.parse(source);
}

/** One frozen parser for every document and note: building a processor per call costs more than the parse. */
const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** Converts mdast phrasing content to the tree's inline nodes, checking that every link is https. */
export function toInline(
  nodes: readonly PhrasingContent[],
  file: string,
  diagnostics: Diagnostics,
): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ type: 'text', value: node.value });
        break;
      case 'break':
        out.push({ type: 'text', value: ' ' });
        break;
      case 'strong':
      case 'emphasis':
        out.push({ type: node.type, children: toInline(node.children, file, diagnostics) });
        break;
      case 'inlineCode':
        out.push({ type: 'code', value: node.value });
        break;
      case 'link': {
        const problem = linkProblem(node.url);
        const host = httpsHost(node.url);
        if (problem !== undefined || host === undefined) {
          diagnostics.add(placeOf(file, node), problem ?? `link "${node.url}" has no host`);
          break;
        }
        out.push({ type: 'link', url: node.url, host, children: toInline(node.children, file, diagnostics) });
        break;
      }
      case 'html':
        // Inline HTML such as the article's `<a name>` anchors carries no text for the reader.
        break;
      default:
        diagnostics.add(
          placeOf(file, node),
          `${node.type} is not supported in the article; use plain text, **bold**, *emphasis*, \`code\` or [links](https://...)`,
        );
    }
  }
  return out;
}

/**
 * Markdown text of one paragraph (inline Markdown and links, as a note, a code or a check has) as inline content.
 * Paragraphs after the first join with a space; any other block is refused with `refused(type)`. Every problem is
 * reported at `place`, the text's place in its YAML file, as `prefix` and the problem.
 */
export function paragraphInline(
  markdown: string,
  place: Place,
  d: Diagnostics,
  words: { refused: (type: string) => string; prefix: string },
): Inline[] {
  const local = new Diagnostics();
  const content = parseMarkdown(markdown).children.flatMap((block, i) => {
    if (block.type === 'paragraph')
      return [
        ...(i > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
        ...toInline(block.children, place.file, local),
      ];
    local.add(place, words.refused(block.type));
    return [];
  });
  for (const problem of local.list) d.add(place, `${words.prefix}${problem.message}`);
  return content;
}

/** Whether a block is a symptom heading: a paragraph whose only content is one bold run. */
function isSymptomHeading(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const content = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return content.length === 1 && content[0]?.type === 'strong';
}

/** Appends a list's items (and their nested lists) to a section's items, in document order. */
function collectList(
  list: List,
  depth: number,
  parent: number | undefined,
  items: ArticleItem[],
  file: string,
  diagnostics: Diagnostics,
): void {
  for (const listItem of list.children as ListItem[]) {
    const paragraphs = listItem.children.filter((c): c is Paragraph => c.type === 'paragraph');
    const content = paragraphs.flatMap((p, i) => [
      ...(i > 0 ? [{ type: 'text', value: ' ' } as const] : []),
      ...toInline(p.children, file, diagnostics),
    ]);
    const index = items.length;
    items.push({
      kind: list.ordered ? 'step' : 'bullet',
      depth,
      ...(parent === undefined ? {} : { parent }),
      content,
      place: placeOf(file, listItem),
    });
    if (paragraphs.length === 0)
      diagnostics.add(placeOf(file, listItem), 'empty list item: give it some text');
    for (const child of listItem.children) {
      if (child.type === 'list') collectList(child, depth + 1, index, items, file, diagnostics);
      else if (child.type !== 'paragraph') {
        diagnostics.add(placeOf(file, child), `${child.type} is not supported inside a list item`);
      }
    }
  }
}

/**
 * Reads an article: its title (the first `#` heading), the intro (paragraphs before the first symptom), and each
 * symptom section (a bold-only paragraph, then the paragraphs and lists up to the next one).
 */
export function readArticle(source: string, file: string, diagnostics: Diagnostics): Article {
  const root = parseMarkdown(source);
  let title = '';
  const intro: Inline[] = [];
  const sections: ArticleSection[] = [];
  for (const node of root.children) {
    const section = sections.at(-1);
    if (node.type === 'yaml') continue;
    if (node.type === 'heading' && (node as Heading).depth === 1 && title === '') {
      title = plainText(toInline((node as Heading).children, file, diagnostics));
    } else if (node.type === 'paragraph' && isSymptomHeading(node)) {
      const heading = plainText(toInline(node.children, file, diagnostics));
      sections.push({ heading, place: placeOf(file, node), items: [] });
    } else if (!section && node.type === 'paragraph') {
      intro.push(...toInline(node.children, file, diagnostics));
    } else if (section && node.type === 'paragraph') {
      section.items.push({
        kind: 'paragraph',
        depth: 0,
        content: toInline(node.children, file, diagnostics),
        place: placeOf(file, node),
      });
    } else if (section && node.type === 'list') {
      collectList(node, 0, undefined, section.items, file, diagnostics);
    } else {
      diagnostics.add(
        placeOf(file, node),
        `${node.type} is not supported here; a section holds paragraphs and lists under a **bold** symptom heading`,
      );
    }
  }
  if (title === '') diagnostics.add({ file, line: 1, column: 1 }, 'the article has no "# " title heading');
  if (sections.length === 0) {
    diagnostics.add(
      { file, line: 1, column: 1 },
      'the article has no symptom headings (paragraphs that are all **bold**)',
    );
  }
  for (const section of sections) {
    if (section.items.length === 0) {
      diagnostics.add(
        section.place,
        `the section "${section.heading}" is empty: add its text under the heading`,
      );
    }
  }
  const text = [
    title,
    plainText(intro),
    ...sections.flatMap((s) => [s.heading, ...s.items.map((i) => plainText(i.content))]),
  ].join('\n');
  return { file, title, intro, sections, text };
}
