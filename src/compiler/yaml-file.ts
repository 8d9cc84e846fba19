import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { Diagnostics, Place } from './diagnostics.ts';

/**
 * Reading a content YAML file: parsed once per compile, validated with its zod schema, every problem reported at
 * its line and column, and any value's place in the file found from its path.
 */

/** A path into a YAML document, as zod and the yaml library both spell it. */
export type YamlPath = readonly (string | number)[];

/** The place of the deepest node along a path (with `atKey`, of its last key itself), falling back to the start. */
function locate(doc: Document, lines: LineCounter, file: string, path: YamlPath, atKey = false): Place {
  let node: unknown = doc.contents;
  let offset = 0;
  const at = (n: unknown) => ((n as YamlNode | null)?.range?.[0] ?? offset) as number;
  offset = at(node);
  for (const [index, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      node = pair.value ?? pair.key;
      offset = at(atKey && index === path.length - 1 ? pair.key : (node ?? pair.key));
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!item) break;
      node = item;
      offset = at(item);
    } else break;
  }
  const { line, col } = lines.linePos(offset);
  return { file, line, column: col };
}

/** A YAML file parsed and validated against a schema, with a way to find where any part of it stands. */
export interface LoadedYaml<T> {
  value: T | undefined;
  /** The parsed data before validation (undefined when the YAML itself is malformed). */
  raw: unknown;
  /** The place of the value at a path, or of its nearest ancestor that exists. */
  placeOf: (path: YamlPath) => Place;
}

/** The most recent parses, by source text: a compile reads each file's YAML twice (its loader, the date check). */
const parsed = new Map<string, { doc: Document; lines: LineCounter }>();

/** Parses YAML with line positions, reusing the parse of the same text within a compile. Treat the result as read-only. */
export function parseYaml(source: string): { doc: Document; lines: LineCounter } {
  const cached = parsed.get(source);
  if (cached) return cached;
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  parsed.set(source, { doc, lines });
  if (parsed.size > 32) parsed.delete(parsed.keys().next().value as string);
  return { doc, lines };
}

/** Parses YAML and validates it with a zod schema, reporting syntax and schema problems with their positions. */
export function loadYaml<T>(
  source: string,
  file: string,
  schema: z.ZodType<T>,
  diagnostics: Diagnostics,
): LoadedYaml<T> {
  const { doc, lines } = parseYaml(source);
  const placeOf = (path: YamlPath) => locate(doc, lines, file, path);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
      diagnostics.add(
        { file, line: pos.line, column: pos.col },
        `YAML syntax: ${error.message.split('\n')[0]}`,
      );
    }
    return { value: undefined, raw: undefined, placeOf };
  }
  const raw: unknown = doc.toJS();
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const where = path.length > 0 ? path.join('.') : 'the file';
      if (issue.code === 'unrecognized_keys') {
        // Each unknown key at its own line (a misspelt key is found where it is written, not at its parent).
        for (const key of issue.keys)
          diagnostics.add(locate(doc, lines, file, [...path, key], true), `${where}: unknown key "${key}"`);
      } else diagnostics.add(placeOf(path), `${where}: ${issue.message}`);
    }
    return { value: undefined, raw, placeOf };
  }
  return { value: parsed.data, raw, placeOf };
}

/**
 * The place in its file of a line and column inside the string at `path`: literal blocks and one-line scalars map
 * exactly, any other scalar maps to `fallback`.
 */
export function scalarPlaces(source: string, path: YamlPath, fallback: Place) {
  const { doc, lines } = parseYaml(source);
  const node = doc.getIn(path, true);
  return (line: number, column: number): Place => {
    if (!isScalar(node) || !node.range) return fallback;
    const start = lines.linePos(node.range[0]);
    if (node.type === Scalar.BLOCK_LITERAL) {
      const value = String(node.value).split('\n')[line] ?? '';
      const sourceLine = source.split('\n')[start.line + line] ?? '';
      return {
        file: fallback.file,
        line: start.line + 1 + line,
        column: sourceLine.length - value.length + column + 1,
      };
    }
    const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? 1 : 0;
    if (line === 0 && !String(node.value).includes('\n'))
      return { file: fallback.file, line: start.line, column: start.col + quoted + column };
    return fallback;
  };
}
