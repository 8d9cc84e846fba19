import { z } from 'zod';
import type { Diagnostics, Place } from './diagnostics.ts';
import { ID, id, perLang, sourceDate, text } from './fields.ts';
import { itemEntry } from './anchors.ts';
import { loadYaml } from './yaml-file.ts';
import type { YamlPath } from './yaml-file.ts';

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
const CLAIMS = ['no-permission', 'licence-lacks-cloud-reset', 'licence-lacks-writeback'] as const;
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
  items: z.array(itemEntry).min(1, { message: 'list the section items, each as `<id>: <fingerprint>`' }),
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

/** Loaded rules with a way to find where any part of them stands in the file. */
export interface LoadedRules {
  rules: Rules | undefined;
  /** The article's name, read even when the rest of the file is invalid, so the articles can still be checked. */
  article: string | undefined;
  /** The place of the value at a path, or of its nearest ancestor that exists. */
  placeOf: (path: YamlPath) => Place;
}

/** Parses and validates the rules file; the article's name is read even when the rest is invalid. */
export function loadRules(source: string, file: string, diagnostics: Diagnostics): LoadedRules {
  const loaded = loadYaml(source, file, rulesSchema, diagnostics);
  const named = (loaded.raw as { article?: unknown } | null | undefined)?.article;
  const article = typeof named === 'string' && ID.test(named) ? named : undefined;
  return { rules: loaded.value, article, placeOf: loaded.placeOf };
}
