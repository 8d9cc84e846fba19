/** Unit tests of markdown.ts: inline content, https links, and reading an article into sections and items. */
import type { Paragraph, PhrasingContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { Diagnostics } from '../../src/compiler/diagnostics.ts';
import { parseMarkdown, readArticle, toInline } from '../../src/compiler/markdown.ts';
import { plainText } from '../../src/tree/inline.ts';

/** The inline mdast nodes of a one-paragraph Markdown text. */
function phrasing(markdown: string): PhrasingContent[] {
  return (parseMarkdown(markdown).children[0] as Paragraph).children;
}

/** Reads an article, returning it with the messages and places of its diagnostics. */
function read(markdown: string) {
  const d = new Diagnostics();
  const article = readArticle(markdown, 'nb/a.md', d);
  return { article, problems: d.list.map((p) => `${p.line}:${p.column} ${p.message}`) };
}

describe('parseMarkdown', () => {
  test('recognises front matter as a yaml node', () => {
    expect(parseMarkdown('---\ntitle: x\n---\n# T\n').children.map((n) => n.type)).toEqual([
      'yaml',
      'heading',
    ]);
  });
});

describe('toInline', () => {
  test('keeps text, strong, emphasis, code and links (with their host)', () => {
    const d = new Diagnostics();
    expect(toInline(phrasing('A **b** *c* `d` [e](https://learn.microsoft.com/e).'), 'f.md', d)).toEqual([
      { type: 'text', value: 'A ' },
      { type: 'strong', children: [{ type: 'text', value: 'b' }] },
      { type: 'text', value: ' ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'c' }] },
      { type: 'text', value: ' ' },
      { type: 'code', value: 'd' },
      { type: 'text', value: ' ' },
      {
        type: 'link',
        url: 'https://learn.microsoft.com/e',
        host: 'learn.microsoft.com',
        children: [{ type: 'text', value: 'e' }],
      },
      { type: 'text', value: '.' },
    ]);
    expect(d.list).toEqual([]);
  });

  test('a hard line break becomes a space; inline HTML is dropped', () => {
    const d = new Diagnostics();
    expect(toInline(phrasing('<a name="x"></a>one  \ntwo'), 'f.md', d)).toEqual([
      { type: 'text', value: 'one' },
      { type: 'text', value: ' ' },
      { type: 'text', value: 'two' },
    ]);
    expect(d.list).toEqual([]);
  });

  test('a link that is not https is dropped and reported where it starts', () => {
    const d = new Diagnostics();
    expect(toInline(phrasing('See [here](http://learn.microsoft.com/x).'), 'f.md', d)).toEqual([
      { type: 'text', value: 'See ' },
      { type: 'text', value: '.' },
    ]);
    expect(d.list).toEqual([
      {
        file: 'f.md',
        line: 1,
        column: 5,
        message: expect.stringContaining('link "http://learn.microsoft.com/x" is not an https address'),
      },
    ]);
  });

  test('an image is not supported, and says what is', () => {
    const d = new Diagnostics();
    toInline(phrasing('An ![image](https://learn.microsoft.com/i.png)'), 'f.md', d);
    expect(d.list).toEqual([
      {
        file: 'f.md',
        line: 1,
        column: 4,
        message: expect.stringContaining('image is not supported in the article; use plain text, **bold**'),
      },
    ]);
  });
});

describe('readArticle', () => {
  test('the title, the intro and each section with its items', () => {
    const { article, problems } = read(
      [
        '---',
        'title: x',
        '---',
        '# <a name="t"></a>The *title*',
        '',
        'The intro.',
        '',
        '**First**',
        '',
        'A paragraph.',
        '',
        '- A bullet',
        '',
        '**Second**',
        '',
        '1. A step',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(article.file).toBe('nb/a.md');
    expect(article.title).toBe('The title');
    expect(article.intro).toEqual([{ type: 'text', value: 'The intro.' }]);
    expect(
      article.sections.map((s) => [s.heading, s.place.line, s.items.map((i) => [i.kind, i.place.line])]),
    ).toEqual([
      [
        'First',
        8,
        [
          ['paragraph', 10],
          ['bullet', 12],
        ],
      ],
      ['Second', 14, [['step', 16]]],
    ]);
  });

  test('nested lists: depth and the index of the parent item, in document order', () => {
    const { article, problems } = read(
      ['# T', '', '**S**', '', '- a', '    - b', '        - c', '    - d', '- e'].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(
      article.sections[0]?.items.map((i) => [
        plainText(i.content),
        i.depth,
        i.parent,
        i.place.line,
        i.place.column,
      ]),
    ).toEqual([
      ['a', 0, undefined, 5, 1],
      ['b', 1, 0, 6, 5],
      ['c', 2, 1, 7, 9],
      ['d', 1, 0, 8, 5],
      ['e', 0, undefined, 9, 1],
    ]);
  });

  test('a numbered list is steps, a bullet list nested in a step is bullets', () => {
    const { article } = read(['# T', '', '**S**', '', '1. one', '1. two', '   - note'].join('\n'));
    expect(article.sections[0]?.items.map((i) => [i.kind, i.depth, i.parent])).toEqual([
      ['step', 0, undefined],
      ['step', 0, undefined],
      ['bullet', 1, 1],
    ]);
  });

  test('the paragraphs of a loose list item are joined with a space', () => {
    const { article } = read(['# T', '', '**S**', '', '- one', '', '  two', '', '- three'].join('\n'));
    expect(article.sections[0]?.items.map((i) => plainText(i.content))).toEqual(['one two', 'three']);
  });

  test('a paragraph with bold and other text is an item, not a heading', () => {
    const { article } = read(['# T', '', '**S**', '', '**Note:** read this.'].join('\n'));
    expect(article.sections.map((s) => s.heading)).toEqual(['S']);
    expect(article.sections[0]?.items).toHaveLength(1);
  });

  test('an empty section is reported at its heading', () => {
    expect(read(['# T', '', '**Empty**', '', '**Full**', '', 'Text.'].join('\n')).problems).toEqual([
      '3:1 the section "Empty" is empty: add its text under the heading',
    ]);
  });

  test('no title and no symptom headings are reported at 1:1', () => {
    expect(read('Just text.').problems).toEqual([
      '1:1 the article has no "# " title heading',
      '1:1 the article has no symptom headings (paragraphs that are all **bold**)',
    ]);
  });

  test('other blocks are reported where they stand', () => {
    const { problems } = read(
      ['# T', '', '**S**', '', 'Text.', '', '## Sub', '', '```', 'code', '```'].join('\n'),
    );
    expect(problems).toEqual([
      '7:1 heading is not supported here; a section holds paragraphs and lists under a **bold** symptom heading',
      '9:1 code is not supported here; a section holds paragraphs and lists under a **bold** symptom heading',
    ]);
  });

  test('an empty list item and a code block in a list item are reported', () => {
    const { problems } = read(['# T', '', '**S**', '', '- one', '-', '- three', '', '      code'].join('\n'));
    expect(problems).toEqual([
      '6:1 empty list item: give it some text',
      '9:3 code is not supported inside a list item',
    ]);
  });

  test('several problems in one article are all reported', () => {
    const { problems } = read(
      ['# T', '', '**S**', '', '- [a](javascript:a)', '- [b](data:text/plain,b)', '', '> quote'].join('\n'),
    );
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['5:3', '6:3', '8:1']);
  });
});
