import type { Inline } from './compiled.ts';

/** A link found in inline content: its target, its readable label and the host shown beside it. */
export interface InlineLink {
  url: string;
  label: string;
  host: string;
}

/** The plain text of inline content, whitespace folded. */
export function plainText(content: readonly Inline[]): string {
  return inlineText(content).replace(/\s+/g, ' ').trim();
}

/** The text of inline content as written: nested nodes keep their edge spaces ("Users *> All*"). */
export function inlineText(content: readonly Inline[]): string {
  return content.map((node) => ('children' in node ? inlineText(node.children) : node.value)).join('');
}

/** The host of an https URL, or undefined when the URL is not a valid https address. */
export function httpsHost(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The link nodes of inline content at any depth, in reading order. */
function linkNodes(content: readonly Inline[]): Extract<Inline, { type: 'link' }>[] {
  return content.flatMap((node) => [
    ...(node.type === 'link' ? [node] : []),
    ...('children' in node ? linkNodes(node.children) : []),
  ]);
}

/** The link targets of inline content, in reading order (repeats kept). */
export function linkTargets(content: readonly Inline[]): string[] {
  return linkNodes(content).map((node) => node.url);
}

/** Every link in the given inline contents, first occurrence of each URL kept. */
export function collectLinks(contents: readonly (readonly Inline[])[]): InlineLink[] {
  const out: InlineLink[] = [];
  for (const node of contents.flatMap(linkNodes))
    if (!out.some((l) => l.url === node.url))
      out.push({ url: node.url, label: plainText(node.children), host: node.host });
  return out;
}
