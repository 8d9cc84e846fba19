// @vitest-environment node
/**
 * A new symptom needs content alone: a bold heading and a paragraph in both editions of the article, a block in
 * the rules and its id in a group of the start page. A copy of the real content with a ninth symptom appended compiles, its flow is enumerated within the
 * quality bars, its pages are among those prerendered, it is listed on the start page, and its missing examples
 * are a warning, not a problem.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { pagePaths } from '../../scripts/prerender.ts';
import { textFingerprint } from '../../src/compiler/anchors.ts';
import { compileContent } from '../../src/compiler/compile.ts';
import { formatDiagnostic } from '../../src/compiler/diagnostics.ts';
import { loadExamples } from '../../src/compiler/examples.ts';
import { buildSearchIndex } from '../../src/compiler/search-index.ts';
import { createSearchEngine } from '../../src/features/start/search-engine.ts';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { symptomPath } from '../../src/tree/paths.ts';
import { LANGS } from '../../src/tree/lang.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'added-symptom-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync('content', dir, { recursive: true });
const { article, questions } = parse(readFileSync(path.join(dir, 'wizard.yaml'), 'utf8')) as {
  article: string;
  questions: { id: string; options: { id: string; unsure?: boolean }[] }[];
};
// The new symptom asks the first question of the rules, whatever it is today, and one item depends on its answer.
const question = questions[0]!;
const someOption = question.options.find((o) => !o.unsure)!.id;

const HEADINGS = { nb: 'Et symptom lagt til av en forfatter', en: 'A symptom an author added' };
appendFileSync(
  path.join(dir, 'nb', `${article}.md`),
  `\n**${HEADINGS.nb}**\n\nFørste avsnitt.\n\n- Et punkt som bare gjelder noen.\n`,
);
appendFileSync(
  path.join(dir, 'en', `${article}.md`),
  `\n**${HEADINGS.en}**\n\nFirst paragraph.\n\n- A point that applies to some only.\n`,
);
appendFileSync(
  path.join(dir, 'wizard.yaml'),
  `
  - id: added-symptom
    heading: { nb: ${HEADINGS.nb}, en: ${HEADINGS.en} }
    summary: { nb: Noe nytt., en: Something new. }
    items:
      - added-first-paragraph: ${textFingerprint('Første avsnitt.', 'First paragraph.')}
      - added-some-only: ${textFingerprint('Et punkt som bare gjelder noen.', 'A point that applies to some only.')}
    ask: [${question.id}]
    rules:
      - item: added-first-paragraph
      - item: added-some-only
        when: { ${question.id}: [${someOption}] }
`,
);

// The start page lists it in the last group, whatever that is today.
const groupsFile = path.join(dir, 'groups.yaml');
const groups = parse(readFileSync(groupsFile, 'utf8')) as { groups: { symptoms: string[] }[] };
groups.groups.at(-1)!.symptoms.push('added-symptom');
writeFileSync(groupsFile, stringify(groups));

const result = compileContent(dir, dir);
const tree = result.tree!;

test('the content with a ninth symptom compiles without a problem', () => {
  expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(tree.symptoms.map((s) => s.id)).toContain('added-symptom');
});

test('its flow is enumerated: a question, then a remedy for every option, within the quality bars', () => {
  const own = enumerateStates(tree).filter((s) => s.symptom === 'added-symptom');
  expect(own.filter((s) => s.kind === 'question')).toHaveLength(1);
  expect(own.filter((s) => s.kind === 'remedy').map((s) => s.answers.map((a) => a.option))).toEqual(
    question.options.map((o) => [o.id]),
  );
});

test('its pages are among those prerendered, in both languages', () => {
  const paths = pagePaths(tree);
  for (const lang of LANGS) {
    expect(paths).toContain(symptomPath(lang, 'added-symptom'));
    expect(paths).toContain(`${symptomPath(lang, 'added-symptom')}${question.id}/${someOption}/`);
  }
});

test('the start page search finds it first by its heading in either language', () => {
  const engine = createSearchEngine(buildSearchIndex(tree, result.synonyms));
  for (const lang of LANGS) expect(engine.search(HEADINGS[lang])[0]?.ref).toBe('added-symptom');
});

test('it has no examples yet: a warning, and no problem', () => {
  const examples = loadExamples(dir, tree, dir);
  expect(examples.diagnostics).toEqual([]);
  expect(examples.warnings.map((w) => w.message)).toContain(
    'symptom "added-symptom" has no examples: add examples/added-symptom.yaml (see docs/authoring.md)',
  );
});
