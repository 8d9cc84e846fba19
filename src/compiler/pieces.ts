import type { Root, RootContent } from 'mdast';

/**
 * Parsing a long article in pieces. micromark's time grows faster than the document when a document holds many
 * lists (about 2.7x for twice the sections), while the same text parsed a section at a time grows linearly. The
 * pieces are cut only where CommonMark has closed every block of the whole document, so the pieces' trees put
 * together equal the whole document's tree, positions included (tests/compiler/pieces.test.ts checks it against
 * generated documents).
 */

/** A line of only spaces and tabs (CommonMark's blank line; a line of other white space is not blank). */
function isBlank(line: string): boolean {
  for (const char of line) if (char !== ' ' && char !== '\t' && char !== '\r') return false;
  return true;
}

/**
 * The offsets where a document may be cut: the start of each line that begins with `**` in its first column right
 * after a blank line (a symptom heading). There every container and leaf block of CommonMark has closed except a
 * fenced code block or an HTML block of kinds 1-5, which parseInPieces joins to the next piece. None for a
 * document with a lone carriage-return line ending, whose line numbers this line splitter would not count alike.
 */
export function cutPoints(source: string): number[] {
  const cuts: number[] = [];
  let previousBlank = false;
  let start = 0;
  while (start < source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const line = source.slice(start, end);
    const lone = line.indexOf('\r');
    if (lone !== -1 && lone !== line.length - 1) return [];
    if (lone !== -1 && newline === -1) return [];
    if (previousBlank && start > 0 && line.startsWith('**')) cuts.push(start);
    previousBlank = isBlank(line);
    start = end + 1;
  }
  return cuts;
}

type Positioned = { position?: { start: Point; end: Point }; children?: Positioned[] };
type Point = { line: number; column: number; offset?: number };

/** Moves a node and its descendants down by `lines` lines and `offset` characters. */
function shift(node: Positioned, lines: number, offset: number): void {
  if (node.position) {
    for (const point of [node.position.start, node.position.end]) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
  }
  for (const child of node.children ?? []) shift(child, lines, offset);
}

/**
 * Whether a piece ends in a block that may run on past the piece, or end elsewhere, in the whole document: fenced
 * code or an HTML block, at the top or last in a list or quote (where the whole document closes it at the cut).
 */
function endsOpen(node: RootContent | Root): boolean {
  if (node.type === 'code' || node.type === 'html') return true;
  const last = 'children' in node ? node.children.at(-1) : undefined;
  return last !== undefined && endsOpen(last as RootContent);
}

/** The number of line endings from `from` up to `to` (cutPoints has ruled out lone carriage returns). */
function linesBetween(source: string, from: number, to: number): number {
  let count = 0;
  for (let at = source.indexOf('\n', from); at !== -1 && at < to; at = source.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Parses a document in pieces cut at cutPoints(), giving the same tree as `parse(source)`. A document with a link
 * reference definition is parsed whole, since a definition in one piece resolves references in any other; so is
 * one that opens with a `---` line that is not front matter.
 */
export function parseInPieces(source: string, parse: (text: string) => Root): Root {
  const starts = [0, ...cutPoints(source)];
  if (starts.length === 1) return parse(source);
  const children: RootContent[] = [];
  let end: Root['position'] = undefined;
  let lines = 0;
  let piece = 0;
  while (piece < starts.length) {
    const from = starts[piece] ?? 0;
    let next = piece + 1;
    let root = parse(source.slice(from, starts[next] ?? source.length));
    while (next < starts.length && endsOpen(root)) {
      next++;
      root = parse(source.slice(from, starts[next] ?? source.length));
    }
    if (root.children.some((node) => node.type === 'definition')) return parse(source);
    // An unclosed front matter fence stops later lists from interrupting a paragraph in micromark's whole parse.
    if (from === 0 && source.startsWith('---') && root.children[0]?.type !== 'yaml') return parse(source);
    shift(root, lines, from);
    children.push(...root.children);
    end = root.position;
    lines += linesBetween(source, from, starts[next] ?? source.length);
    piece = next;
  }
  const whole: Root = { type: 'root', children };
  if (end) whole.position = { start: { line: 1, column: 1, offset: 0 }, end: end.end };
  return whole;
}
