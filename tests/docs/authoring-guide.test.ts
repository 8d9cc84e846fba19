/** The authoring guide says what the code does: the reserved URL segments it lists are the code's own list. */
import { readFileSync } from 'node:fs';
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
});
