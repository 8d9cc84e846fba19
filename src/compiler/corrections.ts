import { z } from 'zod';
import { LANGS } from '../tree/lang.ts';
import type { Tree } from '../tree/compiled.ts';
import type { Correction, Revision } from '../tree/reference.ts';
import type { Diagnostics, Place } from './diagnostics.ts';
import type { Article } from './markdown.ts';
import { plainText } from '../tree/inline.ts';
import { id, perLang, text } from './fields.ts';
import { loadYaml } from './yaml-file.ts';
import { linkProblem } from './links.ts';

/**
 * The schema of `content/corrections.yaml`: what the 2021 Norwegian text said, what it says now, and why; and the
 * 2021 claims that are wrong today, which must never stand on a page without a correcting note right after them.
 */
const correctionsSchema = z.strictObject({
  corrections: z.array(z.strictObject({ id, was: text, now: text, why: perLang })),
  'wrong-today': z.array(z.strictObject({ id, text: perLang, why: perLang })).default([]),
  revised: z
    .array(
      z.strictObject({
        id,
        checked: z.iso.date({ message: 'must be the date the fact was checked, as YYYY-MM-DD' }),
        source: z.url({ protocol: /^https$/, message: 'must be the https URL of the source' }),
        what: perLang,
      }),
    )
    .default([]),
});

/** A 2021 claim that is wrong today, with where it is recorded. */
export interface WrongToday {
  id: string;
  text: Record<(typeof LANGS)[number], string>;
  place: Place;
}

/**
 * Loads the recorded corrections and checks them against the Norwegian article's plain text: each new text must be
 * there and each old text gone, so the record and the article cannot drift apart.
 */
export function loadCorrections(
  source: string,
  file: string,
  article: Article,
  d: Diagnostics,
): { corrections: Correction[]; wrongToday: WrongToday[]; revisions: Revision[] } {
  const loaded = loadYaml(source, file, correctionsSchema, d);
  if (!loaded.value) return { corrections: [], wrongToday: [], revisions: [] };
  const revisions = loaded.value.revised.map((r, i): Revision => {
    const problem = linkProblem(r.source);
    if (problem) d.add(loaded.placeOf(['revised', i, 'source']), problem);
    if (loaded.value?.revised.findIndex((other) => other.id === r.id) !== i)
      d.add(loaded.placeOf(['revised', i, 'id']), `duplicate revision id "${r.id}"`);
    return { id: r.id, checked: r.checked, source: r.source, what: r.what };
  });
  const seen = new Set<string>();
  loaded.value.corrections.forEach((c, i) => {
    if (seen.has(c.id)) d.add(loaded.placeOf(['corrections', i, 'id']), `duplicate correction id "${c.id}"`);
    seen.add(c.id);
    if (!article.text.includes(c.now)) {
      d.add(
        loaded.placeOf(['corrections', i, 'now']),
        `correction "${c.id}": the new text is not in ${article.file}; make the article say it, or fix the record (plain text, no Markdown)`,
      );
    }
    if (article.text.includes(c.was)) {
      d.add(
        loaded.placeOf(['corrections', i, 'was']),
        `correction "${c.id}": the old text is still in ${article.file}; correct the article there`,
      );
    }
  });
  const wrongToday = loaded.value['wrong-today'].map((w, i) => ({
    id: w.id,
    text: w.text,
    place: loaded.placeOf(['wrong-today', i, 'text']),
  }));
  const corrections = loaded.value.corrections.map((c) => {
    const wrong = loaded.value?.['wrong-today'].find(
      (w) => c.now.includes(w.text.nb) || w.text.nb.includes(c.now),
    );
    return wrong && c.now.includes(wrong.text.nb) ? { ...c, wrongToday: wrong.why } : c;
  });
  return { corrections, wrongToday, revisions };
}

/**
 * Checks that every item saying a claim that is wrong today (in either language) carries a note that corrects it,
 * so the page shows the correction right after the claim, wherever the item is shown; and that each recorded claim
 * is still said somewhere (else the record is stale).
 */
export function checkWrongToday(tree: Tree, wrongToday: readonly WrongToday[], d: Diagnostics): void {
  for (const claim of wrongToday) {
    let found = false;
    for (const symptom of tree.symptoms) {
      for (const item of symptom.items) {
        const says = LANGS.some((lang) => plainText(item.content[lang]).includes(claim.text[lang]));
        if (!says) continue;
        found = true;
        if (!symptom.notes.some((n) => n.item === item.id && n.corrects)) {
          d.add(
            claim.place,
            `"${claim.id}" is wrong today, and item "${item.id}" of symptom "${symptom.id}" says it: give that item a note with "corrects: true" that says what is true today`,
          );
        }
      }
    }
    if (!found)
      d.add(claim.place, `"${claim.id}": no item of the article says this any more; remove the record`);
  }
}
