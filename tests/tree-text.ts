import { tree } from '../src/shared/compiled-tree.ts';
import { collectLinks, plainText } from '../src/tree/inline.ts';
import { findSymptom } from '../src/tree/resolve.ts';
import type { Lang } from '../src/tree/lang.ts';
import type { Symptom } from '../src/tree/compiled.ts';

/**
 * Article text for component tests, read by id from the tree they render: the fixture tests/fixtures/site (see
 * vite.config.ts), never content/. Tests choose the ids, so they check that the right text lands in the right place.
 */
function symptomOf(id: string): Symptom {
  const symptom = findSymptom(tree, id);
  if (!symptom) throw new Error(`no symptom ${id}`);
  return symptom;
}

/** A symptom's heading. */
export function heading(symptom: string, lang: Lang = 'nb'): string {
  return symptomOf(symptom).heading[lang];
}

/** A symptom's one-line summary for the start page. */
export function summary(symptom: string, lang: Lang = 'nb'): string {
  return symptomOf(symptom).summary[lang];
}

/** The plain text of one article item. */
export function itemText(symptom: string, item: string, lang: Lang = 'nb'): string {
  const found = symptomOf(symptom).items.find((i) => i.id === item);
  if (!found) throw new Error(`no item ${item} in ${symptom}`);
  return plainText(found.content[lang]);
}

/** The plain text of one note of today's guidance. */
export function noteText(symptom: string, note: string, lang: Lang = 'nb'): string {
  const found = symptomOf(symptom).notes.find((n) => n.id === note);
  if (!found) throw new Error(`no note ${note} in ${symptom}`);
  return plainText(found.text[lang]);
}

/** The first link of one article item: its label, URL and host. */
export function itemLink(symptom: string, item: string, lang: Lang = 'nb') {
  const found = symptomOf(symptom).items.find((i) => i.id === item);
  const link = found && collectLinks([found.content[lang]])[0];
  if (!link) throw new Error(`no link in ${symptom}/${item}`);
  return link;
}
