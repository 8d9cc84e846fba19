import { z } from 'zod';
import type { Correction } from '../tree/types.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { Article } from './markdown.ts';
import { id, loadYaml, perLang, text } from './rules.ts';

/** The schema of `content/corrections.yaml`: what the 2021 Norwegian text said, what it says now, and why. */
export const correctionsSchema = z.strictObject({
  corrections: z.array(z.strictObject({ id, was: text, now: text, why: perLang })),
});

/**
 * Loads the recorded corrections and checks them against the Norwegian article's plain text: each new text must be
 * there and each old text gone, so the record and the article cannot drift apart.
 */
export function loadCorrections(
  source: string,
  file: string,
  article: Article,
  d: Diagnostics,
): Correction[] {
  const loaded = loadYaml(source, file, correctionsSchema, d);
  if (!loaded.value) return [];
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
  return loaded.value.corrections;
}
