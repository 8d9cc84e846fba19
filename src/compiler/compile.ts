import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGS } from '../tree/types.ts';
import type { Lang, Tree } from '../tree/types.ts';
import { buildTree } from './build-tree.ts';
import { ContentError, Diagnostics } from './diagnostics.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Article } from './markdown.ts';
import { readArticle } from './markdown.ts';
import { loadChecks } from './checks.ts';
import { checkWrongToday, loadCorrections } from './corrections.ts';
import { loadRules } from './rules.ts';
import { checkOrigins, readAdded, withAdded } from './added.ts';
import { checkCodeAnswers, checkCodesSegment, loadCodes } from './codes.ts';
import { checkCoverage, loadCoverage } from './coverage.ts';
import type { Coverage } from './coverage.ts';
import { loadSynonyms } from './search-index.ts';
import type { SynonymGroups } from '../tree/search.ts';
import { loadLicences, loadRoles } from './tables.ts';

/** The content files a compile reads, relative to the content folder. */
export const RULES_FILE = 'wizard.yaml';
export const ROLES_FILE = 'roles.yaml';
export const LICENCES_FILE = 'licences.yaml';
export const CORRECTIONS_FILE = 'corrections.yaml';
export const CHECKS_FILE = 'checks.yaml';
export const CODES_FILE = 'codes.yaml';
export const SEARCH_FILE = 'search.yaml';
export const COVERAGE_FILE = 'coverage.yaml';

/** The result of compiling content: the tree when there were no problems, and every problem found. */
export interface CompileResult {
  tree: Tree | undefined;
  diagnostics: Diagnostic[];
  /** The files read, so a dev server can watch them. */
  files: string[];
  /** The search's synonym groups (content/search.yaml; none when the file is absent). */
  synonyms: SynonymGroups;
  /** The coverage list of Microsoft's pages (content/coverage.yaml; undefined when the file is absent). */
  coverage: Coverage | undefined;
}

/** Reads a file, reporting a missing one as a diagnostic rather than throwing. */
function readText(file: string, shown: string, d: Diagnostics): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    d.add({ file: shown, line: 1, column: 1 }, 'cannot read this file: does it exist?');
    return undefined;
  }
}

/**
 * Compiles a content folder (`wizard.yaml` and `<lang>/<article>.md` per language) into the tree. File names in
 * diagnostics are relative to `cwd`, so a terminal or editor can open them.
 */
export function compileContent(contentDir: string, cwd = process.cwd()): CompileResult {
  const d = new Diagnostics();
  const shown = (file: string) => path.relative(cwd, file) || file;
  const rulesFile = path.join(contentDir, RULES_FILE);
  const files = [rulesFile];
  const rulesSource = readText(rulesFile, shown(rulesFile), d);
  const loaded = loadRules(rulesSource ?? '', shown(rulesFile), d);
  const rolesFile = path.join(contentDir, ROLES_FILE);
  const licencesFile = path.join(contentDir, LICENCES_FILE);
  files.push(rolesFile, licencesFile);
  const roles = loadRoles(readText(rolesFile, shown(rolesFile), d) ?? '', shown(rolesFile), d);
  const licences = loadLicences(readText(licencesFile, shown(licencesFile), d) ?? '', shown(licencesFile), d);
  const searchFile = path.join(contentDir, SEARCH_FILE);
  const synonyms = existsSync(searchFile)
    ? (files.push(searchFile), loadSynonyms(readFileSync(searchFile, 'utf8'), shown(searchFile), d))
    : [];
  // The coverage list is optional; once it exists, every case must point to a page of the app.
  const coverageFile = path.join(contentDir, COVERAGE_FILE);
  const coverage = existsSync(coverageFile)
    ? (files.push(coverageFile), loadCoverage(readFileSync(coverageFile, 'utf8'), shown(coverageFile), d))
    : undefined;
  if (!loaded.article)
    return { tree: undefined, diagnostics: d.list, files, synonyms, coverage: coverage?.value };
  const articles = {} as Record<Lang, Article>;
  for (const lang of LANGS) {
    const file = path.join(contentDir, lang, `${loaded.article}.md`);
    files.push(file);
    const source = readText(file, shown(file), d);
    articles[lang] = readArticle(source ?? '', shown(file), d);
  }
  // Corrections are optional: a content folder without the file records none.
  const correctionsFile = path.join(contentDir, CORRECTIONS_FILE);
  const { corrections, wrongToday } = existsSync(correctionsFile)
    ? loadCorrections(readFileSync(correctionsFile, 'utf8'), shown(correctionsFile), articles.nb, d)
    : { corrections: [], wrongToday: [] };
  if (existsSync(correctionsFile)) files.push(correctionsFile);
  // Checks are optional as well; once the file exists, every question needs its check.
  const checksFile = path.join(contentDir, CHECKS_FILE);
  const questionIds = loaded.rules?.questions.map((q) => q.id);
  const checks = existsSync(checksFile)
    ? (files.push(checksFile),
      loadChecks(readFileSync(checksFile, 'utf8'), shown(checksFile), questionIds, d))
    : undefined;
  // Symptoms the 2021 article lacks (added/<lang>/<id>.md) join the article's sections; codes.yaml is optional.
  const added = readAdded(contentDir, shown, d);
  files.push(...added.files);
  if (loaded.rules) {
    checkOrigins(loaded.rules.symptoms, added, loaded, d);
    checkCodesSegment(loaded.rules, loaded, d);
  }
  const codesFile = path.join(contentDir, CODES_FILE);
  const codes = existsSync(codesFile)
    ? (files.push(codesFile), loadCodes(readFileSync(codesFile, 'utf8'), shown(codesFile), loaded.rules, d))
    : undefined;
  const extras = { checks, corrections, codes: codes?.codes ?? [] };
  const tree = buildTree(withAdded(articles, added), loaded, { roles, licences }, extras, d);
  // These read the whole tree, so they wait until every part of it is sound.
  const sound = d.ok ? tree : undefined;
  if (sound && codes) checkCodeAnswers(sound, codes.codes, codes.loaded, d);
  if (sound) checkWrongToday(sound, wrongToday, d);
  if (sound && coverage) checkCoverage(sound, coverage, d);
  return { tree: d.ok ? tree : undefined, diagnostics: d.list, files, synonyms, coverage: coverage?.value };
}

/** Compiles content and returns the tree, or throws a ContentError listing every problem. */
export function compileOrThrow(contentDir: string, cwd?: string): Tree {
  const result = compileContent(contentDir, cwd);
  if (!result.tree) throw new ContentError(result.diagnostics);
  return result.tree;
}
