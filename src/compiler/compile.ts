import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGS } from '../tree/lang.ts';
import type { Lang } from '../tree/lang.ts';
import type { Tree } from '../tree/compiled.ts';
import { buildTree } from './build-tree.ts';
import { ContentError, Diagnostics } from './diagnostics.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Article } from './markdown.ts';
import { readArticle } from './markdown.ts';
import { loadChecks } from './checks.ts';
import { checkWrongToday, loadCorrections } from './corrections.ts';
import { loadRules } from './rules.ts';
import { checkContentTerms, loadTerms } from './terms.ts';
import { checkOrigins, readAdded, withAdded } from './added.ts';
import { checkCodeAnswers, loadCodes } from './codes.ts';
import { loadGroups } from './groups.ts';
import { checkQueryPages, readQueries } from './queries.ts';
import type { SearchQuery } from './queries.ts';
import { checkCoverage, loadCoverage } from './coverage.ts';
import type { Coverage } from './coverage.ts';
import { loadSynonyms } from './search-index.ts';
import type { SynonymGroups } from '../tree/search.ts';
import { loadLicences, loadRoles } from './tables.ts';
import { checkOneDatePerPage, loadSources, NO_PAGE_DATES } from './sources.ts';

/** The content files a compile reads, relative to the content folder. */
export const RULES_FILE = 'wizard.yaml';
const ROLES_FILE = 'roles.yaml';
const LICENCES_FILE = 'licences.yaml';
const CORRECTIONS_FILE = 'corrections.yaml';
const CHECKS_FILE = 'checks.yaml';
const TERMS_FILE = 'terms.yaml';
const CODES_FILE = 'codes.yaml';
const SEARCH_FILE = 'search.yaml';
const SOURCES_FILE = 'sources.yaml';
export const GROUPS_FILE = 'groups.yaml';
const COVERAGE_FILE = 'coverage.yaml';

