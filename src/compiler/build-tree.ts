import { linkTargets } from '../tree/inline.ts';
import { resolve } from '../tree/resolve.ts';
import { nextQuestion } from '../tree/walk.ts';
import {
  ACCOUNT_KINDS,
  ADMIN_LICENCE_ANSWERS,
  LANGS,
  OTHER_ROLES_ANSWERS,
  PROTECTED_KINDS,
} from '../tree/types.ts';
import type {
  Answer,
  AskStep,
  Claim,
  Condition,
  Item,
  Lang,
  LicenceTable,
  Note,
  Question,
  RoleTable,
  Symptom,
  Tree,
  VerdictRule,
} from '../tree/types.ts';
import { Diagnostics } from './diagnostics.ts';
import { checkClaims } from './claims.ts';
import { linkProblem } from './links.ts';
import type { Place } from './diagnostics.ts';
import type { Article, ArticleSection } from './markdown.ts';
import { parseMarkdown, toInline } from './markdown.ts';
import { originOf } from './added.ts';
import type { LoadedRules, LoadedYaml, RulesPath, RulesSymptom } from './rules.ts';

/** The data tables the verdicts are computed from. */
export interface LoadedTables {
  roles: LoadedYaml<RoleTable>;
  licences: LoadedYaml<LicenceTable>;
}

/** Questions the "not sure" path may ask before its remedy, and any path at the most (DESIGN.md quality bars). */
export const MAX_UNSURE_PATH = 3;
export const MAX_PATH = 5;

/** Reports ids that occur more than once in a list, at each repeat. */
function checkUnique(
  ids: readonly string[],
  what: string,
  path: RulesPath,
  loaded: LoadedRules,
  d: Diagnostics,
) {
  const seen = new Set<string>();
  ids.forEach((value, i) => {
    if (seen.has(value))
      d.add(loaded.placeOf([...path, i, 'id']), `duplicate ${what} id "${value}": ids must be unique`);
    seen.add(value);
  });
}

/** Checks a condition against the questions: known questions, known options, asked by the symptom before `before`. */
function checkCondition(
  when: Condition | undefined,
  asked: readonly string[],
  questions: readonly Question[],
  path: RulesPath,
  loaded: LoadedRules,
  d: Diagnostics,
): void {
  for (const [questionId, options] of Object.entries(when ?? {})) {
    const question = questions.find((q) => q.id === questionId);
    if (!question) {
      d.add(
        loaded.placeOf([...path, questionId]),
        `unknown question "${questionId}": define it under questions`,
      );
      continue;
    }
    if (!asked.includes(questionId)) {
      d.add(
        loaded.placeOf([...path, questionId]),
        `question "${questionId}" is not asked before this point, so this condition could never hold; ask it earlier in "ask"`,
      );
    }
    options.forEach((option, i) => {
      if (!question.options.some((o) => o.id === option)) {
        d.add(
          loaded.placeOf([...path, questionId, i]),
          `unknown option "${option}" of question "${questionId}"; its options are: ${question.options.map((o) => o.id).join(', ')}`,
        );
      }
    });
  }
}

