import { describe, expect, it } from 'vitest';
import { fillTemplate, pagePaths, withoutScripts } from '../../scripts/prerender.ts';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { placePath, parsePath } from '../../src/tree/paths.ts';

const TEMPLATE =
  '<!doctype html>\n<html lang="nb">\n  <head>\n    <!--app-head-->\n  </head>\n' +
  '  <body>\n    <div id="root"><!--app-html--></div>\n  </body>\n</html>\n';

describe('fillTemplate', () => {
  it('puts the head elements in the head, the markup in #root with its path, and the language on <html>', () => {
    const page = { head: '<title>T</title>', html: '<main>M</main>' };
    expect(fillTemplate(TEMPLATE, page, 'en', '/en/')).toBe(
      '<!doctype html>\n<html lang="en">\n  <head>\n    <title>T</title>\n  </head>\n' +
        '  <body>\n    <div id="root" data-path="/en/"><main>M</main></div>\n  </body>\n</html>\n',
    );
  });

  it('copies markup literally, even where it contains replacement patterns, and escapes the path', () => {
    const page = { head: '', html: "<code>$&amp; $' $` $$</code>" };
    const filled = fillTemplate(TEMPLATE, page, 'nb', '/nb/"x"/');
    expect(filled).toContain(
      `<div id="root" data-path="/nb/&quot;x&quot;/"><code>$&amp; $' $\` $$</code></div>`,
    );
  });
});

describe('withoutScripts', () => {
  it('removes every script element and its line, and nothing else', () => {
    const html =
      '<head>\n    <script type="module" crossorigin src="/assets/a.js"></script>\n  </head>\n' +
      '<body><p>kept</p><script src="/b.js">x</script></body>';
    expect(withoutScripts(html)).toBe('<head>\n  </head>\n<body><p>kept</p></body>');
  });
});

describe('pagePaths', () => {
  const tree = compileOrThrow('content');
  const paths = pagePaths(tree);

  it('lists the root, the start and about pages, then every state in both languages, once each', () => {
    expect(paths.slice(0, 5)).toEqual(['/', '/nb/', '/en/', '/nb/about/', '/en/about/']);
    expect(paths).toHaveLength(5 + 2 * enumerateStates(tree).length + 2 * (1 + tree.codes.length));
    expect(paths).toContain('/en/codes/');
    expect(paths).toContain('/en/codes/sspr-0029/');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('lists only canonical paths, each ending with a slash', () => {
    for (const path of paths.slice(1)) {
      expect(path.endsWith('/'), path).toBe(true);
      expect(placePath(tree, parsePath(tree, path)), path).toBe(path);
    }
  });
});
