/** The README stays short, and no relative link in the README or under docs/ points at a missing file. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

const README_LIMIT = 12_000;
const root = process.cwd();

const parser = unified().use(remarkParse).freeze();

/** Every link, image and link-reference definition target in a Markdown document, with its line. */
function targets(markdown: string): { url: string; line: number }[] {
  const found: { url: string; line: number }[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
      found.push({ url: node.url, line: node.position?.start.line ?? 1 });
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parser.parse(markdown) as Root);
  return found;
}

/** The path a relative target names, or undefined for an absolute URL or a link within the same page. */
function relativePath(url: string): string | undefined {
  if (url === '' || url.startsWith('#') || url.startsWith('//') || URL.canParse(url)) return undefined;
  const withoutFragment = url.split('#')[0]?.split('?')[0] ?? '';
  return decodeURIComponent(withoutFragment);
}

/** The Markdown files whose links are checked: the README and everything under docs/. */
function markdownFiles(): string[] {
  const docs = readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join('docs', file));
  return ['README.md', ...docs].sort();
}

describe('link targets are read from the Markdown syntax tree', () => {
  it('finds links, images and reference definitions, in tables and lists too, but not inside code', () => {
    const markdown = [
      'See [the guide](docs/authoring.md#ids) and ![a picture](docs/shot.png "title").',
      '',
      '| a | b |',
      '| - | - |',
      '| [in a table](docs/a.md) | `[in code](docs/not-a-link.md)` |',
      '',
      '- [ref link][guide]',
      '',
      '```',
      '[in a block](docs/not-either.md)',
      '```',
      '',
      '[guide]: ./docs/b.md',
    ].join('\n');
    expect(targets(markdown)).toEqual([
      { url: 'docs/authoring.md#ids', line: 1 },
      { url: 'docs/shot.png', line: 1 },
      { url: 'docs/a.md', line: 5 },
      { url: './docs/b.md', line: 13 },
    ]);
  });

  it('checks relative paths only, without their fragment or query', () => {
    expect(relativePath('https://learn.microsoft.com/entra/')).toBeUndefined();
    expect(relativePath('mailto:someone@example.com')).toBeUndefined();
    expect(relativePath('#ids')).toBeUndefined();
    expect(relativePath('docs/authoring.md#ids')).toBe('docs/authoring.md');
    expect(relativePath('../docs/a%20b.md?plain=1')).toBe('../docs/a b.md');
  });
});

describe('the documentation', () => {
  it(`keeps the README at most ${README_LIMIT} bytes, so a newcomer reads it in minutes`, () => {
    expect(statSync(path.join(root, 'README.md')).size).toBeLessThanOrEqual(README_LIMIT);
  });

  it('includes the README, the authoring guide and the decisions', () => {
    const files = markdownFiles();
    expect(files).toContain('README.md');
    expect(files).toContain(path.join('docs', 'authoring.md'));
    expect(files.some((file) => file.startsWith(path.join('docs', 'decisions') + path.sep))).toBe(true);
  });

  it.each(markdownFiles())('%s: every relative link points to a file in the repository', (file) => {
    const broken = targets(readFileSync(path.join(root, file), 'utf8')).flatMap(({ url, line }) => {
      const target = relativePath(url);
      if (target === undefined) return [];
      const resolved = path.resolve(root, path.dirname(file), target);
      const inside = resolved === root || resolved.startsWith(root + path.sep);
      return inside && existsSync(resolved) ? [] : [`${file}:${line}: ${url}`];
    });
    expect(broken).toEqual([]);
  });
});