/** Parses a note's Markdown text into inline content; its problems are reported at the note's text in the rules. */
function noteInline(markdown: string, place: Place, d: Diagnostics) {
  const local = new Diagnostics();
  const root = parseMarkdown(markdown);
  const content = root.children.flatMap((block, i) => {
    if (block.type === 'paragraph')
      return [
        ...(i > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
        ...toInline(block.children, place.file, local),
      ];
    local.add(
      place,
      `${block.type} is not supported in a note; write the note as one paragraph of text with links`,
    );
    return [];
  });
  for (const problem of local.list) d.add(place, `in this note's text: ${problem.message}`);
  return content;
}

/** Finds each symptom's section in an article by its heading text, reporting headings and symptoms left unmatched. */
function matchSections(
  article: Article,
  lang: Lang,
  symptoms: readonly RulesSymptom[],
  loaded: LoadedRules,
  d: Diagnostics,
): (ArticleSection | undefined)[] {
  const byHeading = new Map<string, ArticleSection>();
  for (const section of article.sections)
    if (!byHeading.has(section.heading)) byHeading.set(section.heading, section);
  const matched = symptoms.map((s) => byHeading.get(s.heading[lang]));
  const covered = new Set(matched);
  symptoms.forEach((s, i) => {
    if (!matched[i]) {
      d.add(
        loaded.placeOf(['symptoms', i, 'heading', lang]),
        `symptom "${s.id}": no bold heading in ${article.file} reads "${s.heading[lang]}"; copy the heading's exact text here`,
      );
    }
  });
  for (const section of article.sections) {
    if (!covered.has(section)) {
      d.add(
        section.place,
        `the heading "${section.heading}" is covered by no symptom in the rules; add a symptom whose heading.${lang} is this text`,
      );
    }
  }
  return matched;
}

/** Checks that the English section has the Norwegian's structure: items, kinds, nesting and link targets. */
function checkParity(nb: ArticleSection, other: ArticleSection, lang: Lang, d: Diagnostics): void {
  if (nb.items.length !== other.items.length) {
    d.add(
      other.place,
      `the ${lang} section "${other.heading}" has ${other.items.length} items but the Norwegian has ${nb.items.length}; the editions must have the same structure`,
    );
    return;
  }
  nb.items.forEach((a, i) => {
    const b = other.items[i] as (typeof other.items)[number];
    const linksA = linkTargets(a.content);
    const linksB = linkTargets(b.content);
    if (a.kind !== b.kind || a.depth !== b.depth) {
      d.add(
        b.place,
        `item ${i + 1} is a ${b.kind} at depth ${b.depth}; the Norwegian has a ${a.kind} at depth ${a.depth}`,
      );
    } else if (linksA.join(' ') !== linksB.join(' ')) {
      d.add(
        b.place,
        `item ${i + 1} links to [${linksB.join(', ')}]; the Norwegian links to [${linksA.join(', ')}]: use the same link targets`,
      );
    }
  });
}

/** A remedy's identity for comparison: what applies and the verdict, not why. */
function remedyKey(tree: Tree, symptom: Symptom, answers: Answer[]): string {
  const state = resolve(tree, symptom.id, answers);
  if (state?.kind !== 'remedy') return '';
  const verdict = state.verdict
    ? JSON.stringify({ ...state.verdict, actor: undefined, target: undefined })
    : '';
  return [...state.applies.map((a) => a.item), '|', ...state.notes.map((n) => n.note), verdict].join(' ');
}

/** Checks a verdict rule: its questions are asked by the symptom, and their options are ids the tables know. */
function checkVerdict(
  rule: VerdictRule,
  asked: readonly string[],
  questions: readonly Question[],
  tables: { roles: RoleTable; licences: LicenceTable },
  path: RulesPath,
  loaded: LoadedRules,
  d: Diagnostics,
): void {
  const roleIds = tables.roles.roles.map((r) => r.id);
  const accounts = ACCOUNT_KINDS.filter(
    (kind) =>
      !(PROTECTED_KINDS as readonly string[]).includes(kind) || Object.hasOwn(tables.roles.protected, kind),
  );
  const vocabularies: [field: string, question: string, known: readonly string[], table: string][] =
    rule.kind === 'licence'
      ? [['licence', rule.licence, tables.licences.licences.map((l) => l.id), 'licences.yaml']]
      : rule.kind === 'configure'
        ? [
            ['actor', rule.actor, roleIds, 'roles.yaml'],
            [
              'licence',
              rule.licence,
              ADMIN_LICENCE_ANSWERS,
              `the answers (${ADMIN_LICENCE_ANSWERS.join(', ')})`,
            ],
          ]
        : [
            ['actor', rule.actor, roleIds, 'roles.yaml'],
            [
              'account',
              rule.account,
              accounts,
              `the account kinds roles.yaml can decide (${accounts.join(', ')}; a protected kind needs its entry under "protected")`,
            ],
            ...(rule.others === undefined
              ? []
              : [
                  [
                    'others',
                    rule.others,
                    OTHER_ROLES_ANSWERS,
                    `the answers (${OTHER_ROLES_ANSWERS.join(', ')})`,
                  ] as [string, string, readonly string[], string],
                ]),
          ];
  if (rule.kind === 'configure' && !tables.roles.configure) {
    d.add(
      loaded.placeOf([...path, 'kind']),
      'a "configure" verdict needs the roles that can configure password reset: add "configure" to roles.yaml',
    );
  }
  const checked = new Set<string>();
  for (const [field, questionId, known, table] of vocabularies) {
    const question = questions.find((q) => q.id === questionId);
    if (checked.has(questionId)) {
      d.add(loaded.placeOf([...path, field]), `"${questionId}" already answers another part of this verdict`);
      continue;
    }
    checked.add(questionId);
    if (!question) {
      d.add(loaded.placeOf([...path, field]), `unknown question "${questionId}": define it under questions`);
      continue;
    }
    if (!asked.includes(questionId)) {
      d.add(loaded.placeOf([...path, field]), `the symptom never asks "${questionId}": add it to "ask"`);
    }
    const qi = questions.indexOf(question);
    question.options.forEach((option, oi) => {
      if (!option.unsure && !known.includes(option.id)) {
        d.add(
          loaded.placeOf(['questions', qi, 'options', oi, 'id']),
          `the verdict cannot decide option "${option.id}" of "${questionId}": it is not in ${table}; add it there or use one of: ${known.join(', ')}`,
        );
      }
    });
  }
}

/**
 * Checks the flow over every path, visiting each node once: bounded length, a remedy with something in it, and no
 * question whose every answer leads to the same remedies.
 */
function checkFlow(tree: Tree, symptom: Symptom, index: number, loaded: LoadedRules, d: Diagnostics): void {
  const place = loaded.placeOf(['symptoms', index, 'ask']);
  const unsure = (a: Answer) =>
    tree.questions.find((q) => q.id === a.question)?.options.find((o) => o.id === a.option)?.unsure === true;
  const shown = (answers: readonly Answer[]) =>
    answers.map((a) => `${a.question}=${a.option}`).join(', ') || 'no answers';
  let tooLong = false;
  /** The remedy keys reachable from these answers, sorted and unique. */
  const visit = (answers: Answer[]): string[] => {
    const questionId = nextQuestion(symptom, answers);
    if (questionId === undefined) {
      if (answers.length > MAX_PATH && !tooLong) {
        d.add(
          place,
          `symptom "${symptom.id}": the path ${shown(answers)} asks more than ${MAX_PATH} questions`,
        );
        tooLong = true;
      }
      if (answers.length > MAX_UNSURE_PATH && answers.every(unsure)) {
        d.add(
          place,
          `symptom "${symptom.id}": the "not sure" path asks more than ${MAX_UNSURE_PATH} questions`,
        );
      }
      const key = remedyKey(tree, symptom, answers).trim();
      if (key === '|') {
        d.add(
          loaded.placeOf(['symptoms', index, 'rules']),
          `symptom "${symptom.id}": the answers ${shown(answers)} end in a remedy where no item or note applies; add a rule or a note for them`,
        );
      }
      return [key];
    }
    if (answers.length > MAX_PATH) {
      if (!tooLong)
        d.add(
          place,
          `symptom "${symptom.id}": the path ${shown(answers)} asks more than ${MAX_PATH} questions`,
        );
      tooLong = true;
      return [];
    }
    const options = tree.questions.find((q) => q.id === questionId)?.options ?? [];
    const outcomes = options.map((o) => visit([...answers, { question: questionId, option: o.id }]));
    if (outcomes.length > 1 && new Set(outcomes.map((keys) => keys.join('\n'))).size === 1) {
      const at = symptom.ask.findIndex((s) => s.question === questionId);
      d.add(
        loaded.placeOf(['symptoms', index, 'ask', at]),
        `symptom "${symptom.id}": every answer to "${questionId}"${answers.length ? ` after ${shown(answers)}` : ''} leads to the same remedy, so it should not be asked; give it a rule or a "when"`,
      );
    }
    return [...new Set(outcomes.flat())].sort();
  };
  visit([]);
}

/**
 * Joins the articles (one per language) and the rules into the decision tree, reporting every mismatch: headings
 * without rules and rules without headings, item counts, structural parity of the editions, unknown or duplicate ids,
 * conditions that can never hold, and flows that are too long, end in nothing, or ask a question that changes nothing.
 */
export function buildTree(
  articles: Record<Lang, Article>,
  loaded: LoadedRules,
  tables: LoadedTables,
  d: Diagnostics,
): Tree | undefined {
  const rules = loaded.rules;
  const roles = tables.roles.value;
  const licences = tables.licences.value;
  if (!rules || !roles || !licences) return undefined;
  const nb = articles.nb;

  checkUnique(
    rules.questions.map((q) => q.id),
    'question',
    ['questions'],
    loaded,
    d,
  );
  checkUnique(
    rules.symptoms.map((s) => s.id),
    'symptom',
    ['symptoms'],
    loaded,
    d,
  );
  rules.symptoms.forEach((s, i) => {
    if (s.id === 'about')
      d.add(loaded.placeOf(['symptoms', i, 'id']), '"about" is reserved for the about page');
  });
  const questions: Question[] = rules.questions.map((q, qi) => {
    checkUnique(
      q.options.map((o) => o.id),
      'option',
      ['questions', qi, 'options'],
      loaded,
      d,
    );
    const unsure = q.options.filter((o) => o.unsure);
    if (unsure.length !== 1 || !q.options.at(-1)?.unsure) {
      d.add(
        loaded.placeOf(['questions', qi, 'options']),
        `question "${q.id}" must end with exactly one "not sure" option (unsure: true)`,
      );
    }
    return {
      id: q.id,
      label: q.label,
      ...(q.hint ? { hint: q.hint } : {}),
      ...(q['lists-resettable-by'] ? { listsResettableBy: q['lists-resettable-by'] } : {}),
      remember: q.remember,
      options: q.options.map((o) => ({ id: o.id, label: o.label, ...(o.unsure ? { unsure: true } : {}) })),
    };
  });

  rules.questions.forEach((q, qi) => {
    const actor = q['lists-resettable-by'];
    if (actor === undefined) return;
    const question = rules.questions.find((other) => other.id === actor);
    const unknown = question?.options.filter((o) => !o.unsure && !roles.roles.some((r) => r.id === o.id));
    if (!question || actor === q.id)
      d.add(
        loaded.placeOf(['questions', qi, 'lists-resettable-by']),
        `unknown question "${actor}": name the question that asks your role`,
      );
    else if (unknown && unknown.length > 0)
      d.add(
        loaded.placeOf(['questions', qi, 'lists-resettable-by']),
        `"${actor}" has options that are not roles in roles.yaml (${unknown.map((o) => o.id).join(', ')}), so the roles they can reset cannot be listed`,
      );
  });

  const sections = Object.fromEntries(
    LANGS.map((lang) => [lang, matchSections(articles[lang], lang, rules.symptoms, loaded, d)]),
  ) as Record<Lang, (ArticleSection | undefined)[]>;

  const allItemIds = new Set<string>();
  const allNoteIds = new Set<string>();
  const symptoms: Symptom[] = [];
  rules.symptoms.forEach((rs, si) => {
    const nbSection = sections.nb[si];
    const at = (...path: RulesPath) => loaded.placeOf(['symptoms', si, ...path]);
    if (nbSection && nbSection.items.length !== rs.items.length) {
      d.add(
        at('items'),
        `symptom "${rs.id}" names ${rs.items.length} items but its section in ${nb.file} has ${nbSection.items.length}; list one id per paragraph or list item, in order`,
      );
    }
    for (const lang of LANGS) {
      const other = sections[lang][si];
      if (lang !== 'nb' && nbSection && other) checkParity(nbSection, other, lang, d);
    }
    rs.items.forEach((itemId, i) => {
      if (allItemIds.has(itemId))
        d.add(at('items', i), `duplicate item id "${itemId}": item ids must be unique`);
      allItemIds.add(itemId);
    });

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
    if (rs.verdict)
      checkVerdict(rs.verdict, asked, questions, { roles, licences }, ['symptoms', si, 'verdict'], loaded, d);
    rs.rules.forEach((rule, i) => {
      if (!rs.items.includes(rule.item)) {
        d.add(
          at('rules', i, 'item'),
          `unknown item "${rule.item}" in symptom "${rs.id}"; its items are: ${rs.items.join(', ')}`,
        );
      }
      checkCondition(rule.when, asked, questions, ['symptoms', si, 'rules', i, 'when'], loaded, d);
    });
    const notes: Note[] = rs.notes.map((note, i) => {
      if (!rs.items.includes(note.item)) {
        d.add(
          at('notes', i, 'item'),
          `unknown item "${note.item}" in symptom "${rs.id}"; its items are: ${rs.items.join(', ')}`,
        );
      }
      checkCondition(note.when, asked, questions, ['symptoms', si, 'notes', i, 'when'], loaded, d);
      if (note.corrects && note.when) {
        d.add(
          at('notes', i, 'when'),
          `note "${note.id}" corrects its item, so it is shown wherever the item is: remove "when" (or "corrects")`,
        );
      }
      const textAt = (lang: Lang) => at('notes', i, 'text', lang);
      const sourceProblem = linkProblem(note.source);
      if (sourceProblem) d.add(at('notes', i, 'source'), sourceProblem);
      const otherProblem = note['other-source'] === undefined ? undefined : linkProblem(note['other-source']);
      if (otherProblem) d.add(at('notes', i, 'other-source'), otherProblem);
      return {
        id: note.id,
        item: note.item,
        checked: note.checked,
        source: note.source,
        ...(note['source-date'] ? { sourceDate: note['source-date'] } : {}),
        ...(note['other-source'] ? { otherSource: note['other-source'] } : {}),
        ...(note.corrects ? { corrects: true } : {}),
        ...(note.when ? { when: note.when } : {}),
        text: {
          nb: noteInline(note.text.nb, textAt('nb'), d),
          en: noteInline(note.text.en, textAt('en'), d),
        },
      };
    });
    rs.notes.forEach((note, i) => {
      if (allNoteIds.has(note.id))
        d.add(at('notes', i, 'id'), `duplicate note id "${note.id}": note ids must be unique`);
      allNoteIds.add(note.id);
    });

    const claims: Record<string, Claim> = {};
    rs.claims.forEach((c, i) => {
      const claim: Claim = 'says' in c ? { says: c.says } : { untrueWhen: c['untrue-when'] };
      if ('untrue-when' in c)
        checkCondition(
          c['untrue-when'],
          asked,
          questions,
          ['symptoms', si, 'claims', i, 'untrue-when'],
          loaded,
          d,
        );
      if ('item' in c) {
        if (!rs.items.includes(c.item))
          d.add(
            at('claims', i, 'item'),
            `unknown item "${c.item}" in symptom "${rs.id}"; its items are: ${rs.items.join(', ')}`,
          );
        else if (Object.hasOwn(claims, c.item))
          d.add(at('claims', i, 'item'), `item "${c.item}" has two claims: merge them`);
        else claims[c.item] = claim;
        return;
      }
      const note = notes.find((n) => n.id === c.note);
      if (!note)
        d.add(
          at('claims', i, 'note'),
          `unknown note "${c.note}" in symptom "${rs.id}"; its notes are: ${notes.map((n) => n.id).join(', ') || 'none'}`,
        );
      else if (note.claim) d.add(at('claims', i, 'note'), `note "${c.note}" has two claims: merge them`);
      else note.claim = claim;
    });

    const items: Item[] = (nbSection?.items ?? []).slice(0, rs.items.length).map((nbItem, i) => ({
      id: rs.items[i] as string,
      kind: nbItem.kind,
      depth: nbItem.depth,
      ...(nbItem.parent === undefined ? {} : { parent: rs.items[nbItem.parent] as string }),
      content: Object.fromEntries(
        LANGS.map((lang) => [lang, sections[lang][si]?.items[i]?.content ?? nbItem.content]),
      ) as Item['content'],
    }));
    symptoms.push({
      id: rs.id,
      heading: rs.heading,
      summary: rs.summary,
      keywords: rs.keywords,
      items,
      ask,
      rules: rs.rules.map((r) => ({ item: r.item, ...(r.when ? { when: r.when } : {}) })),
      notes,
      ...(rs.verdict ? { verdict: rs.verdict } : {}),
      claims,
      ...(rs.origin ? { origin: originOf(rs.origin) } : {}),
    });
  });
  if (!d.ok) return undefined;

  const tree: Tree = {
    version: 1,
    title: { nb: articles.nb.title, en: articles.en.title },
    intro: { nb: articles.nb.intro, en: articles.en.intro },
    questions,
    symptoms,
    roles,
    licences,
    corrections: [],
    codes: [],
    codeIds: [],
  };
  symptoms.forEach((s, i) => checkFlow(tree, s, i, loaded, d));
  symptoms.forEach((s, i) => checkClaims(tree, s, i, loaded, d));
  return d.ok ? tree : undefined;
}
