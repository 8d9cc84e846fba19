import { describe, expect, test } from 'vitest';
import { collectLinks, httpsHost, inlineText, linkTargets, plainText } from '../../src/tree/inline.ts';
import { link, text } from './helpers.ts';

describe('plainText', () => {
  test('joins text, code and the text inside strong, emphasis and links', () => {
    expect(
      plainText([
        text('Go to '),
        { type: 'strong', children: [text('Users'), { type: 'emphasis', children: [text(' > All')] }] },
        text(', run '),
        { type: 'code', value: 'Get-MgUser' },
        text(' or read '),
        link('https://learn.microsoft.com/x', 'the docs'),
        text('.'),
      ]),
    ).toBe('Go to Users > All, run Get-MgUser or read the docs.');
  });

  test('folds runs of whitespace and trims the ends', () => {
    expect(plainText([text('  one\n  two\t three  ')])).toBe('one two three');
  });

  test('is empty for no content', () => {
    expect(plainText([])).toBe('');
  });

  test('joins nested text with its edge spaces, then collapses white space', () => {
    expect(
      plainText([
        text('  Go to '),
        { type: 'strong', children: [{ type: 'emphasis', children: [text('All\n users')] }] },
        { type: 'code', value: ' x ' },
      ]),
    ).toBe('Go to All users x');
  });
});

describe('collectLinks', () => {
  test('finds links at any depth, with label and host', () => {
    expect(
      collectLinks([
        [text('See '), { type: 'strong', children: [link('https://a.example/x', 'A')] }],
        [{ type: 'emphasis', children: [link('https://b.example/y', ' B  label ')] }],
      ]),
    ).toEqual([
      { url: 'https://a.example/x', label: 'A', host: 'a.example' },
      { url: 'https://b.example/y', label: 'B label', host: 'b.example' },
    ]);
  });

  test('keeps the first occurrence of each URL only', () => {
    expect(
      collectLinks([
        [link('https://a.example/x', 'first')],
        [link('https://b.example/', 'other'), link('https://a.example/x', 'second')],
      ]),
    ).toEqual([
      { url: 'https://a.example/x', label: 'first', host: 'a.example' },
      { url: 'https://b.example/', label: 'other', host: 'b.example' },
    ]);
  });

  test('is empty without links', () => {
    expect(collectLinks([[text('no links')], []])).toEqual([]);
  });
});

describe('linkTargets', () => {
  test('every link target at any depth, in reading order, repeats kept', () => {
    expect(
      linkTargets([
        link('https://a.example/', 'A'),
        { type: 'strong', children: [text('see '), link('https://b.example/', 'B')] },
        link('https://a.example/', 'A again'),
      ]),
    ).toEqual(['https://a.example/', 'https://b.example/', 'https://a.example/']);
  });

  test('is empty without links', () => {
    expect(linkTargets([text('none'), { type: 'code', value: 'x' }])).toEqual([]);
  });
});

describe('inlineText', () => {
  test('keeps the text as written, edge spaces of nested nodes included, where plainText folds them', () => {
    const content = [
      text(' Users '),
      { type: 'emphasis' as const, children: [text(' > All')] },
      link('https://learn.microsoft.com/x', '  docs'),
    ];
    expect(inlineText(content)).toBe(' Users  > All  docs');
    expect(plainText(content)).toBe('Users > All docs');
  });
});

describe('httpsHost', () => {
  test('the host of an https URL', () => {
    expect(httpsHost('https://learn.microsoft.com/entra/x?y=1#z')).toBe('learn.microsoft.com');
    expect(httpsHost('HTTPS://Learn.Microsoft.COM/')).toBe('learn.microsoft.com');
  });

  test.each([
    'http://learn.microsoft.com/',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,hi',
    'ftp://example.com/',
    '/relative/path',
    'learn.microsoft.com',
    '',
    'https://',
  ])('nothing for %j', (url) => {
    expect(httpsHost(url)).toBeUndefined();
  });
});
