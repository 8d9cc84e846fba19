import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGS } from '../tree/lang.ts';
import type { Lang } from '../tree/lang.ts';
import type { SymptomOrigin } from '../tree/compiled.ts';
import { Diagnostics } from './diagnostics.ts';
import { linkProblem } from './links.ts';
import type { Article, ArticleSection } from './markdown.ts';
import { readArticle } from './markdown.ts';
import { NO_PAGE_DATES, undatedProblem } from './sources.ts';
import type { PageDates } from './sources.ts';
import type { LoadedRules, RulesSymptom } from './rules.ts';

/** The folder of the symptoms the 2021 article lacks: `added/<lang>/<symptom id>.md`, one section each. */
const ADDED_DIR = 'added';

/** The sections of the added symptoms, per language and symptom id, and the files read. */
export interface AddedSections {
  sections: Record<Lang, Map<string, ArticleSection>>;
  files: string[];
}

/**
 * Reads `added/<lang>/<id>.md`: each file holds one symptom the 2021 article lacks, written like an article section
 * (a **bold** heading, then its paragraphs and lists). A content folder without the folder adds none.
 */
export function readAdded(
  contentDir: string,
  shown: (file: string) => string,
  d: Diagnostics,
): AddedSections {
  const sections = Object.fromEntries(LANGS.map((lang) => [lang, new Map()])) as AddedSections['sections'];
  const files: string[] = [];
  for (const lang of LANGS) {
    const dir = path.join(contentDir, ADDED_DIR, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort()) {
      const file = path.join(dir, name);
      files.push(file);
      const local = new Diagnostics();
      const article = readArticle(readFileSync(file, 'utf8'), shown(file), local);
      // An added file is one section, not an article: it has no "# " title of its own.
      for (const problem of local.list)
        if (!problem.message.includes('no "# " title')) d.add(problem, problem.message);
      if (article.sections.length !== 1) {
        d.add(
          { file: shown(file), line: 1, column: 1 },
          `an added symptom's file holds exactly one **bold** heading and its text; this one has ${article.sections.length}`,
        );
      }
      const section = article.sections[0];
      if (section) sections[lang].set(name.slice(0, -'.md'.length), section);
    }
  }
  return { sections, files };
}

/** The articles with the added sections after their own, so headings, items and parity are checked alike. */
export function withAdded(articles: Record<Lang, Article>, added: AddedSections): Record<Lang, Article> {
  return Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      { ...articles[lang], sections: [...articles[lang].sections, ...added.sections[lang].values()] },
    ]),
  ) as Record<Lang, Article>;
}

/**
 * Checks that the added symptoms and their files agree: a symptom with `origin` has a file in every language whose
 * heading is its own, a file belongs to a symptom with `origin`, and the source is on the allow-list.
 */
export function checkOrigins(
  symptoms: readonly RulesSymptom[],
  added: AddedSections,
  loaded: LoadedRules,
  d: Diagnostics,
  dates: PageDates = NO_PAGE_DATES,
): void {
  symptoms.forEach((s, i) => {
    for (const lang of LANGS) {
      const section = added.sections[lang].get(s.id);
      if (s.origin && !section) {
        d.add(
          loaded.placeOf(['symptoms', i, 'origin']),
          `symptom "${s.id}" is added from current documentation but ${ADDED_DIR}/${lang}/${s.id}.md is missing; write its text there`,
        );
      } else if (!s.origin && section) {
        d.add(
          section.place,
          `this file adds symptom "${s.id}", whose rules say it comes from the 2021 article; give it "origin" (added, source, source-date, checked) in the rules`,
        );
      } else if (section && section.heading !== s.heading[lang]) {
        d.add(
          section.place,
          `the heading "${section.heading}" is not symptom "${s.id}"'s heading.${lang} ("${s.heading[lang]}"); make them the same`,
        );
      }
    }
    const problem = s.origin ? linkProblem(s.origin.source) : undefined;
    if (problem) d.add(loaded.placeOf(['symptoms', i, 'origin', 'source']), problem);
    if (s.origin && s.origin['source-date'] === undefined && dates.of(s.origin.source) === undefined)
      d.add(loaded.placeOf(['symptoms', i, 'origin', 'source']), undatedProblem(s.origin.source));
  });
  for (const lang of LANGS) {
    for (const [id, section] of added.sections[lang]) {
      if (!symptoms.some((s) => s.id === id))
        d.add(
          section.place,
          `no symptom in the rules has the id "${id}" (the file's name); add one with "origin", or rename the file`,
        );
    }
  }
}

/** The tree's record of an added symptom's source. */
export function originOf(origin: NonNullable<RulesSymptom['origin']>, dates: PageDates): SymptomOrigin {
  const sourceDate = origin['source-date'] ?? dates.of(origin.source) ?? '';
  return { source: origin.source, sourceDate, checked: origin.checked };
}
