import { LANGS } from '../../tree/types.ts';
import type { Symptom } from '../../tree/types.ts';

/** Letters that Unicode does not decompose into a base letter and a diacritic. */
const FOLDED_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss' };

/** Folds case and diacritics ("Nedtonet" and "nedtonet", "å" and "a", "ø" and "o") so that a filter matches either. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[øæœß]/g, (letter) => FOLDED_LETTERS[letter] ?? letter);
}

/** The text a symptom is found by: heading, summary and keywords in every language. */
function haystack(symptom: Symptom): string {
  return fold(
    LANGS.flatMap((lang) => [symptom.heading[lang], symptom.summary[lang], ...symptom.keywords[lang]]).join(
      ' \n ',
    ),
  );
}

/** The symptoms that contain every word of the query (all of them for an empty query), in their order. */
export function filterSymptoms(symptoms: readonly Symptom[], query: string): Symptom[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...symptoms];
  return symptoms.filter((s) => {
    const text = haystack(s);
    return words.every((w) => text.includes(w));
  });
}
