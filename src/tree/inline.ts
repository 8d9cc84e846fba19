import type { Inline } from './types.ts';

/** A link found in inline content: its target, its readable label and the host shown beside it. */
export interface InlineLink {
  url: string;
  label: string;
  host: string;
}

/** The plain text of inline content, whitespace folded. */
export function plainText(content: readonly Inline[]): string {
  return rawText(content).replace(/\s+/g, ' ').trim();
}

/** The text of inline content as written: nested nodes keep their edge spaces ("Users *> All*"). */
function rawText(content: readonly Inline[]): string {
  return content.map((node) => ('children' in node ? rawText(node.children) : node.value)).join('');
}

/** Every link in the given inline contents, first occurrence of each URL kept. */
export function collectLinks(contents: readonly (readonly Inline[])[]): InlineLink[] {
  const out: InlineLink[] = [];
  const walk = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      if (node.type === 'link') {
        if (!out.some((l) => l.url === node.url))
          out.push({ url: node.url, label: plainText(node.children), host: node.host });
      } else if ('children' in node) walk(node.children);
    }
  };
  contents.forEach(walk);
  return out;
}
