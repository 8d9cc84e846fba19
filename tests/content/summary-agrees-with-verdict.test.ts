/**
 * A remedy never contradicts itself, in its ticket summary either: for every remedy state of the real content, in
 * both languages, the summary an admin pastes into a ticket never says "yes, you can" together with an article
 * sentence that asserts the opposite (the compiler proves the page's items; this checks the words that are copied).
 */
import { describe, expect, test } from 'vitest';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { remedySummary } from '../../src/features/remedy/ticket-summary.ts';
import { plainText } from '../../src/tree/inline.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { findSymptom } from '../../src/tree/resolve.ts';
import { LANGS } from '../../src/tree/lang.ts';
import type { Lang } from '../../src/tree/lang.ts';
import type { FlowState } from '../../src/tree/state.ts';
import { claimIsUntrue } from '../../src/tree/verdict.ts';

const tree = compileOrThrow('content');
const remedies = enumerateStates(tree).filter(
  (s): s is FlowState & { kind: 'remedy' } => s.kind === 'remedy',
);
const i18n = createI18n();

function summaryOf(lang: Lang, state: FlowState & { kind: 'remedy' }): string {
  return remedySummary(tree, lang, state, 'https://example.test/', i18n.getFixedT(lang));
}

describe('ticket summaries agree with their verdicts', () => {
  test('there are remedies with a "yes" and items that say "no permission" to check', () => {
    expect(remedies.some((s) => s.verdict?.kind === 'permission' && s.verdict.answer === 'yes')).toBe(true);
    expect(tree.symptoms.some((s) => Object.values(s.claims).length > 0)).toBe(true);
  });

  for (const lang of LANGS) {
    test(`${lang}: no summary carries an item whose claim its verdict or answers make untrue`, () => {
      const bad: string[] = [];
      for (const state of remedies) {
        const symptom = findSymptom(tree, state.symptom);
        if (!symptom) continue;
        const summary = summaryOf(lang, state);
        for (const item of symptom.items) {
          const claim = symptom.claims[item.id];
          if (!claim || !claimIsUntrue(tree, claim, state.verdict, state.answers)) continue;
          if (summary.includes(plainText(item.content[lang])))
            bad.push(`${state.symptom} ${JSON.stringify(state.answers)}: ${item.id}`);
        }
      }
      expect(bad).toEqual([]);
    });

    test(`${lang}: no summary says "yes, you can" and "you don't have permission" together`, () => {
      const t = i18n.getFixedT(lang);
      const lacks = lang === 'en' ? "You don't have permission" : 'Du har ikke tillatelse';
      const both = remedies.filter((state) => {
        const summary = summaryOf(lang, state);
        return summary.includes(t('verdict.yes')) && summary.includes(lacks);
      });
      expect(both.map((s) => `${s.symptom} ${JSON.stringify(s.answers)}`)).toEqual([]);
    });
  }
});
