import { LANGS } from '../tree/lang.ts';
import type { Lang } from '../tree/lang.ts';
import type { AskStep, Symptom, Tree } from '../tree/compiled.ts';
import type { LicenceTable, RoleTable } from '../tree/tables.ts';
import { originOf } from './added.ts';
import { assembleTree } from './assemble.ts';
import type { TreeExtras } from './assemble.ts';
import { buildClaims, checkClaims } from './claims.ts';
import type { Diagnostics } from './diagnostics.ts';
import { checkFlow, checkVerdict } from './flow-checks.ts';
import { checkCondition, checkRuleIds, checkUniqueAcross } from './ids.ts';
import { buildQuestions } from './questions.ts';
import { checkItemOf } from './rules-context.ts';
import type { SymptomContext } from './rules-context.ts';
import type { Article } from './markdown.ts';
import { buildNotes } from './notes.ts';
import type { LoadedRules } from './rules.ts';
import type { LoadedYaml, YamlPath } from './yaml-file.ts';
import { checkSections, matchSections, sectionItems } from './sections.ts';
import { NO_PAGE_DATES } from './sources.ts';
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

/** What building one symptom needs besides its own context: the matched sections and the ids seen so far. */
interface SymptomInput {
  sections: MatchedSections;
  nbFile: string;
  seen: SeenIds;
}

/**
 * One symptom of the rules joined with its sections, checking its own pieces: item count and parity of its
 * sections, unique item ids, the questions it asks and when, its verdict, rules, notes and claims.
 */
function buildSymptom(
  base: Omit<SymptomContext, 'asked'>,
  { sections, nbFile, seen }: SymptomInput,
): Symptom {
  const { rs, si, questions, loaded, d } = base;
  const at = (...path: YamlPath) => loaded.placeOf(['symptoms', si, ...path]);
  const itemIds = checkSections(rs, si, sections, { loaded, nbFile, d });
  checkUniqueAcross(
    rs.items.map((entry) => entry.id),
    seen.items,
    'item',
    (i) => at('items', i),
    d,
  );

  const ask: AskStep[] = rs.ask.map((step) => (typeof step === 'string' ? { question: step } : step));
  ask.forEach((step, i) => {
    const earlier = ask.slice(0, i).map((s) => s.question);
    if (!questions.some((q) => q.id === step.question)) {
      d.add(at('ask', i), `unknown question "${step.question}": define it under questions`);
    }
    if (earlier.includes(step.question)) d.add(at('ask', i), `question "${step.question}" is asked twice`);
    checkCondition(step.when, earlier, ['symptoms', si, 'ask', i, 'when'], base);
  });
  const ctx: SymptomContext = { ...base, asked: ask.map((s) => s.question) };
  if (rs.verdict) checkVerdict(rs.verdict, ctx);
  rs.rules.forEach((rule, i) => {
    checkItemOf(ctx, rule.item, 'rules', i, 'item');
    checkCondition(rule.when, ctx.asked, ['symptoms', si, 'rules', i, 'when'], ctx);
  });
  const notes = buildNotes(ctx, seen.notes);
  const claims = buildClaims(ctx, notes);
  return {
    id: rs.id,
    heading: rs.heading,
    summary: rs.summary,
    keywords: rs.keywords,
    items: sectionItems(itemIds, si, sections),
    ask,
    rules: rs.rules.map((r) => ({ item: r.item, ...(r.when ? { when: r.when } : {}) })),
    notes,
    ...(rs.verdict ? { verdict: rs.verdict } : {}),
    claims,
    ...(rs.origin ? { origin: originOf(rs.origin, base.pages) } : {}),
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
    const pages = extras.pages ?? NO_PAGE_DATES;
    const context = { rs, si, questions, tables: { roles, licences }, pages, loaded, d };
    const symptom = buildSymptom(context, { sections, nbFile: articles.nb.file, seen });
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
