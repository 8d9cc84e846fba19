/**
 * The authoring guide says what the code and the content are: the reserved URL segments it lists are the code's own
 * list, and its table of files names every file and folder of content/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { List, Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { RESERVED_SEGMENTS } from '../../src/tree/paths.ts';

const guide = readFileSync(path.join(process.cwd(), 'docs/authoring.md'), 'utf8');
const parser = unified().use(remarkParse).freeze();

/** The first inline code of each item of the list that follows an HTML comment starting with `marker`. */
function listAfterMarker(markdown: string, marker: string): string[] | undefined {
  const children = (parser.parse(markdown) as Root).children;
  const at = children.findIndex((node) => node.type === 'html' && node.value.startsWith(`<!-- ${marker}`));
  const list = at === -1 ? undefined : children[at + 1];
  if (list?.type !== 'list') return undefined;
  return (list as List).children.map((item) => firstCode(item) ?? '');
}

function firstCode(node: Nodes): string | undefined {
  if (node.type === 'inlineCode') return node.value;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const code = firstCode(child);
    if (code !== undefined) return code;
  }
  return undefined;
}

/**
 * The first code of each body row's first cell, in the table under the level-2 heading `heading`. CommonMark has no
 * tables (GFM's are an extension the compiler does not need), so the rows are read as the lines of that section.
 */
function tableFiles(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start === -1) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const rows = lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line.startsWith('|'));
  return rows.slice(2).map((row) => /^\|\s*`([^`]+)`/.exec(row)?.[1] ?? '');
}

/** Whether the table names a content entry: the file itself, or anything inside the folder. */
function names(files: readonly string[], entry: string): boolean {
  return files.some((file) => file === `content/${entry}` || file.startsWith(`content/${entry}/`));
}

describe('the table of files', () => {
  const markdown = [
    '## The files',
    '',
    '| file | what |',
    '| - | - |',
    '| `content/a.yaml` | a |',
    '| `content/b/*.yaml` | the b files |',
    '',
    '## Next',
  ].join('\n');

  it('is read from the syntax tree: the first code of each row', () => {
    expect(tableFiles(markdown, 'The files')).toEqual(['content/a.yaml', 'content/b/*.yaml']);
  });

  it('names a file by itself and a folder by anything inside it, never by a prefix of its name', () => {
    const files = tableFiles(markdown, 'The files');
    expect(names(files, 'a.yaml')).toBe(true);
    expect(names(files, 'b')).toBe(true);
    expect(names(files, 'a')).toBe(false);
    expect(names(files, 'c.yaml')).toBe(false);
  });
});

describe('the list after a marker comment', () => {
  it('is read from the syntax tree: the first code of each item', () => {
    const markdown = ['<!-- marked: x -->', '', '- `a`: the a page (`/a/`)', '- see `b`', '', '- `c`'].join(
      '\n',
    );
    expect(listAfterMarker(markdown, 'marked')).toEqual(['a', 'b', 'c']);
  });

  it('is absent when the marker is missing or not followed by a list', () => {
    expect(listAfterMarker('- `a`', 'marked')).toBeUndefined();
    expect(listAfterMarker('<!-- marked -->\n\nText `a`.', 'marked')).toBeUndefined();
  });
});

describe('the authoring guide', () => {
  it('lists exactly the reserved URL segments the compiler refuses as symptom ids', () => {
    expect(listAfterMarker(guide, 'reserved-segments')?.sort()).toEqual(
      Object.keys(RESERVED_SEGMENTS).sort(),
    );
  });

  it('names every file and folder of content/ in its table of files', () => {
    const files = tableFiles(guide, 'The files');
    const missing = readdirSync(path.join(process.cwd(), 'content')).filter((entry) => !names(files, entry));
    expect(missing).toEqual([]);
  });
});