/** The result of compiling content: the tree when there were no problems, and every problem found. */
export interface CompileResult {
  tree: Tree | undefined;
  diagnostics: Diagnostic[];
  /** The files read, so a dev server can watch them. */
  files: string[];
  /** The search's synonym groups (content/search.yaml; none when the file is absent). */
  synonyms: SynonymGroups;
  /** The search's query set (content/queries/*.yaml; none when the folder is absent). */
  queries: SearchQuery[];
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
export function compileContent(
  contentDir: string,
  cwd = process.cwd(),
  // A tenant-check build (docs/decisions/0018) keeps each check's Graph reading in the tree; others leave it out.
  tenant = Boolean(process.env.TENANT_CHECK_CLIENT_ID),
): CompileResult {
  const d = new Diagnostics();
  const shown = (file: string) => path.relative(cwd, file) || file;
  const rulesFile = path.join(contentDir, RULES_FILE);
  const files = [rulesFile];
  // Every YAML file read, for the one-date-per-page check; the sources list first, so its dates are the reference.
  const dated: { source: string; file: string }[] = [];
  const read = (file: string) => {
    const source = readText(file, shown(file), d);
    if (source !== undefined) dated.push({ source, file: shown(file) });
    return source ?? '';
  };
  // The sources list is optional: without it, every entry gives its page's date beside its source.
  const sourcesFile = path.join(contentDir, SOURCES_FILE);
  const pages = existsSync(sourcesFile)
    ? (files.push(sourcesFile), loadSources(read(sourcesFile), shown(sourcesFile), d))
    : NO_PAGE_DATES;
  const rulesSource = read(rulesFile);
  const loaded = loadRules(rulesSource, shown(rulesFile), d);
  const rolesFile = path.join(contentDir, ROLES_FILE);
  const licencesFile = path.join(contentDir, LICENCES_FILE);
  files.push(rolesFile, licencesFile);
  const roles = loadRoles(read(rolesFile), shown(rolesFile), d, pages);
  const licences = loadLicences(read(licencesFile), shown(licencesFile), d, pages);
  const searchFile = path.join(contentDir, SEARCH_FILE);
  const synonyms = existsSync(searchFile)
    ? (files.push(searchFile), loadSynonyms(readFileSync(searchFile, 'utf8'), shown(searchFile), d))
    : [];
  // The coverage list is optional; once it exists, every case must point to a page of the app.
  const coverageFile = path.join(contentDir, COVERAGE_FILE);
  const coverage = existsSync(coverageFile)
    ? (files.push(coverageFile), loadCoverage(readFileSync(coverageFile, 'utf8'), shown(coverageFile), d))
    : undefined;
  const queries = readQueries(contentDir, shown, d);
  files.push(...queries.files);
  const result = { files, synonyms, queries: queries.queries, coverage: coverage?.value };
  if (!loaded.article) return { tree: undefined, diagnostics: d.list, ...result };
  const articles = {} as Record<Lang, Article>;
  for (const lang of LANGS) {
    const file = path.join(contentDir, lang, `${loaded.article}.md`);
    files.push(file);
    const source = readText(file, shown(file), d);
    articles[lang] = readArticle(source ?? '', shown(file), d);
  }
  // Corrections are optional: a content folder without the file records none.
  const correctionsFile = path.join(contentDir, CORRECTIONS_FILE);
  const { corrections, wrongToday, revisions } = existsSync(correctionsFile)
    ? loadCorrections(readFileSync(correctionsFile, 'utf8'), shown(correctionsFile), articles.nb, d)
    : { corrections: [], wrongToday: [], revisions: [] };
  if (existsSync(correctionsFile)) files.push(correctionsFile);
  // Checks are optional as well; once the file exists, every question needs its check.
  const checksFile = path.join(contentDir, CHECKS_FILE);
  const checks = existsSync(checksFile)
    ? (files.push(checksFile),
      loadChecks(read(checksFile), shown(checksFile), loaded.rules?.questions, d, pages, tenant))
    : undefined;
  // Symptoms the 2021 article lacks (added/<lang>/<id>.md) join the article's sections; codes.yaml is optional.
  const added = readAdded(contentDir, shown, d);
  files.push(...added.files);
  if (loaded.rules) {
    checkOrigins(loaded.rules.symptoms, added, loaded, d, pages);
  }
  const codesFile = path.join(contentDir, CODES_FILE);
  const codes = existsSync(codesFile)
    ? (files.push(codesFile), loadCodes(read(codesFile), shown(codesFile), loaded.rules, d, pages))
    : undefined;
  checkOneDatePerPage(dated, d);
  // Groups are optional too: without the file the start page lists every symptom in the rules' order.
  const groupsFile = path.join(contentDir, GROUPS_FILE);
  const groups = existsSync(groupsFile)
    ? (files.push(groupsFile), loadGroups(readFileSync(groupsFile, 'utf8'), shown(groupsFile), loaded, d))
    : [];
  const extras = { checks, corrections, revisions, codes: codes?.codes ?? [], pages, groups };
  const tree = buildTree(withAdded(articles, added), loaded, { roles, licences }, extras, d);
  // These read the whole tree, so they wait until every part of it is sound.
  const sound = d.ok ? tree : undefined;
  if (sound && codes) checkCodeAnswers(sound, codes.codes, codes.loaded, d);
  if (sound) checkWrongToday(sound, wrongToday, d);
  // One term per concept: the Norwegian text of every file read uses none of the words terms.yaml avoids.
  const termsFile = path.join(contentDir, TERMS_FILE);
  if (existsSync(termsFile)) {
    const terms = loadTerms(readFileSync(termsFile, 'utf8'), shown(termsFile), d);
    const read = files
      .filter((file) => existsSync(file))
      .map((file) => ({ file, source: readFileSync(file, 'utf8') }));
    checkContentTerms(contentDir, read, shown, terms, d);
    files.push(termsFile);
  }
  if (sound) checkQueryPages(sound, queries, d);
  if (sound && coverage) checkCoverage(sound, coverage, d);
  return { tree: d.ok ? tree : undefined, diagnostics: d.list, ...result };
}

/** Compiles content and returns the tree, or throws a ContentError listing every problem. */
export function compileOrThrow(contentDir: string, cwd?: string): Tree {
  const result = compileContent(contentDir, cwd);
  if (!result.tree) throw new ContentError(result.diagnostics);
  return result.tree;
}
