import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { z } from 'zod';
import type { Diagnostics, Place } from './diagnostics.ts';

/** Ids appear in URLs: lower-case ASCII words joined by single hyphens. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = z.string().regex(ID, {
  message: 'must be a kebab-case ASCII id (a-z, 0-9, single hyphens), e.g. "reset-button-greyed-out"',
});
export const text = z.string().trim().min(1, { message: 'must not be empty' });
export const perLang = z.strictObject({ nb: text, en: text });
const condition = z.record(id, z.array(id).min(1, { message: 'list at least one option id' }));
const option = z.strictObject({ id, label: perLang, unsure: z.boolean().optional() });
const question = z.strictObject({
  id,
  remember: z.boolean().default(false),
  label: perLang,
  hint: perLang.optional(),
  'lists-resettable-by': id.optional(),
  options: z.array(option).min(2, { message: 'a question needs at least two options' }),
});
const askStep = z.union([id, z.strictObject({ question: id, when: condition.optional() })]);
const rule = z.strictObject({ item: id, when: condition.optional() });
/** A source page's own date (its ms.date), as YYYY-MM-DD (YYYY-MM where only the month is known). */
export const sourceDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
  message: "must be the source page's own date, as YYYY-MM-DD",
});
const note = z.strictObject({
  id,
  item: id,
  checked: z.iso.date({ message: 'must be the date the fact was checked, as YYYY-MM-DD' }),
  source: z.url({ protocol: /^https$/, message: 'must be the https URL of the source' }),
  'source-date': sourceDate.optional(),
  'other-source': z
    .url({ protocol: /^https$/, message: 'must be the https URL of the other source' })
    .optional(),
  corrects: z.boolean().optional(),
  when: condition.optional(),
  text: perLang,
});
/** What an item or note asserts: a verdict it agrees with only, or answers that make it untrue. */
export const CLAIMS = ['no-permission', 'licence-lacks-cloud-reset', 'licence-lacks-writeback'] as const;
const claim = z.union([
  z.strictObject({ item: id, says: z.enum(CLAIMS) }),
  z.strictObject({ note: id, says: z.enum(CLAIMS) }),
  z.strictObject({ item: id, 'untrue-when': condition }),
  z.strictObject({ note: id, 'untrue-when': condition }),
]);
/** Where a symptom the 2021 article lacks comes from: Microsoft's current page, its date, and when we checked it. */
const origin = z.strictObject({
  added: z.literal(true, { message: 'must be true: the symptom is added from current documentation' }),
  source: z.url({ protocol: /^https$/, message: 'must be the https URL of the source' }),
  'source-date': sourceDate.optional(),
  checked: z.iso.date({ message: 'must be the date the symptom was checked, as YYYY-MM-DD' }),
});
const symptom = z.strictObject({
  id,
  origin: origin.optional(),
  /** The symptom a search that finds nothing offers as the way on (at most one symptom says so). */
  'catch-all': z.boolean().optional(),
  heading: perLang,
  summary: perLang,
  keywords: z.strictObject({ nb: z.array(text), en: z.array(text) }).default({ nb: [], en: [] }),
  items: z.array(id).min(1, { message: 'list the ids of the section items, in article order' }),
  ask: z.array(askStep).default([]),
  rules: z.array(rule).default([]),
  notes: z.array(note).default([]),
  claims: z.array(claim).default([]),
  verdict: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('permission'), actor: id, account: id, others: id.optional() }),
      z.strictObject({ kind: z.literal('licence'), licence: id }),
      z.strictObject({ kind: z.literal('configure'), actor: id, licence: id }),
    ])
    .optional(),
});

/** The schema of `content/wizard.yaml`. */
export const rulesSchema = z.strictObject({
  article: id,
  questions: z.array(question),
  symptoms: z.array(symptom).min(1, { message: 'list at least one symptom' }),
});

export type Rules = z.infer<typeof rulesSchema>;
export type RulesSymptom = Rules['symptoms'][number];

/** A path into the rules document, as zod and the yaml library both spell it. */
export type RulesPath = readonly (string | number)[];

/** Loaded rules with a way to find where any part of them stands in the file. */
export interface LoadedRules {
  rules: Rules | undefined;
  /** The article's name, read even when the rest of the file is invalid, so the articles can still be checked. */
  article: string | undefined;
  /** The place of the value at a path, or of its nearest ancestor that exists. */
  placeOf: (path: RulesPath) => Place;
}

/** The place of the deepest node along a path (with `atKey`, of its last key itself), falling back to the start. */
function locate(doc: Document, lines: LineCounter, file: string, path: RulesPath, atKey = false): Place {
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
  placeOf: (path: RulesPath) => Place;
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
  const placeOf = (path: RulesPath) => locate(doc, lines, file, path);
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

/** Parses and validates the rules file; the article's name is read even when the rest is invalid. */
export function loadRules(source: string, file: string, diagnostics: Diagnostics): LoadedRules {
  const loaded = loadYaml(source, file, rulesSchema, diagnostics);
  const named = (loaded.raw as { article?: unknown } | null | undefined)?.article;
  const article = typeof named === 'string' && ID.test(named) ? named : undefined;
  return { rules: loaded.value, article, placeOf: loaded.placeOf };
}
