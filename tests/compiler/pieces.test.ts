/**
 * Unit and property tests of pieces.ts: an article parsed a section at a time gives exactly the tree (positions
 * included) of the article parsed whole, for the real articles and for generated documents full of the blocks
 * that could run across a cut (fenced code, HTML blocks, lists, quotes, reference definitions, odd line endings).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseMarkdown, parseWhole } from '../../src/compiler/markdown.ts';
import { cutPoints, parseInPieces } from '../../src/compiler/pieces.ts';

describe('cutPoints', () => {
  test('cuts before a bold line that follows a blank line', () => {
    const source = '# T\n\n**A**\n\ntext\n\n**B**\n';
    expect(cutPoints(source)).toEqual([source.indexOf('**A**'), source.indexOf('**B**')]);
  });

  test('does not cut before a bold line that continues a paragraph, is indented or opens the document', () => {
    expect(cutPoints('**A**\ntext\n**B**\n\n  **C**\n')).toEqual([]);
  });

  test('a line of spaces and tabs is blank; a line of no-break spaces is not', () => {
    expect(cutPoints('a\n \t\n**B**\n')).toEqual([5]);
    expect(cutPoints('a\n\u00a0\n**B**\n')).toEqual([]);
  });

  test('counts CRLF lines but gives up on a lone carriage return', () => {
    expect(cutPoints('a\r\n\r\n**B**\r\n')).toEqual([5]);
    expect(cutPoints('a\r\rb\n\n**B**\n')).toEqual([]);
    expect(cutPoints('a\n\n**B**\r')).toEqual([]);
  });
});

describe('parseInPieces', () => {
  test('parses each piece on its own', () => {
    const seen: string[] = [];
    parseInPieces('intro\n\n**A**\n\n- a\n\n**B**\n', (text) => {
      seen.push(text);
      return parseWhole(text);
    });
    expect(seen).toEqual(['intro\n\n', '**A**\n\n- a\n\n', '**B**\n']);
  });

  test('joins a piece whose fenced code runs on to the next piece', () => {
    const source = 'a\n\n```\ncode\n\n**not a heading**\n```\n\n**B**\n';
    const root = parseMarkdown(source);
    expect(root.children.map((n) => n.type)).toEqual(['paragraph', 'code', 'paragraph']);
    expect(root).toEqual(parseWhole(source));
  });

  test('parses a document with a reference definition whole, so references resolve across sections', () => {
    const source = '[x]: https://learn.microsoft.com/\n\n**A**\n\nsee [here][x]\n';
    expect(parseMarkdown(source)).toEqual(parseWhole(source));
    expect(JSON.stringify(parseMarkdown(source))).toContain('"linkReference"');
  });

  test.each(['nb', 'en'])('the real %s article gives the same tree in pieces as whole', (lang) => {
    const source = readFileSync(`content/${lang}/password-reset-problems.md`, 'utf8');
    expect(cutPoints(source).length).toBeGreaterThanOrEqual(8);
    expect(parseMarkdown(source)).toEqual(parseWhole(source));
  });

  /** Lines that open, continue or close every kind of block that could reach across a cut. */
  const line = fc.constantFrom(
    '',
    ' ',
    '\t',
    '**Heading**',
    '**Heading** more',
    '***',
    '** not bold',
    ' **indented**',
    'plain text',
    '- item',
    '  - nested',
    '1. step',
    '   continued',
    '    indented code',
    '> quote',
    '```',
    '~~~',
    '  ```',
    '<pre>',
    '</pre>',
    '<!--',
    '-->',
    '<div>',
    '<script>',
    '</script>',
    '[ref]: https://learn.microsoft.com/x',
    'see [this][ref]',
    '---',
    '===',
    'title: x',
    '\u00a0',
  );
  const ending = fc.constantFrom('\n', '\r\n', '\r');

  test('generated documents give the same tree in pieces as whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, ending), { maxLength: 40 }),
        fc.boolean(),
        (lines, finalNewline) => {
          const source = lines.map(([text, end]) => text + end).join('') + (finalNewline ? '' : '**Z**');
          expect(parseMarkdown(source)).toEqual(parseWhole(source));
        },
      ),
      { numRuns: 2000, seed: 20261127 },
    );
  }, 60_000);

  test('generated documents of LF lines only (the kind that is cut) give the same tree', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const source = lines.join('\n');
        expect(parseMarkdown(source)).toEqual(parseWhole(source));
      }),
      { numRuns: 2000, seed: 7 },
    );
  }, 60_000);
});
