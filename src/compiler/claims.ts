import { matchCondition } from '../tree/condition.ts';
import { resolve } from '../tree/resolve.ts';
import type { Claim, Note, Symptom, Tree } from '../tree/compiled.ts';
import type { Verdict } from '../tree/state.ts';
import { claimIsUntrue } from '../tree/verdict.ts';
import { flowPaths } from '../tree/walk.ts';
import type { Diagnostics } from './diagnostics.ts';
import { shown } from './flow-checks.ts';
import { checkCondition } from './ids.ts';
import type { LoadedRules } from './rules.ts';
import { checkItemOf, symptomPlace } from './rules-context.ts';
import type { SymptomContext } from './rules-context.ts';
import type { YamlPath } from './yaml-file.ts';

/**
 * A symptom's claims by item, each checked: a known item or note, at most one claim each, and a condition that can
 * hold. A note's claim is set on the note itself.
 */
export function buildClaims(ctx: SymptomContext, notes: Note[]): Record<string, Claim> {
  const { rs, si, d } = ctx;
  const at = (...path: YamlPath) => symptomPlace(ctx, 'claims', ...path);
  const claims: Record<string, Claim> = {};
  rs.claims.forEach((c, i) => {
    const claim: Claim = 'says' in c ? { says: c.says } : { untrueWhen: c['untrue-when'] };
    if ('untrue-when' in c)
      checkCondition(c['untrue-when'], ctx.asked, ['symptoms', si, 'claims', i, 'untrue-when'], ctx);
    if ('item' in c) {
      if (!checkItemOf(ctx, c.item, 'claims', i, 'item')) return;
      if (Object.hasOwn(claims, c.item)) d.add(at(i, 'item'), `item "${c.item}" has two claims: merge them`);
      else claims[c.item] = claim;
      return;
    }
    const note = notes.find((n) => n.id === c.note);
    if (!note)
      d.add(
        at(i, 'note'),
        `unknown note "${c.note}" in symptom "${rs.id}"; its notes are: ${notes.map((n) => n.id).join(', ') || 'none'}`,
      );
    else if (note.claim) d.add(at(i, 'note'), `note "${c.note}" has two claims: merge them`);
    else note.claim = claim;
  });
  return claims;
}

/** A claim in words, for a problem report. */
function claimText(claim: Claim): string {
  return 'says' in claim ? `says "${claim.says}"` : `is untrue when ${JSON.stringify(claim.untrueWhen)}`;
}

/** What contradicts a claim, in a few words with its verb, for a problem report. */
function verdictText(verdict: Verdict | undefined): string {
  if (!verdict) return 'the answers say otherwise';
  if (verdict.kind === 'permission')
    return `the verdict "${verdict.answer}" (${verdict.reason}) says otherwise`;
  if (verdict.kind === 'configure')
    return `the verdict "${verdict.answer}" (your role can configure it) says otherwise`;
  return `the licence table's row for ${verdict.licences.join(', ')} says otherwise`;
}

/**
 * Proves, over every complete path of a symptom, that no item or note shown on the remedy asserts what the state's
 * verdict or answers show to be untrue ("you don't have permission" beside "yes, you can"). Each offending rule or
 * note is reported once, at its place in the rules, with the first path that shows the contradiction.
 */
export function checkClaims(
  tree: Tree,
  symptom: Symptom,
  index: number,
  loaded: LoadedRules,
  d: Diagnostics,
): void {
  const reported = new Set<string>();
  const report = (key: string, path: (string | number)[], message: string) => {
    if (reported.has(key)) return;
    reported.add(key);
    d.add(loaded.placeOf(['symptoms', index, ...path]), message);
  };
  for (const answers of flowPaths(tree, symptom)) {
    const state = resolve(tree, symptom.id, answers);
    if (state?.kind !== 'remedy') continue;
    for (const applied of state.applies) {
      const claim = Object.hasOwn(symptom.claims, applied.item) ? symptom.claims[applied.item] : undefined;
      if (!claim || !claimIsUntrue(tree, claim, state.verdict, answers)) continue;
      const ruleIndex = symptom.rules.findIndex(
        (r) => r.item === applied.item && matchCondition(r.when, answers) !== undefined,
      );
      report(
        `rule ${ruleIndex}`,
        ['rules', ruleIndex],
        `symptom "${symptom.id}": item "${applied.item}" ${claimText(claim)}, but this rule makes it apply with ${shown(answers)}, where ${verdictText(state.verdict)}; narrow the rule's "when" so the item applies only where it is true`,
      );
    }
    for (const applied of state.notes) {
      const noteIndex = symptom.notes.findIndex((n) => n.id === applied.note);
      const claim = symptom.notes[noteIndex]?.claim;
      if (!claim || !claimIsUntrue(tree, claim, state.verdict, answers)) continue;
      report(
        `note ${noteIndex}`,
        ['notes', noteIndex],
        `symptom "${symptom.id}": note "${applied.note}" ${claimText(claim)}, but it is shown with ${shown(answers)}, where ${verdictText(state.verdict)}; give the note a "when" that excludes these answers`,
      );
    }
  }
}
