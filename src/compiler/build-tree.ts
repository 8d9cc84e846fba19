import { LANGS } from '../tree/types.ts';
import type { AskStep, Lang, LicenceTable, Question, RoleTable, Symptom, Tree } from '../tree/types.ts';
import { originOf } from './added.ts';
import { assembleTree } from './assemble.ts';
import type { TreeExtras } from './assemble.ts';
import { buildClaims, checkClaims } from './claims.ts';
import type { Diagnostics } from './diagnostics.ts';
import { checkFlow, checkVerdict } from './flow-checks.ts';
import { buildQuestions, checkCondition, checkRuleIds, checkUniqueAcross } from './ids.ts';
import type { Article } from './markdown.ts';
import { buildNotes } from './notes.ts';
import type { LoadedRules, LoadedYaml, RulesSymptom } from './rules.ts';
import { checkSections, matchSections, sectionItems } from './sections.ts';
import { NO_PAGE_DATES } from './sources.ts';
import type { PageDates } from './sources.ts';
import type { MatchedSections } from './sections.ts';

/** The data tables the verdicts are computed from. */
export interface LoadedTables {
  roles: LoadedYaml<RoleTable>;
  licences: LoadedYaml<LicenceTable>;
}

/** Item and note ids seen in the symptoms so far: both must be unique across the rules. */
interface SeenIds {
  items: Set<string>;
  notes: Set<string>;
}

/**
 * One symptom of the rules joined with its sections, checking its own pieces: item count and parity of its
 * sections, unique item ids, the questions it asks and when, its verdict, rules, notes and claims.
 */
function buildSymptom(
  rs: RulesSymptom,
  si: number,
  sections: MatchedSections,
  nbFile: string,
  questions: readonly Question[],
  tables: { roles: RoleTable; licences: LicenceTable },
  seen: SeenIds,
  loaded: LoadedRules,
  d: Diagnostics,
  pages: PageDates,
): Symptom {
  const at = (...path: (string | number)[]) => loaded.placeOf(['symptoms', si, ...path]);
  checkSections(rs, si, sections, nbFile, loaded, d);
  checkUniqueAcross(rs.items, seen.items, 'item', (i) => at('items', i), d);

  const ask: AskStep[] = rs.ask.map((step) => (typeof step === 'string' ? { question: step } : step));
  ask.forEach((step, i) => {
    const earlier = ask.slice(0, i).map((s) => s.question);
    if (!questions.some((q) => q.id === step.question)) {
      d.add(at('ask', i), `unknown question "${step.question}": define it under questions`);
    }
    if (earlier.includes(step.question)) d.add(at('ask', i), `question "${step.question}" is asked twice`);
    checkCondition(step.when, earlier, questions, ['symptoms', si, 'ask', i, 'when'], loaded, d);
  });
  const asked = ask.map((s) => s.question);
  if (rs.verdict) checkVerdict(rs.verdict, asked, questions, tables, ['symptoms', si, 'verdict'], loaded, d);
  rs.rules.forEach((rule, i) => {
    if (!rs.items.includes(rule.item)) {
      d.add(
        at('rules', i, 'item'),
        `unknown item "${rule.item}" in symptom "${rs.id}"; its items are: ${rs.items.join(', ')}`,
      );
    }
    checkCondition(rule.when, asked, questions, ['symptoms', si, 'rules', i, 'when'], loaded, d);
  });
  const notes = buildNotes(rs, si, asked, questions, seen.notes, loaded, d, pages);
  const claims = buildClaims(rs, si, asked, questions, notes, loaded, d);
  return {
    id: rs.id,
    heading: rs.heading,
    summary: rs.summary,
    keywords: rs.keywords,
    items: sectionItems(rs, si, sections),
    ask,
    rules: rs.rules.map((r) => ({ item: r.item, ...(r.when ? { when: r.when } : {}) })),
    notes,
    ...(rs.verdict ? { verdict: rs.verdict } : {}),
    claims,
    ...(rs.origin ? { origin: originOf(rs.origin, pages) } : {}),
    ...(rs['catch-all'] ? { catchAll: true as const } : {}),
  };
}

/**
 * Joins the articles (one per language) and the rules into the decision tree, reporting every mismatch: headings
 * without rules and rules without headings, item counts, structural parity of the editions, unknown or duplicate ids,
 * conditions that can never hold, and flows that are too long, end in nothing, or ask a question that changes nothing.
 *
 * The flow of every symptom whose own pieces are sound is checked even when something else has a problem, so one
 * compile reports every problem. Returns the tree (the caller keeps it only when `d` stays empty), or undefined when
 * the rules or tables could not be read at all.
 */
export function buildTree(
  articles: Record<Lang, Article>,
  loaded: LoadedRules,
  tables: LoadedTables,
  extras: TreeExtras,
  d: Diagnostics,
): Tree | undefined {
  const rules = loaded.rules;
  const roles = tables.roles.value;
  const licences = tables.licences.value;
  if (!rules || !roles || !licences) return undefined;

  const faulty = checkRuleIds(rules, loaded, d);
  const faultyQuestions = new Set<string>();
  const questions = buildQuestions(rules, roles, loaded, d, faultyQuestions);
  const sections = Object.fromEntries(
    LANGS.map((lang) => [lang, matchSections(articles[lang], lang, rules.symptoms, loaded, d)]),
  ) as MatchedSections;

  const seen: SeenIds = { items: new Set(), notes: new Set() };
  const symptoms = rules.symptoms.map((rs, si) => {
    const before = d.list.length;
    const symptom = buildSymptom(
      rs,
      si,
      sections,
      articles.nb.file,
      questions,
      { roles, licences },
      seen,
      loaded,
      d,
      extras.pages ?? NO_PAGE_DATES,
    );
    const unmatched = LANGS.some((lang) => !sections[lang][si]);
    if (d.list.length > before || unmatched || symptom.ask.some((s) => faultyQuestions.has(s.question)))
      faulty.add(si);
    return symptom;
  });

  const tree = assembleTree(articles, questions, symptoms, { roles, licences }, extras);
  const sound = symptoms.flatMap((s, i) => (faulty.has(i) ? [] : [{ symptom: s, index: i }]));
  for (const { symptom, index } of sound) checkFlow(tree, symptom, index, loaded, d);
  for (const { symptom, index } of sound) checkClaims(tree, symptom, index, loaded, d);
  return tree;
}
